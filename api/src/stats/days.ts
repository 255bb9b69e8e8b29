// Responses per calendar day in the province's time zone (GET /api/admin/stats/days), from the
// stats_days summary plus the responses still waiting for a fold (see summaries.ts).
import { type Kysely, sql } from 'kysely';
import type { Database } from '@sipas/db';
import { rowsInScope, type StatsScope } from './queries';
import { provinceTimeZone } from './summaries';

/** stats_days has no field of procedure, so neither has a count by day. */
export type DaysScope = Omit<StatsScope, 'field' | 'by'>;

/**
 * Days with at least one response, oldest first. One statement, so it reads one snapshot: a fold
 * that moves responses from pending into stats_days meanwhile cannot count them twice or not at all.
 */
export async function countByDay(db: Kysely<Database>, scope: DaysScope): Promise<{ day: string; n: number }[]> {
  const joins = sql`join service_points sp on sp.id = x.service_point_id join units u on u.id = sp.unit_id`;
  const { rows } = await sql<{ day: string; n: number }>`
    select to_char(day, 'YYYY-MM-DD') as day, sum(n)::int as n
    from (
      select x.day, x.n from stats_days x ${joins} where ${rowsInScope('x', scope)}
      union all
      select (x.received_at at time zone ${provinceTimeZone})::date, 1
      from stats_pending p join responses x on x.id = p.response_id ${joins} where ${rowsInScope('x', scope)}
    ) d
    group by d.day order by d.day`.execute(db);
  return rows;
}
