import { describe, expect, test } from 'vitest';
import { meanInterval, moreResponsesNeeded, recommendedSample, verdictFor, weightedMean, wilsonInterval } from '../../api/src/stats/math';

const pct = (i: [number, number] | null) => i && i.map((x) => Math.round(x * 1000) / 10);

describe('wilsonInterval', () => {
  test('matches the reference values of SIPAS.md at p = 0.90', () => {
    expect(pct(wilsonInterval(90, 100))).toEqual([82.6, 94.5]);
    expect(pct(wilsonInterval(360, 400))).toEqual([86.7, 92.6]);
    expect(pct(wilsonInterval(900, 1000))).toEqual([88.0, 91.7]);
  });

  test('stays inside 0..1 at the extremes and is null for an empty group', () => {
    expect(pct(wilsonInterval(0, 10))).toEqual([0, 27.8]);
    expect(pct(wilsonInterval(10, 10))).toEqual([72.2, 100]);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('meanInterval', () => {
  test('is value ± 1.96·sd/√n of the respondent scores', () => {
    // scores 1, 1, 0, 1: sd 0.5, half-width 1.96 × 0.5 / 2.
    const [lo, hi] = meanInterval(0.75, { n: 4, sum: 3, sumSq: 3 })!;
    expect(lo).toBeCloseTo(0.75 - 0.48999, 5);
    expect(hi).toBe(1);
  });

  test('has no width when every respondent gave the same score', () => {
    expect(meanInterval(1, { n: 50, sum: 50, sumSq: 50 })).toEqual([1, 1]);
  });
});

describe('verdictFor', () => {
  const base = { value: 0.9, n: 400, sd: 0.3, target: 0.9, minN: 30 };
  test('is met exactly when the lower bound reaches the target', () => {
    expect(verdictFor({ ...base, ci: [0.9, 0.95] })).toEqual({ verdict: 'met', moreNeeded: null });
    expect(verdictFor({ ...base, ci: [0.8999, 0.95] }).verdict).toBe('inconclusive');
  });

  test('is not met exactly when the upper bound is below the target', () => {
    expect(verdictFor({ ...base, ci: [0.8, 0.8999] })).toEqual({ verdict: 'not_met', moreNeeded: null });
    expect(verdictFor({ ...base, ci: [0.8, 0.9] }).verdict).toBe('inconclusive');
  });

  test('is insufficient under the minimum n, whatever the interval', () => {
    expect(verdictFor({ ...base, n: 29, ci: [0.95, 0.99] })).toEqual({ verdict: 'insufficient', moreNeeded: null });
  });

  test('says how many more responses would decide an inconclusive verdict', () => {
    expect(verdictFor({ value: 0.85, n: 100, sd: 0.3, target: 0.9, minN: 30, ci: [0.79, 0.91] })).toEqual({
      verdict: 'inconclusive',
      // (1.96 × 0.3 / 0.05)² = 138.3 → 139 in all.
      moreNeeded: 39,
    });
    expect(moreResponsesNeeded(0.9, 0.3, 100, 0.9)).toBeNull();
  });
});

describe('weightedMean and recommendedSample', () => {
  test('skips missing parts and honours weights', () => {
    expect(
      weightedMean([
        { value: 1, weight: 3 },
        { value: 0, weight: 1 },
        { value: null, weight: 5 },
      ]),
    ).toBe(0.75);
    expect(weightedMean([{ value: null, weight: 1 }])).toBeNull();
  });

  test('gives the Ministry guide sample sizes', () => {
    expect(recommendedSample(1000)).toBe(286);
    expect(recommendedSample(10000)).toBe(385);
  });
});
