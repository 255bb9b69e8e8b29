// Keeps the additive summaries (db migration 2207) in step with the responses.
// Every response is in exactly one of two places: stats_pending, or the summaries. The fold (a
// background job, api/src/jobs/) moves a batch from one to the other in a single transaction, so
// a crash loses nothing and a rerun counts nothing twice; readers add the pending tail themselves.
// Moving a unit or a counter shifts its responses between the unit summaries in the same
// transaction as the move.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '@sipas/db';
import { counted } from '../quality/counted';

export const provinceTimeZone = 'Asia/Ho_Chi_Minh';

/**
 * The grains of db migration 2207: per counter; per unit counting its whole subtree (a response
 * adds to every ancestor unit); and per unit and field of procedure.
 */
export const grains = {
  point: { prefix: 'stats_point', owner: 'service_point_id', field: false },
  unit: { prefix: 'stats_unit', owner: 'unit_id', field: false },
  unitField: { prefix: 'stats_unit_field', owner: 'unit_id', field: true },
} as const;

export type Grain = (typeof grains)[keyof typeof grains];
export const tables = (g: Grain) => ({
  cells: sql.table(`${g.prefix}_cells`),
  items: sql.table(`${g.prefix}_items`),
  factors: sql.table(`${g.prefix}_factors`),
});

// Folds, rebuilds and moves take this lock, so they never interleave (also across API instances).
const foldLock = sql`select pg_advisory_xact_lock(4207301)`;

/**
 * Holds folds and rebuilds off until the transaction ends. A move takes it before it changes any
 * path: a fold under way may need the unit rows a path update locks (the foreign key of a new
 * summary row), so taking it after the update could deadlock.
 */
export async function lockSummaries(trx: Kysely<Database>): Promise<void> {
  await foldLock.execute(trx);
}

