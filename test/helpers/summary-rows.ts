import { type Kysely, sql } from 'kysely';
import type { Database } from '@sipas/db';
import { grains } from '../../api/src/stats/summaries';

/** Every summary row by its key, sums rounded below float noise (ids differ after a rebuild). */
export async function summaryRows(db: Kysely<Database>): Promise<unknown[]> {
  const rows: unknown[] = [];
  for (const g of Object.values(grains)) {
    const { rows: found } = await sql`
      select ${g.prefix} as grain, c.period_id, c.${sql.ref(g.owner)} as owner, c.questionnaire_version_id, c.respondent_type, c.channel,
             ${g.field ? sql`c.field` : sql`''`} as field, c.n, c.score_n, round(c.score_sum::numeric, 9)::text as score_sum,
             round(c.score_sumsq::numeric, 9)::text as score_sumsq,
             (select json_agg(json_build_array(i.position, i.na, i.l1, i.l2, i.l3, i.l4, i.l5) order by i.position)
                from ${sql.table(`${g.prefix}_items`)} i where i.cell_id = c.id) as items,
             (select json_agg(json_build_array(f.position, f.n, round(f.sum::numeric, 9)::text, round(f.sumsq::numeric, 9)::text) order by f.position)
                from ${sql.table(`${g.prefix}_factors`)} f where f.cell_id = c.id) as factors
      from ${sql.table(`${g.prefix}_cells`)} c order by 2, 3, 4, 5, 6, 7`.execute(db);
    rows.push(...found);
  }
  return rows;
}
