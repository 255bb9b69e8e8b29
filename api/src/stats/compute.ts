// Builds the SIPAS figures (SIPAS.md §3) from additive inputs: answer counts per item and
// sums of respondent scores. Whatever computed those inputs, the figures come out the same.
import type { Questionnaire } from '../shared/questionnaire';
import { satisfiedLevels, scaleLevels } from '../shared/scale';
import {
  type ChangeTest,
  type Interval,
  meanDifferenceTest,
  meanInterval,
  percent,
  sampleSd,
  type ScoreSums,
  twoProportionTest,
  verdictFor,
  weightedMean,
  wilsonInterval,
} from './math';

/** Index 0 counts "not applicable", 1..5 the scale levels (shared/scale.ts). */
export type LevelCounts = [number, number, number, number, number, number];

export interface Aggregates {
  responses: number;
  itemCounts: Map<string, LevelCounts>;
  factorSums: Map<string, ScoreSums>;
  indexSums: ScoreSums;
}

export interface Figure {
  value: number | null;
  ci: [number, number] | null;
  n: number;
  verdict: ReturnType<typeof verdictFor>['verdict'];
  moreNeeded: number | null;
}

/** Fewer responses than this: a figure is "insufficient data" and a group is left unranked (SIPAS.md §3). */
export const defaultMinN = 30;

const noSums: ScoreSums = { n: 0, sum: 0, sumSq: 0 };
export const emptyAggregates = (): Aggregates => ({ responses: 0, itemCounts: new Map(), factorSums: new Map(), indexSums: { ...noSums } });

/** Shares (0..1) before rounding, the common ground of the figures and the change tests. */
function shares(q: Questionnaire, a: Aggregates) {
  const items = q.factors.flatMap((factor) =>
    factor.items.map((item) => {
      const c = a.itemCounts.get(item.code) ?? [0, 0, 0, 0, 0, 0];
      const n = scaleLevels.reduce((sum, level) => sum + c[level], 0);
      const satisfied = satisfiedLevels.reduce((sum, level) => sum + c[level], 0);
      return { code: item.code, factor: factor.code, weight: item.weight, counts: c, n, satisfied, share: n > 0 ? satisfied / n : null };
    }),
  );
  const factors = q.factors.map((factor) => ({
    code: factor.code,
    weight: factor.weight,
    share: weightedMean(items.filter((i) => i.factor === factor.code).map((i) => ({ value: i.share, weight: i.weight }))),
    sums: a.factorSums.get(factor.code) ?? noSums,
  }));
  const index = { share: weightedMean(factors.map((f) => ({ value: f.share, weight: f.weight }))), sums: a.indexSums };
  return { items, factors, index };
}

/** target in percent (e.g. 90). */
export function computeStats(q: Questionnaire, a: Aggregates, target: number, minN: number) {
  const t = target / 100;
  const s = shares(q, a);
  return {
    n: a.responses,
    index: scoreFigure(s.index.share, s.index.sums, t, minN),
    factors: s.factors.map((f) => ({ code: f.code, ...scoreFigure(f.share, f.sums, t, minN) })),
    items: s.items.map((i) => {
      const sd = i.share === null ? 0 : Math.sqrt(i.share * (1 - i.share));
      const [na, l1, l2, l3, l4, l5] = i.counts;
      return {
        code: i.code,
        factor: i.factor,
        ...figure(i.share, wilsonInterval(i.satisfied, i.n), i.n, sd, t, minN),
        distribution: { '1': l1, '2': l2, '3': l3, '4': l4, '5': l5, na },
      };
    }),
  };
}

export type Stats = ReturnType<typeof computeStats>;

/** Change from the previous period: a two-proportion test per item, a normal test of the means otherwise. */
export function compareStats(q: Questionnaire, current: Aggregates, previous: Aggregates) {
  const now = shares(q, current);
  const before = shares(q, previous);
  const means = (a: { share: number | null; sums: ScoreSums }, b: { share: number | null; sums: ScoreSums }) =>
    a.share === null || b.share === null ? null : withPrevious(b.share, meanDifferenceTest(a.share, a.sums, b.share, b.sums));
  return {
    index: means(now.index, before.index),
    factors: now.factors.map((f, i) => ({ code: f.code, change: means(f, before.factors[i]!) })),
    items: now.items.map((item, i) => {
      const b = before.items[i]!;
      return {
        code: item.code,
        change: b.share === null ? null : withPrevious(b.share, twoProportionTest(item.satisfied, item.n, b.satisfied, b.n)),
      };
    }),
  };
}

function withPrevious(previous: number, test: ChangeTest | null) {
  return test && { previous: percent(previous), ...test };
}

function scoreFigure(value: number | null, sums: ScoreSums, target: number, minN: number): Figure {
  return figure(value, value === null ? null : meanInterval(value, sums), sums.n, sampleSd(sums), target, minN);
}

function figure(value: number | null, ci: Interval | null, n: number, sd: number, target: number, minN: number): Figure {
  const { verdict, moreNeeded } = verdictFor({ value, ci, n, sd, target, minN });
  return {
    value: value === null ? null : percent(value),
    ci: ci === null ? null : [percent(ci[0]), percent(ci[1])],
    n,
    verdict,
    moreNeeded,
  };
}