/** The units on a materialised path, the province first: "/1/3/7/" → [1, 3, 7]. */
export function unitsOnPath(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

/**
 * After counters hang under other units (a unit moved with its subtree, or one counter moved):
 * their folded responses leave the unit figures of the units on the old path that are not on the
 * new one, and join those on the new path that were not on the old one. Nothing else changes —
 * not the counters' own figures, the days, the units above both places or inside a moved subtree —
 * so the work follows the moved responses, not all of them. Pending responses need nothing: the
 * fold adds them by the paths it reads when it runs. Call it in the moving transaction, after lockSummaries
 * and the move: readers see the figures of before or of after, never a mix.
 */
export async function moveInSummaries(
  trx: Kysely<Database>,
  move: { servicePointIds: number[]; fromPath: string; toPath: string },
): Promise<void> {
  const from = unitsOnPath(move.fromPath);
  const to = unitsOnPath(move.toPath);
  const leaving = from.filter((id) => !to.includes(id));
  const joining = to.filter((id) => !from.includes(id));
  if (move.servicePointIds.length === 0 || (leaving.length === 0 && joining.length === 0)) return;
  await aggregateBatch(
    trx,
    // The period condition lets the (period_id, service_point_id) index find the counters' rows.
    sql`r.period_id = any(array(select id from survey_periods)) and r.service_point_id = any(${move.servicePointIds}::int[])
        and not exists (select 1 from stats_pending p where p.response_id = r.id) and ${counted('r.id')}`,
  );
  for (const g of [grains.unit, grains.unitField]) {
    if (leaving.length > 0) await addBatch(trx, g, { units: leaving }, -1);
    if (joining.length > 0) await addBatch(trx, g, { units: joining }, 1);
    if (leaving.length > 0) await dropEmpty(trx, g, leaving);
  }
}

/** Rows the subtraction emptied go, as if they had never been folded (a rebuild would not make them). */
async function dropEmpty(trx: Kysely<Database>, g: Grain, units: number[]): Promise<void> {
  const t = tables(g);
  const ofUnits = sql`c.id = x.cell_id and c.unit_id = any(${units}::int[])`;
  await sql`delete from ${t.items} x using ${t.cells} c where ${ofUnits} and x.na + x.l1 + x.l2 + x.l3 + x.l4 + x.l5 = 0`.execute(trx);
  await sql`delete from ${t.factors} x using ${t.cells} c where ${ofUnits} and x.n = 0`.execute(trx);
  await sql`delete from ${t.cells} c where c.unit_id = any(${units}::int[]) and c.n = 0`.execute(trx);
}

/**
 * Takes responses out of the summaries before their content changes (a paper sheet's resolution,
 * api/src/paper/resolve.ts) and queues them again, so the fold adds what they hold afterwards and
 * each still counts once. Call it in the changing transaction, before the update; responses still
 * pending need nothing and are left as they are.
 */
export async function withdrawFromSummaries(trx: Kysely<Database>, ids: string[]): Promise<void> {
  await foldLock.execute(trx);
  const which = sql`r.id = any(${ids}::uuid[]) and not exists (select 1 from stats_pending p where p.response_id = r.id)`;
  const { rows } = await sql<{ id: string }>`select r.id from responses r where ${which}`.execute(trx);
  if (rows.length === 0) return;
  const folded = rows.map((r) => r.id);
  const chosen = sql`r.id = any(${folded}::uuid[])`;
  await aggregateBatch(trx, chosen);
  for (const g of Object.values(grains)) {
    await addBatch(trx, g, g.owner === 'unit_id' ? 'path' : 'point', -1);
    await dropEmptyOfBatch(trx, g);
  }
  await sql`
    update stats_days d set n = d.n - x.n
    from (select period_id, service_point_id, respondent_type, channel, (received_at at time zone ${provinceTimeZone})::date as day, count(*) as n
          from responses r where ${chosen} group by 1, 2, 3, 4, 5) x
    where d.period_id = x.period_id and d.service_point_id = x.service_point_id and d.respondent_type = x.respondent_type
      and d.channel = x.channel and d.day = x.day`.execute(trx);
  await sql`delete from stats_days where n = 0`.execute(trx);
  await sql`insert into stats_pending (response_id) select unnest(${folded}::uuid[])`.execute(trx);
}

/** After a withdrawal: the rows it emptied go, as if they had never been folded (as dropEmpty does for a move). */
async function dropEmptyOfBatch(trx: Kysely<Database>, g: Grain): Promise<void> {
  const t = tables(g);
  const ofBatch = sql`c.id = x.cell_id and c.period_id in (select period_id from batch_cells)`;
  await sql`delete from ${t.items} x using ${t.cells} c where ${ofBatch} and x.na + x.l1 + x.l2 + x.l3 + x.l4 + x.l5 = 0`.execute(trx);
  await sql`delete from ${t.factors} x using ${t.cells} c where ${ofBatch} and x.n = 0`.execute(trx);
  await sql`delete from ${t.cells} c where c.period_id in (select period_id from batch_cells) and c.n = 0`.execute(trx);
}

/** Moves up to `limit` pending responses into the summaries; returns how many. */
export async function foldPending(db: Kysely<Database>, limit = 20_000): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await foldLock.execute(trx);
    const { rows } = await sql<{ id: string }>`
      delete from stats_pending
      where response_id in (select response_id from stats_pending limit ${limit})
      returning response_id as id`.execute(trx);
    if (rows.length === 0) return 0;
    await sql`set local work_mem = '64MB'`.execute(trx);
    // An excluded response is never pending (quality/exclusion.ts); the check keeps that true whatever the order.
    await addToSummaries(trx, sql`r.id = any(${rows.map((r) => r.id)}::uuid[]) and ${counted('r.id')}`);
    return rows.length;
  });
}

/** Recomputes every summary from the raw responses (those not pending). */
export async function rebuildSummaries(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await foldLock.execute(trx);
    await sql`set local work_mem = '256MB'`.execute(trx);
    const all = Object.values(grains).flatMap((g) => Object.values(tables(g)));
    await sql`truncate ${sql.join(all)}, stats_days`.execute(trx);
    await addToSummaries(trx, sql`not exists (select 1 from stats_pending p where p.response_id = r.id) and ${counted('r.id')}`);
  });
}

/**
 * Takes folded responses out of every summary: an exclusion decided by a province administrator
 * (api/src/quality/exclusion.ts). Call it after lockSummaries, in the deciding transaction; rows
 * it empties go, as a rebuild would not make them.
 */
