// The reference for the stats tests: raw responses added up one by one in JavaScript, the way no
// production code does it (the API reads the summaries, which this checks).
import { type Aggregates, emptyAggregates, type LevelCounts } from '../../api/src/stats/compute';
import type { Questionnaire } from '../../api/src/shared/questionnaire';

export interface RawResponse {
  answers: (number | null)[];
  score: number | null;
  factor_scores: (number | null)[];
}

/** The aggregates of `rows`, answered on `q` (answers and factor scores in its order). */
export function naiveAggregates(q: Questionnaire, rows: RawResponse[]): Aggregates {
  const codes = q.factors.flatMap((f) => f.items.map((i) => i.code));
  const a = emptyAggregates();
  for (const r of rows) {
    a.responses += 1;
    if (r.score !== null) a.indexSums = { n: a.indexSums.n + 1, sum: a.indexSums.sum + r.score, sumSq: a.indexSums.sumSq + r.score ** 2 };
    r.answers.forEach((level, i) => {
      if (level === null) return;
      const c: LevelCounts = a.itemCounts.get(codes[i]!) ?? [0, 0, 0, 0, 0, 0];
      c[level] = (c[level] ?? 0) + 1;
      a.itemCounts.set(codes[i]!, c);
    });
    r.factor_scores.forEach((s, i) => {
      if (s === null) return;
      const code = q.factors[i]!.code;
      const f = a.factorSums.get(code) ?? { n: 0, sum: 0, sumSq: 0 };
      a.factorSums.set(code, { n: f.n + 1, sum: f.sum + s, sumSq: f.sumSq + s * s });
    });
  }
  return a;
}
