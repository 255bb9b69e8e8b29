import { describe, expect, test } from 'vitest';
import { idlePhase, secondsUntilStart } from '../../survey-app/src/kiosk/idle';

describe('idlePhase', () => {
  test('starts over at the idle time itself, after counting its last 10 s down', () => {
    expect([0, 19_999, 20_000, 20_999, 21_000, 29_999, 30_000].map((ms) => idlePhase(ms, 30))).toEqual([
      { kind: 'active' },
      { kind: 'active' },
      { kind: 'countdown', seconds: 10 },
      { kind: 'countdown', seconds: 10 },
      { kind: 'countdown', seconds: 9 },
      { kind: 'countdown', seconds: 1 },
      { kind: 'expired' },
    ]);
  });

  test('a short idle time warns for its last third', () => {
    expect([0, 5_999, 6_000, 8_999, 9_000].map((ms) => idlePhase(ms, 9))).toEqual([
      { kind: 'active' },
      { kind: 'active' },
      { kind: 'countdown', seconds: 3 },
      { kind: 'countdown', seconds: 1 },
      { kind: 'expired' },
    ]);
  });
});

describe('secondsUntilStart', () => {
  test('counts the minimum interval from the last completed response, rounding up', () => {
    const done = 1_000_000;
    expect([done, done + 100, done + 59_500, done + 60_000, done + 90_000].map((now) => secondsUntilStart(done, 60, now))).toEqual([
      60, 60, 1, 0, 0,
    ]);
  });

  test('lets the first respondent start at once', () => {
    expect(secondsUntilStart(0, 60, Date.now())).toBe(0);
  });
});