export async function subtractFromSummaries(trx: Kysely<Database>, ids: string[], periodId: number): Promise<void> {
  if (ids.length === 0) return;
  const which = sql`r.id = any(${ids}::uuid[])`;
  await aggregateBatch(trx, which);
  for (const g of Object.values(grains)) await addBatch(trx, g, g.owner === 'unit_id' ? 'path' : 'point', -1);
  await sql`
    update stats_days d set n = d.n - x.n
    from (select r.period_id, r.service_point_id, r.respondent_type, r.channel, (r.received_at at time zone ${provinceTimeZone})::date as day, count(*)::int as n
          from responses r where ${which} group by 1, 2, 3, 4, 5) x
    where d.period_id = x.period_id and d.service_point_id = x.service_point_id and d.respondent_type = x.respondent_type
      and d.channel = x.channel and d.day = x.day`.execute(trx);
  await sql`delete from stats_days where period_id = ${periodId} and n = 0`.execute(trx);
  for (const g of Object.values(grains)) {
    const t = tables(g);
    const ofPeriod = sql`c.id = x.cell_id and c.period_id = ${periodId}`;
    await sql`delete from ${t.items} x using ${t.cells} c where ${ofPeriod} and x.na + x.l1 + x.l2 + x.l3 + x.l4 + x.l5 = 0`.execute(trx);
    await sql`delete from ${t.factors} x using ${t.cells} c where ${ofPeriod} and x.n = 0`.execute(trx);
    await sql`delete from ${t.cells} c where c.period_id = ${periodId} and c.n = 0`.execute(trx);
  }
}

const batchKey = sql`period_id, service_point_id, questionnaire_version_id, respondent_type, channel, field`;

/**
 * Reads the chosen responses once, into temporary tables at the finest grain (counter and
 * field); every summary grain is then a sum over those few rows.
 */
async function aggregateBatch(trx: Kysely<Database>, which: RawBuilder<unknown>): Promise<void> {
  const rows = sql`select r.period_id, r.service_point_id, r.questionnaire_version_id, r.respondent_type, r.channel,
                          coalesce(r.field, '') as field, r.answers, r.factor_scores, r.score
                   from responses r where ${which}`;
  await sql`
    create temp table batch_cells on commit drop as
    select ${batchKey}, count(*)::int as n, count(score)::int as score_n,
           coalesce(sum(score), 0)::float8 as score_sum, coalesce(sum(score * score), 0)::float8 as score_sumsq
    from (${rows}) r group by ${batchKey}`.execute(trx);
  await sql`
    create temp table batch_items on commit drop as
    select ${batchKey}, a.position::smallint as position,
           -- na and the five levels of shared/scale.ts
           count(*) filter (where a.level = 0)::int as na, count(*) filter (where a.level = 1)::int as l1,
           count(*) filter (where a.level = 2)::int as l2, count(*) filter (where a.level = 3)::int as l3,
           count(*) filter (where a.level = 4)::int as l4, count(*) filter (where a.level = 5)::int as l5
    from (${rows}) r cross join lateral unnest(r.answers) with ordinality as a(level, position)
    where a.level is not null group by ${batchKey}, a.position`.execute(trx);
  await sql`
    create temp table batch_factors on commit drop as
    select ${batchKey}, f.position::smallint as position, count(*)::int as n,
           sum(f.score)::float8 as sum, sum(f.score * f.score)::float8 as sumsq
    from (${rows}) r cross join lateral unnest(r.factor_scores) with ordinality as f(score, position)
    where f.score is not null group by ${batchKey}, f.position`.execute(trx);
}

async function addToSummaries(trx: Kysely<Database>, which: RawBuilder<unknown>): Promise<void> {
  await aggregateBatch(trx, which);
  for (const g of Object.values(grains)) await addBatch(trx, g, g.owner === 'unit_id' ? 'path' : 'point', 1);
  await sql`
    insert into stats_days as d (period_id, service_point_id, respondent_type, channel, day, n)
    select r.period_id, r.service_point_id, r.respondent_type, r.channel, (r.received_at at time zone ${provinceTimeZone})::date, count(*)
    from responses r where ${which}
    group by 1, 2, 3, 4, 5
    on conflict (period_id, service_point_id, respondent_type, channel, day) do update set n = d.n + excluded.n`.execute(trx);
}

