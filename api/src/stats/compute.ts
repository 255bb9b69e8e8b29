// Builds the SIPAS figures (SIPAS.md §3) from additive inputs: answer counts per item and
// sums of respondent scores. Whatever computed those inputs, the figures come out the same.
import type { Questionnaire } from '../shared/questionnaire';
import { type Interval, meanInterval, percent, sampleSd, type ScoreSums, verdictFor, weightedMean, wilsonInterval } from './math';

/** Index 0 counts "not applicable", 1..5 the scale levels. */
export type LevelCounts = [number, number, number, number, number, number];

export interface StatsInput {
  questionnaire: Questionnaire;
  responses: number;
  itemCounts: Map<string, LevelCounts>;
  factorSums: Map<string, ScoreSums>;
  indexSums: ScoreSums;
  /** Target in percent, e.g. 90. */
  target: number;
  minN: number;
}

export interface Figure {
  value: number | null;
  ci: [number, number] | null;
  n: number;
  verdict: ReturnType<typeof verdictFor>['verdict'];
  moreNeeded: number | null;
}

const emptyCounts = (): LevelCounts => [0, 0, 0, 0, 0, 0];

export function computeStats(input: StatsInput) {
  const target = input.target / 100;
  const items = input.questionnaire.factors.flatMap((factor) =>
    factor.items.map((item) => {
      const counts = input.itemCounts.get(item.code) ?? emptyCounts();
      const n = counts[1] + counts[2] + counts[3] + counts[4] + counts[5];
      const satisfied = counts[4] + counts[5];
      const value = n > 0 ? satisfied / n : null;
      const ci = wilsonInterval(satisfied, n);
      const sd = value === null ? 0 : Math.sqrt(value * (1 - value));
      return {
        code: item.code,
        factor: factor.code,
        weight: item.weight,
        share: value,
        figure: figure(value, ci, n, sd, target, input.minN),
        distribution: { '1': counts[1], '2': counts[2], '3': counts[3], '4': counts[4], '5': counts[5], na: counts[0] },
      };
    }),
  );
  const factors = input.questionnaire.factors.map((factor) => {
    const own = items.filter((i) => i.factor === factor.code);
    const value = weightedMean(own.map((i) => ({ value: i.share, weight: i.weight })));
    const sums = input.factorSums.get(factor.code) ?? { n: 0, sum: 0, sumSq: 0 };
    return { code: factor.code, weight: factor.weight, share: value, figure: scoreFigure(value, sums, target, input.minN) };
  });
  const indexValue = weightedMean(factors.map((f) => ({ value: f.share, weight: f.weight })));
  return {
    n: input.responses,
    target: input.target,
    index: scoreFigure(indexValue, input.indexSums, target, input.minN),
    factors: factors.map((f) => ({ code: f.code, ...f.figure })),
    items: items.map((i) => ({ code: i.code, factor: i.factor, ...i.figure, distribution: i.distribution })),
  };
}

function scoreFigure(value: number | null, sums: ScoreSums, target: number, minN: number): Figure {
  const ci = value === null ? null : meanInterval(value, sums);
  return figure(value, ci, sums.n, sampleSd(sums), target, minN);
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
