// The stats of a period computed the naive way, straight from the raw responses: what the
// summaries exist to avoid. Used by the benchmark as the baseline.
import { type Kysely, sql } from 'kysely';
import type { Database } from '@sipas/db';
import { computeStats, emptyAggregates, type LevelCounts } from '../../api/src/stats/compute';
import type { Questionnaire } from '../../api/src/shared/questionnaire';

export async function naiveStats(db: Kysely<Database>, q: Questionnaire, periodId: number) {
  const codes = q.factors.flatMap((f) => f.items.map((i) => i.code));
  const [items, factors, index] = await Promise.all([
    sql<{ position: number; level: number; n: number }>`
      select a.position::int as position, a.level::int as level, count(*)::int as n
      from responses r cross join lateral unnest(r.answers) with ordinality as a(level, position)
      where r.period_id = ${periodId} and a.level is not null group by 1, 2`.execute(db),
    sql<{ position: number; n: number; sum: number; sumSq: number }>`
      select f.position::int as position, count(*)::int as n, sum(f.score)::float8 as sum, sum(f.score * f.score)::float8 as "sumSq"
      from responses r cross join lateral unnest(r.factor_scores) with ordinality as f(score, position)
      where r.period_id = ${periodId} and f.score is not null group by 1`.execute(db),
    sql<{ responses: number; n: number; sum: number; sumSq: number }>`
      select count(*)::int as responses, count(score)::int as n, coalesce(sum(score), 0)::float8 as sum,
             coalesce(sum(score * score), 0)::float8 as "sumSq"
      from responses where period_id = ${periodId}`.execute(db),
  ]);
  const a = emptyAggregates();
  const total = index.rows[0]!;
  a.responses = total.responses;
  a.indexSums = { n: total.n, sum: total.sum, sumSq: total.sumSq };
  for (const row of items.rows) {
    const code = codes[row.position - 1]!;
    const c: LevelCounts = a.itemCounts.get(code) ?? [0, 0, 0, 0, 0, 0];
    c[row.level] = row.n;
    a.itemCounts.set(code, c);
  }
  for (const row of factors.rows) a.factorSums.set(q.factors[row.position - 1]!.code, { n: row.n, sum: row.sum, sumSq: row.sumSq });
  return computeStats(q, a, 90, 30);
}
