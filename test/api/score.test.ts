import { describe, expect, test } from 'vitest';
import { sipasQuestionnaire } from '@sipas/db';
import { scoreAnswers } from '../../api/src/responses/score';
import { questionnaireSchema } from '../../api/src/shared/questionnaire';
import { allAnswers } from '../helpers/app';

const sipas = questionnaireSchema.parse(sipasQuestionnaire);

describe('scoreAnswers', () => {
  test('stores answers positionally with 0 for not applicable', () => {
    const scored = scoreAnswers(sipas, { ...allAnswers(4), TT3: 'na', CC2: 2 });
    expect(scored.answers).toEqual([4, 4, 4, 4, 4, 4, 0, 4, 4, 2, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    // TT: 3 of 3 answered satisfied; CC: 4 of 5.
    expect(scored.factorScores).toEqual([1, 1, 0.8, 1, 1]);
    expect(scored.score).toBeCloseTo(4.8 / 5, 12);
  });

  test('leaves a factor answered only "not applicable" out of the respondent score', () => {
    const scored = scoreAnswers(sipas, allAnswers(3, ['PA1', 'PA2', 'PA3']));
    expect(scored.factorScores).toEqual([0, 0, 0, 0, null]);
    expect(scored.score).toBe(0);
  });

  test('applies item and factor weights from the version', () => {
    const weighted = structuredClone(sipas);
    weighted.factors[0]!.items[0]!.weight = 3; // TC1
    weighted.factors[0]!.weight = 4; // TC
    const scored = scoreAnswers(weighted, { ...allAnswers(2), TC1: 5 });
    expect(scored.factorScores[0]).toBe(0.5); // 3 / (3 + 1 + 1 + 1)
    expect(scored.score).toBe((4 * 0.5) / 8);
  });
});

describe('the seeded questionnaire', () => {
  test('has the 19 items and 5 factors of SIPAS.md with N/A on TT3 and PA1–PA3 only', () => {
    const items = sipas.factors.flatMap((f) => f.items);
    expect(items.map((i) => i.code)).toEqual([
      'TC1',
      'TC2',
      'TC3',
      'TC4',
      'TT1',
      'TT2',
      'TT3',
      'TT4',
      'CC1',
      'CC2',
      'CC3',
      'CC4',
      'CC5',
      'KQ1',
      'KQ2',
      'KQ3',
      'PA1',
      'PA2',
      'PA3',
    ]);
    expect(items.filter((i) => i.allowNa).map((i) => i.code)).toEqual(['TT3', 'PA1', 'PA2', 'PA3']);
    expect(sipas.factors.map((f) => f.code)).toEqual(['TC', 'TT', 'CC', 'KQ', 'PA']);
  });
});