/**
 * Adds the batch tables (times `sign`) to one grain: each row to its counter, to every unit on its
 * counter's path, or to the units named.
 */
async function addBatch(trx: Kysely<Database>, g: Grain, owners: 'point' | 'path' | { units: number[] }, sign: 1 | -1): Promise<void> {
  const t = tables(g);
  const owner = sql.ref(g.owner);
  const from = (batch: string) =>
    owners === 'point'
      ? sql`${sql.table(batch)} b`
      : owners === 'path'
        ? sql`${sql.table(batch)} b join service_points sp on sp.id = b.service_point_id join units u on u.id = sp.unit_id
              cross join lateral unnest(string_to_array(trim(both '/' from u.path), '/')::int[]) as anc(unit_id)`
        : sql`${sql.table(batch)} b cross join unnest(${owners.units}::int[]) as anc(unit_id)`;
  const ownerOf = owners === 'point' ? sql`b.service_point_id` : sql`anc.unit_id`;
  const total = (column: string) => sql`${sql.lit(sign)} * sum(${sql.ref(`b.${column}`)})`;
  const key = sql`b.period_id, ${ownerOf}, b.questionnaire_version_id, b.respondent_type, b.channel ${g.field ? sql`, b.field` : sql``}`;
  const cellMatch = sql`c.period_id = s.period_id and c.${owner} = s.owner and c.questionnaire_version_id = s.questionnaire_version_id
    and c.respondent_type = s.respondent_type and c.channel = s.channel ${g.field ? sql`and c.field = s.field` : sql``}`;
  const aggregated = (batch: string, sums: RawBuilder<unknown>, byPosition = false) => sql`
    select b.period_id, ${ownerOf} as owner, b.questionnaire_version_id, b.respondent_type, b.channel,
           ${g.field ? sql`b.field` : sql`''`} as field, ${sums}
    from ${from(batch)} group by ${key} ${byPosition ? sql`, b.position` : sql``}`;

  await sql`
    insert into ${t.cells} as c
      (period_id, ${owner}, questionnaire_version_id, respondent_type, channel ${g.field ? sql`, field` : sql``}, n, score_n, score_sum, score_sumsq)
    select s.period_id, s.owner, s.questionnaire_version_id, s.respondent_type, s.channel ${g.field ? sql`, s.field` : sql``},
           s.n, s.score_n, s.score_sum, s.score_sumsq
    from (${aggregated('batch_cells', sql`${total('n')} as n, ${total('score_n')} as score_n, ${total('score_sum')} as score_sum, ${total('score_sumsq')} as score_sumsq`)}) s
    on conflict on constraint ${sql.id(`${g.prefix}_cells_key`)} do update set
      n = c.n + excluded.n, score_n = c.score_n + excluded.score_n,
      score_sum = c.score_sum + excluded.score_sum, score_sumsq = c.score_sumsq + excluded.score_sumsq`.execute(trx);
  await sql`
    insert into ${t.items} as i (cell_id, position, na, l1, l2, l3, l4, l5)
    select c.id, s.position, s.na, s.l1, s.l2, s.l3, s.l4, s.l5
    from (${aggregated('batch_items', sql`b.position, ${sql.join(['na', 'l1', 'l2', 'l3', 'l4', 'l5'].map((l) => sql`${total(l)} as ${sql.id(l)}`))}`, true)}) s
    join ${t.cells} c on ${cellMatch}
    on conflict (cell_id, position) do update set
      na = i.na + excluded.na, l1 = i.l1 + excluded.l1, l2 = i.l2 + excluded.l2,
      l3 = i.l3 + excluded.l3, l4 = i.l4 + excluded.l4, l5 = i.l5 + excluded.l5`.execute(trx);
  await sql`
    insert into ${t.factors} as f (cell_id, position, n, sum, sumsq)
    select c.id, s.position, s.n, s.total, s.sumsq
    from (${aggregated('batch_factors', sql`b.position, ${total('n')} as n, ${total('sum')} as total, ${total('sumsq')} as sumsq`, true)}) s
    join ${t.cells} c on ${cellMatch}
    on conflict (cell_id, position) do update set
      n = f.n + excluded.n, sum = f.sum + excluded.sum, sumsq = f.sumsq + excluded.sumsq`.execute(trx);
}
