import { type Kysely, sql } from 'kysely';
import type { Database } from '@sipas/db';

/**
 * Responses per period or per questionnaire version, read from the counter summaries plus the
 * pending tail (api/src/stats/summaries.ts): every response is in exactly one of the two, and
 * neither read scans the whole responses table.
 */
export async function responseCountsBy(
  db: Kysely<Database>,
  column: 'period_id' | 'questionnaire_version_id',
): Promise<Map<number, number>> {
  const key = sql.ref(column);
  const { rows } = await sql<{ id: number; n: number }>`
    select id, sum(n)::int as n from (
      select ${key} as id, n from stats_point_cells
      union all
      select r.${key} as id, 1 as n from stats_pending p join responses r on r.id = p.response_id
    ) counted group by id`.execute(db);
  return new Map(rows.map((r) => [r.id, r.n]));
}
