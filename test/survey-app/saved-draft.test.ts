import { expect, test } from 'vitest';
import { parseSaved, savedKeyOf } from '../../survey-app/src/saved-draft';
import { newDraft } from '../../survey-app/src/survey-state';

const draft = {
  ...newDraft(),
  id: '0b7e4a52-8a6f-4d3b-9a53-4f0a3c1f2e11',
  version: 1,
  respondentType: 'citizen' as const,
  answers: { TC1: 4 as const },
};

test('a saved, started draft is read back with its step', () => {
  expect(parseSaved(JSON.stringify({ draft, step: 2 }))).toEqual({ draft, step: 2 });
});

test('nothing, broken JSON or a draft never started count as no saved draft', () => {
  expect([null, '', '{', JSON.stringify({ draft: newDraft(), step: 1 }), JSON.stringify({ draft })].map(parseSaved)).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
});

test('a phone keeps one draft per counter, a kiosk one', () => {
  expect([savedKeyOf({ kind: 'qr', code: 'DEMO-01' }), savedKeyOf({ kind: 'kiosk', key: 'secret' })]).toEqual([
    'sipas-draft:DEMO-01',
    'sipas-draft:kiosk',
  ]);
});
