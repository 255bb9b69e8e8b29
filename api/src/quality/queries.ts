// What the data-quality rules read: per response, whether it straight-lines, was completed out of
// hours or belongs to a burst; per counter, those counted; and the comments, normalised in rules.ts.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '@sipas/db';
import { provinceTimeZone } from '../stats/summaries';
import { effectiveHours, intervalsOf, type WeekHours } from './hours';
import { thresholds as th } from './rules';

/** Each counter's hours set (the unit whose hours it works by, 0 for the default) and the intervals of every set. */
export async function hoursSets(db: Kysely<Database>) {
  const own = await db.selectFrom('unit_opening_hours').select(['unit_id', 'hours']).execute();
  const ownMap = new Map(own.map((h) => [h.unit_id, h.hours as WeekHours]));
  const points = await db
    .selectFrom('service_points as sp')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .select(['sp.id', 'u.path'])
    .execute();
  const setOf = points.map((p) => ({ id: p.id, set: effectiveHours(p.path, ownMap).from ?? 0 }));
  const sets = new Map<number, WeekHours>([[0, effectiveHours('/', new Map()).hours], ...ownMap]);
  const intervals = [...sets].flatMap(([set, hours]) => intervalsOf(hours).map((i) => ({ set, ...i })));
  return { points: setOf, intervals };
}

export type HoursSets = Awaited<ReturnType<typeof hoursSets>>;

/** Per response of a period: straight-lined, out of hours (kiosk only), in a burst. Columns of `responses r` plus those flags. */
export function responseFlags(periodId: number, sets: HoursSets, where: RawBuilder<unknown> = sql`true`) {
  const pointIds = sets.points.map((p) => p.id);
  const pointSets = sets.points.map((p) => p.set);
  const iv = sets.intervals;
  const local = sql`(r.completed_at at time zone ${provinceTimeZone})`;
  const minute = sql`(extract(epoch from ${local}::time) / 60)`;
  const source = sql`case when r.kiosk_id is not null then r.kiosk_id::bigint else -r.service_point_id::bigint end`;
  const at = sql`coalesce(r.completed_at, r.received_at)`;
  const window = `${th.burstWindowMinutes} minutes`;
  return sql`
    with sp_set(sp, set) as (select * from unnest(${pointIds}::int[], ${pointSets}::int[])),
    iv(set, weekday, opens, closes) as (
      select * from unnest(${iv.map((i) => i.set)}::int[], ${iv.map((i) => i.weekday)}::int[], ${iv.map((i) => i.opens)}::int[], ${iv.map((i) => i.closes)}::int[])
    ),
    base as (
      select r.id, r.service_point_id, r.channel, r.kiosk_id, r.answers, r.comment, r.completed_at, r.received_at,
             s.rated, s.rated >= ${th.straightMinAnswers} and s.lo = s.hi as straight,
             case when r.channel = 'kiosk' and r.completed_at is not null then not exists (
               select 1 from sp_set ss join iv on iv.set = ss.set
               where ss.sp = r.service_point_id and iv.weekday = extract(isodow from ${local})
                 and ${minute} >= iv.opens - ${th.offHoursGraceMinutes} and ${minute} < iv.closes + ${th.offHoursGraceMinutes}
             ) end as off_hours,
             -- Paper is typed in by staff in batches: it has no time of its own and never makes a burst.
             case when r.channel <> 'paper' then ${source} end as source, ${at} as at
      from responses r
      cross join lateral (
        select count(*) filter (where a between 1 and 5)::int as rated, min(a) filter (where a between 1 and 5) as lo,
               max(a) filter (where a between 1 and 5) as hi
        from unnest(r.answers) a
      ) s
      where r.period_id = ${periodId} and ${where}
    ),
    windows as (
      select b.*, case when b.source is null then 0 else count(*) over (partition by b.source order by b.at range between current row and ${sql.lit(window)}::interval following) end as ahead
      from base b
    )
    select w.*, coalesce(bool_or(w.source is not null and w.ahead >= case when w.kiosk_id is not null then ${th.burstKiosk}::int else ${th.burstPhone}::int end)
             over (partition by w.source order by w.at range between ${sql.lit(window)}::interval preceding and current row), false) as burst
    from windows w`;
}

export interface CounterRow {
  servicePointId: number;
  responses: number;
  rated: number;
  straight: number;
  kiosk: number;
  offHours: number;
  burst: number;
  transactions: number | null;
}

/** What the rules count, for every counter with responses in the period (the whole province: it is the baseline). */
export async function counterCounts(db: Kysely<Database>, periodId: number, sets: HoursSets): Promise<CounterRow[]> {
  const { rows } = await sql<CounterRow>`
    select f.service_point_id as "servicePointId", count(*)::int as responses,
           count(*) filter (where f.rated >= ${th.straightMinAnswers})::int as rated, count(*) filter (where f.straight)::int as straight,
           count(*) filter (where f.off_hours is not null)::int as kiosk, count(*) filter (where f.off_hours)::int as "offHours",
           count(*) filter (where f.burst)::int as burst, max(t.transactions) as transactions
    from (${responseFlags(periodId, sets)}) f
    left join service_point_transactions t on t.period_id = ${periodId} and t.service_point_id = f.service_point_id
    group by f.service_point_id order by f.service_point_id`.execute(db);
  return rows;
}

/** Every comment of the period (texts are compared in rules.ts: the database's lower() depends on its locale). */
export async function periodComments(db: Kysely<Database>, periodId: number) {
  return db
    .selectFrom('responses')
    .select(['id', 'service_point_id as servicePointId', 'comment'])
    .where('period_id', '=', periodId)
    .where('comment', 'is not', null)
    .execute() as Promise<{ id: string; servicePointId: number; comment: string }[]>;
}

export interface FlaggedResponse {
  id: string;
  channel: string;
  kiosk: number | null;
  completedAt: string | null;
  receivedAt: string;
  answers: (number | null)[];
  comment: string | null;
  excluded: boolean;
}

/** The responses of one counter behind a flag, oldest first; `ids` narrows to those (repeated comments). */
export async function flaggedResponses(
  db: Kysely<Database>,
  periodId: number,
  servicePointId: number,
  kind: string,
  sets: HoursSets,
  ids?: string[],
): Promise<FlaggedResponse[]> {
  const which: Record<string, RawBuilder<unknown>> = {
    straight_lining: sql`f.straight`,
    off_hours: sql`f.off_hours`,
    burst: sql`f.burst`,
    exceeds_transactions: sql`true`,
    repeated_comment: sql`f.id = any(${ids ?? []}::uuid[])`,
  };
  const { rows } = await sql<FlaggedResponse>`
    select f.id, f.channel, f.kiosk_id as kiosk, f.completed_at as "completedAt", f.received_at as "receivedAt", f.answers, f.comment,
           exists (select 1 from quality_excluded_responses q where q.response_id = f.id) as excluded
    from (${responseFlags(periodId, sets, sql`r.service_point_id = ${servicePointId}`)}) f
    where ${which[kind] ?? sql`false`} order by f.at, f.id`.execute(db);
  return rows.map((r) => ({
    ...r,
    completedAt: r.completedAt === null ? null : new Date(r.completedAt).toISOString(),
    receivedAt: new Date(r.receivedAt).toISOString(),
  }));
}
