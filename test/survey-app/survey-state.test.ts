import { describe, expect, test } from 'vitest';
import { sipasQuestionnaire } from '@sipas/db';
import { localize, questionnaireSchema } from '@sipas/api/shared/questionnaire';
import {
  type Draft,
  fitDraftTo,
  kioskKeyOf,
  newDraft,
  respondentTypesOf,
  startDraft,
  stepOfIssue,
  stepOfItem,
  stepsOf,
  toSubmission,
} from '../../survey-app/src/survey-state';
import { stepToFix } from '../../survey-app/src/submission-check';

const q = { ...localize(questionnaireSchema.parse(sipasQuestionnaire), 'vi'), version: 7 };
const id = '0b7e4a52-8a6f-4d3b-9a53-4f0a3c1f2e11';
const allFive = Object.fromEntries(q.factors.flatMap((f) => f.items.map((i) => [i.code, 5 as const])));

function started(overrides: Partial<Draft> = {}): Draft {
  return { ...startDraft(newDraft(), 'citizen', 7, () => id), answers: allFive, ...overrides };
}

test('respondent types come from the questionnaire, citizen first', () => {
  expect(respondentTypesOf(q)).toEqual(['citizen', 'organization']);
});

describe('stepsOf', () => {
  const shape = (steps: ReturnType<typeof stepsOf>) =>
    steps.map((s) => (s.kind === 'rating' ? `${s.asksWho ? 'who+' : ''}${s.factors.map((f) => f.code).join('+')}` : s.kind));

  test('a citizen gets who with the first factor, one page per factor but the two short last ones together, the optional questions, the review', () => {
    expect(shape(stepsOf(q, 'citizen'))).toEqual(['who+TC', 'TT', 'CC', 'KQ+PA', 'about', 'review']);
  });

  test('the optional step asks the profile questions of the chosen respondent type', () => {
    const codes = (type: 'citizen' | 'organization') =>
      stepsOf(q, type).flatMap((s) => (s.kind === 'about' ? s.questions.map((p) => p.code) : []));
    expect({ citizen: codes('citizen'), organization: codes('organization') }).toEqual({
      citizen: ['gender', 'ageBand', 'education', 'occupation'],
      organization: ['orgKind'],
    });
  });

  test('a version without expectations or profile questions has no optional step', () => {
    const bare = { ...q, expectations: undefined, profile: { citizen: [], organization: [] } };
    expect(shape(stepsOf(bare, 'citizen'))).toEqual(['who+TC', 'TT', 'CC', 'KQ+PA', 'review']);
  });

  test('each statement, and who answers, is found on its page', () => {
    const steps = stepsOf(q, 'citizen');
    expect(['respondent', 'TC1', 'TT3', 'CC5', 'KQ1', 'PA3'].map((code) => stepOfItem(steps, code))).toEqual([0, 0, 1, 2, 3, 3]);
  });
});

describe('startDraft', () => {
  test('gives the response its id and version when the respondent type is chosen, and keeps them', () => {
    const first = startDraft(newDraft(), 'citizen', 7, () => id);
    const again = startDraft(first, 'citizen', 8, () => 'another');
    expect([first, again]).toEqual([
      { ...newDraft(), id, version: 7, respondentType: 'citizen' },
      { ...newDraft(), id, version: 7, respondentType: 'citizen' },
    ]);
  });

  test('drops profile answers when the respondent type changes', () => {
    const citizen = { ...startDraft(newDraft(), 'citizen', 7, () => id), profile: { gender: 'female' } };
    expect(startDraft(citizen, 'organization', 7, () => 'x')).toEqual({ ...citizen, respondentType: 'organization', profile: {} });
  });
});

describe('toSubmission', () => {
  const origin = { servicePoint: 'DEMO-01', channel: 'qr' as const, lang: 'vi' as const };

  test('sends only what was answered, with the version the response started on', () => {
    const draft = started({ profile: { gender: 'male' }, expectations: { faster: 'much' }, field: 'dat-dai', comment: '  Tốt.  ' });
    expect(toSubmission(draft, origin)).toEqual({
      ok: true,
      body: {
        id,
        servicePoint: 'DEMO-01',
        questionnaireVersion: 7,
        respondentType: 'citizen',
        channel: 'qr',
        lang: 'vi',
        answers: allFive,
        field: 'dat-dai',
        profile: { gender: 'male' },
        expectations: { faster: 'much' },
        comment: 'Tốt.',
      },
    });
  });

  test('a kiosk adds its completion time; a filled honeypot goes along, an empty one does not', () => {
    const kiosk = { ...origin, channel: 'kiosk' as const, completedAt: '2026-08-01T10:00:00.000Z' };
    expect([toSubmission(started({ website: 'http://spam.example' }), kiosk), toSubmission(started({ website: '   ' }), origin)]).toEqual([
      {
        ok: true,
        body: {
          id,
          servicePoint: 'DEMO-01',
          questionnaireVersion: 7,
          respondentType: 'citizen',
          channel: 'kiosk',
          lang: 'vi',
          answers: allFive,
          completedAt: '2026-08-01T10:00:00.000Z',
          website: 'http://spam.example',
        },
      },
      {
        ok: true,
        body: {
          id,
          servicePoint: 'DEMO-01',
          questionnaireVersion: 7,
          respondentType: 'citizen',
          channel: 'qr',
          lang: 'vi',
          answers: allFive,
        },
      },
    ]);
  });

  test('a draft that was never started goes back to the first step', () => {
    expect(toSubmission(newDraft(), origin)).toEqual({ ok: false, step: 'respondent' });
  });
});

describe('the check before queueing', () => {
  const steps = stepsOf(q, 'citizen');
  const body = (draft: Draft) => {
    const prepared = toSubmission(draft, { servicePoint: 'DEMO-01', channel: 'qr', lang: 'vi' });
    if (!prepared.ok) throw new Error('not started');
    return prepared.body;
  };

  test('passes a complete response', () => {
    expect(stepToFix(body(started()), q, steps)).toBeUndefined();
  });

  test('names the rating page of a missing answer', () => {
    const { CC2: _, ...answers } = allFive;
    expect(stepToFix(body(started({ answers })), q, steps)).toBe(2);
  });

  test('maps issues in the profile, expectations, field and comment to their steps', () => {
    expect([['profile', 'gender'], ['expectations'], ['field'], ['comment'], ['id']].map((path) => stepOfIssue(steps, path))).toEqual([
      4, 4, 5, 5, 0,
    ]);
  });
});

describe('fitDraftTo', () => {
  test('keeps what the questionnaire still asks and drops what it does not', () => {
    const draft = started({
      answers: { TC1: 4, XX9: 5 },
      profile: { gender: 'female', orgKind: 'fdi' },
      expectations: { faster: 'much', gone: 'much' },
      field: 'nowhere',
    });
    expect(fitDraftTo(q, draft)).toEqual({
      ...draft,
      answers: { TC1: 4 },
      profile: { gender: 'female' },
      expectations: { faster: 'much' },
      field: '',
    });
  });
});

test('a kiosk address gives its key', () => {
  expect([kioskKeyOf('/k/abc123'), kioskKeyOf('/k/abc123/'), kioskKeyOf('/s/DEMO-01'), kioskKeyOf('/k/')]).toEqual([
    'abc123',
    'abc123',
    undefined,
    undefined,
  ]);
});
