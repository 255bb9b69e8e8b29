// Responses per calendar day in the province's time zone (GET /api/admin/stats/days), from the
// stats_days summary plus the responses still waiting for a fold (see summaries.ts).
import { Hono } from 'hono';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { z } from 'zod';
import type { Channel, Database, RespondentType } from '@sipas/db';
import { servicePointInScope, unitInScope } from '../auth/scope';
import type { AppEnv } from '../context';
import { ApiError } from '../errors';
import { channels, respondentTypes } from '../shared/response';
import { valid } from '../validate';
import { findOpenPeriodCode, findPeriods } from '../periods/queries';
import { provinceTimeZone } from './summaries';

const query = z.object({
  period: z.string().regex(/^[0-9]{4}(-H[12])?$/, 'a period code like 2026-H1, or a year for the full year').optional(),
  unit: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  servicePoint: z.string().min(1).max(32).optional(),
  respondentType: z.enum(respondentTypes).optional(),
  channel: z.enum(channels).optional(),
});

export interface DaysScope {
  periodIds: number[];
  unitPath: string;
  servicePointId?: number | undefined;
  respondentType?: RespondentType | undefined;
  channel?: Channel | undefined;
}

/** Conditions on a row `x` (stats_days or responses) joined to its counter `sp` and unit `u`. */
function inScope(scope: DaysScope): RawBuilder<unknown> {
  const parts = [sql`x.period_id = any(${scope.periodIds}::int[])`, sql`u.path like ${`${scope.unitPath}%`}`];
  if (scope.servicePointId !== undefined) parts.push(sql`x.service_point_id = ${scope.servicePointId}`);
  if (scope.respondentType) parts.push(sql`x.respondent_type = ${scope.respondentType}`);
  if (scope.channel) parts.push(sql`x.channel = ${scope.channel}`);
  return sql.join(parts, sql` and `);
}

/**
 * Days with at least one response, oldest first. One statement, so it reads one snapshot: a fold
 * that moves responses from pending into stats_days meanwhile cannot count them twice or not at all.
 */
export async function countByDay(db: Kysely<Database>, scope: DaysScope): Promise<{ day: string; n: number }[]> {
  const joins = sql`join service_points sp on sp.id = x.service_point_id join units u on u.id = sp.unit_id`;
  const { rows } = await sql<{ day: string; n: number }>`
    select to_char(day, 'YYYY-MM-DD') as day, sum(n)::int as n
    from (
      select x.day, x.n from stats_days x ${joins} where ${inScope(scope)}
      union all
      select (x.received_at at time zone ${provinceTimeZone})::date, 1
      from stats_pending p join responses x on x.id = p.response_id ${joins} where ${inScope(scope)}
    ) d
    group by d.day order by d.day`.execute(db);
  return rows;
}

export const days = new Hono<AppEnv>().get('/', valid('query', query), async (c) => {
  const { db } = c.var.deps;
  const params = c.req.valid('query');
  const code = params.period ?? (await findOpenPeriodCode(db));
  if (!code) throw new ApiError(404, 'not_found', 'No survey period is open; name one with ?period=.');
  const periods = await findPeriods(db, code);
  const last = periods.at(-1);
  if (!last) throw new ApiError(404, 'not_found', `No survey period ${code}.`);
  const unit = await unitInScope(db, c.var.user, params.unit);
  const servicePointId = params.servicePoint === undefined ? undefined : (await servicePointInScope(db, c.var.user, params.servicePoint)).id;
  const counts = await countByDay(db, { ...params, periodIds: periods.map((p) => p.id), unitPath: unit.path, servicePointId });
  return c.json({
    period: code,
    startsOn: periods[0]!.startsOn,
    endsOn: last.endsOn,
    scope: {
      unit: { id: unit.id, name: unit.name },
      servicePoint: params.servicePoint?.toUpperCase() ?? null,
      respondentType: params.respondentType ?? null,
      channel: params.channel ?? null,
    },
    days: counts,
  });
});
