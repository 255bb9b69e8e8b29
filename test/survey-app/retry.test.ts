import { describe, expect, test } from 'vitest';
import { backoffMs, outcomeOf, retryAfterOf } from '../../survey-app/src/outbox/retry';

const answer = (status: number, code?: string, retryAfterSeconds?: number) => ({ status, code, retryAfterSeconds });

describe('backoffMs', () => {
  test('doubles from 2 s and stops at 5 min when jitter takes nothing off', () => {
    expect([1, 2, 3, 4, 8, 9, 20].map((n) => backoffMs(n, 0))).toEqual([2_000, 4_000, 8_000, 16_000, 256_000, 300_000, 300_000]);
  });

  test('jitter takes at most half off', () => {
    expect([0, 0.5, 1].map((r) => backoffMs(3, r))).toEqual([8_000, 6_000, 4_000]);
  });
});

describe('outcomeOf', () => {
  test('201 and 200 (a replay) both mean the server has it', () => {
    expect([outcomeOf(answer(201), 1, 0), outcomeOf(answer(200), 1, 0)]).toEqual([{ kind: 'sent' }, { kind: 'sent' }]);
  });

  test('no answer at all or a 5xx is retried with backoff', () => {
    expect([outcomeOf(answer(0), 1, 0), outcomeOf(answer(503), 3, 0)]).toEqual([
      { kind: 'retry', delayMs: 2_000, rateLimited: false },
      { kind: 'retry', delayMs: 8_000, rateLimited: false },
    ]);
  });

  test('a 429 waits as long as Retry-After says, capped at 5 min', () => {
    expect([outcomeOf(answer(429, 'rate_limited', 30), 1, 0), outcomeOf(answer(429, 'rate_limited', 3600), 1, 0)]).toEqual([
      { kind: 'retry', delayMs: 30_000, rateLimited: true },
      { kind: 'retry', delayMs: 300_000, rateLimited: true },
    ]);
  });

  test('a 429 without Retry-After backs off', () => {
    expect(outcomeOf(answer(429, 'rate_limited'), 2, 0)).toEqual({ kind: 'retry', delayMs: 4_000, rateLimited: true });
  });

  test('a kiosk answering too soon is refused for good', () => {
    expect(outcomeOf(answer(429, 'kiosk_too_soon', 20), 1, 0)).toEqual({ kind: 'refused', code: 'kiosk_too_soon' });
  });

  test("400, 403, 404 and 409 are refusals that keep the server's code", () => {
    expect([
      outcomeOf(answer(400, 'invalid_input'), 1, 0),
      outcomeOf(answer(403, 'kiosk_revoked'), 1, 0),
      outcomeOf(answer(404, 'not_found'), 1, 0),
      outcomeOf(answer(409, 'id_conflict'), 1, 0),
      outcomeOf(answer(409), 1, 0),
    ]).toEqual([
      { kind: 'refused', code: 'invalid_input' },
      { kind: 'refused', code: 'kiosk_revoked' },
      { kind: 'refused', code: 'not_found' },
      { kind: 'refused', code: 'id_conflict' },
      { kind: 'refused', code: 'http_409' },
    ]);
  });
});

describe('retryAfterOf', () => {
  test('reads seconds and HTTP dates, and ignores nonsense', () => {
    const now = Date.parse('2026-08-01T10:00:00Z');
    expect([
      retryAfterOf('120', now),
      retryAfterOf('Sat, 01 Aug 2026 10:00:30 GMT', now),
      retryAfterOf('soon', now),
      retryAfterOf(null, now),
    ]).toEqual([120, 30, undefined, undefined]);
  });
});
