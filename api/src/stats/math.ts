// The statistics of SIPAS.md §3: Wilson intervals for shares, normal intervals for mean
// respondent scores, and the verdict against a target. All proportions here are 0..1.

const Z95 = 1.959963984540054;

export type Interval = [number, number];
export type Verdict = 'met' | 'not_met' | 'inconclusive' | 'insufficient';

export function wilsonInterval(successes: number, n: number, z = Z95): Interval | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Additive sums of respondent scores: they add up across counters, units and days. */
export interface ScoreSums {
  n: number;
  sum: number;
  sumSq: number;
}

export function sampleSd({ n, sum, sumSq }: ScoreSums): number {
  if (n < 2) return 0;
  // Rounding can leave a tiny negative variance when every score is equal.
  return Math.sqrt(Math.max(0, (sumSq - (sum * sum) / n) / (n - 1)));
}

/** value ± 1.96·sd/√n, clamped to 0..1; sd comes from the respondent scores. */
export function meanInterval(value: number, sums: ScoreSums, z = Z95): Interval | null {
  if (sums.n <= 0) return null;
  const half = (z * sampleSd(sums)) / Math.sqrt(sums.n);
  return [Math.max(0, value - half), Math.min(1, value + half)];
}

export interface VerdictInput {
  value: number | null;
  ci: Interval | null;
  n: number;
  /** sd of one observation, used to estimate how many more responses would decide. */
  sd: number;
  target: number;
  minN: number;
}

export interface VerdictResult {
  verdict: Verdict;
  /** For an inconclusive verdict: further responses that would decide it at the observed rate. */
  moreNeeded: number | null;
}

export function verdictFor({ value, ci, n, sd, target, minN }: VerdictInput): VerdictResult {
  if (value === null || ci === null || n < minN) return { verdict: 'insufficient', moreNeeded: null };
  if (ci[0] >= target) return { verdict: 'met', moreNeeded: null };
  if (ci[1] < target) return { verdict: 'not_met', moreNeeded: null };
  return { verdict: 'inconclusive', moreNeeded: moreResponsesNeeded(value, sd, n, target) };
}

/** n at which z·sd/√n equals the distance to the target, less the responses already in. */
export function moreResponsesNeeded(value: number, sd: number, n: number, target: number, z = Z95): number | null {
  const gap = Math.abs(value - target);
  if (gap === 0 || sd === 0) return null;
  return Math.max(1, Math.ceil(((z * sd) / gap) ** 2) - n);
}

export function weightedMean(parts: { value: number | null; weight: number }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const p of parts) {
    if (p.value === null) continue;
    sum += p.value * p.weight;
    weights += p.weight;
  }
  return weights > 0 ? sum / weights : null;
}

/** The Ministry guide's sample size for a period with N transactions: N / (1 + N·e²). */
export function recommendedSample(transactions: number, margin = 0.05): number {
  return Math.ceil(transactions / (1 + transactions * margin * margin));
}

/** Percent with two decimals, the API's unit for every share. */
export function percent(p: number): number {
  return Math.round(p * 10000) / 100;
}

export interface ChangeTest {
  /** Change in percentage points, two decimals. */
  delta: number;
  /** null when both periods are without spread (everyone answered alike) yet differ. */
  z: number | null;
  /** Two-sided, at the 5% level. */
  significant: boolean;
}

/** Pooled two-proportion z-test: did the share of satisfied answers change? */
export function twoProportionTest(x1: number, n1: number, x0: number, n0: number): ChangeTest | null {
  if (n1 <= 0 || n0 <= 0) return null;
  const p1 = x1 / n1;
  const p0 = x0 / n0;
  const pooled = (x1 + x0) / (n1 + n0);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0));
  return changeTest(p1 - p0, se);
}

/** The same normal test for a factor or the index, from each period's respondent-score spread. */
export function meanDifferenceTest(v1: number, s1: ScoreSums, v0: number, s0: ScoreSums): ChangeTest | null {
  if (s1.n <= 0 || s0.n <= 0) return null;
  const se = Math.sqrt(sampleSd(s1) ** 2 / s1.n + sampleSd(s0) ** 2 / s0.n);
  return changeTest(v1 - v0, se);
}

function changeTest(diff: number, se: number): ChangeTest {
  if (se === 0) return { delta: percent(diff), z: diff === 0 ? 0 : null, significant: diff !== 0 };
  const z = diff / se;
  return { delta: percent(diff), z: Math.round(z * 100) / 100, significant: Math.abs(z) > Z95 };
}
