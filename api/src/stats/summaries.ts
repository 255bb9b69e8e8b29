// Keeps the additive summaries (db migration 2207) in step with the responses.
// Every response is in exactly one of two places: stats_pending, or the summaries. The fold
// moves a batch from one to the other in a single transaction, so a crash loses nothing and a
// rerun counts nothing twice; readers add the pending tail themselves.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '@sipas/db';

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

// Folds and rebuilds take this lock, so they never interleave (also across API instances).
const foldLock = sql`select pg_advisory_xact_lock(4207301)`;

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
    await addToSummaries(trx, sql`r.id = any(${rows.map((r) => r.id)}::uuid[])`);
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
    await addToSummaries(trx, sql`not exists (select 1 from stats_pending p where p.response_id = r.id)`);
  });
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
  for (const g of Object.values(grains)) {
    const t = tables(g);
    const owner = sql.ref(g.owner);
    // A unit grain adds each counter's rows to every unit on its path.
    const from = (batch: string) =>
      g.owner === 'unit_id'
        ? sql`${sql.table(batch)} b join service_points sp on sp.id = b.service_point_id join units u on u.id = sp.unit_id
              cross join lateral unnest(string_to_array(trim(both '/' from u.path), '/')::int[]) as anc(unit_id)`
        : sql`${sql.table(batch)} b`;
    const ownerOf = g.owner === 'unit_id' ? sql`anc.unit_id` : sql`b.service_point_id`;
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
      from (${aggregated('batch_cells', sql`sum(b.n) as n, sum(b.score_n) as score_n, sum(b.score_sum) as score_sum, sum(b.score_sumsq) as score_sumsq`)}) s
      on conflict on constraint ${sql.id(`${g.prefix}_cells_key`)} do update set
        n = c.n + excluded.n, score_n = c.score_n + excluded.score_n,
        score_sum = c.score_sum + excluded.score_sum, score_sumsq = c.score_sumsq + excluded.score_sumsq`.execute(trx);
    await sql`
      insert into ${t.items} as i (cell_id, position, na, l1, l2, l3, l4, l5)
      select c.id, s.position, s.na, s.l1, s.l2, s.l3, s.l4, s.l5
      from (${aggregated('batch_items', sql`b.position, sum(b.na) as na, sum(b.l1) as l1, sum(b.l2) as l2, sum(b.l3) as l3, sum(b.l4) as l4, sum(b.l5) as l5`, true)}) s
      join ${t.cells} c on ${cellMatch}
      on conflict (cell_id, position) do update set
        na = i.na + excluded.na, l1 = i.l1 + excluded.l1, l2 = i.l2 + excluded.l2,
        l3 = i.l3 + excluded.l3, l4 = i.l4 + excluded.l4, l5 = i.l5 + excluded.l5`.execute(trx);
    await sql`
      insert into ${t.factors} as f (cell_id, position, n, sum, sumsq)
      select c.id, s.position, s.n, s.total, s.sumsq
      from (${aggregated('batch_factors', sql`b.position, sum(b.n) as n, sum(b.sum) as total, sum(b.sumsq) as sumsq`, true)}) s
      join ${t.cells} c on ${cellMatch}
      on conflict (cell_id, position) do update set
        n = f.n + excluded.n, sum = f.sum + excluded.sum, sumsq = f.sumsq + excluded.sumsq`.execute(trx);
  }
  await sql`
    insert into stats_days as d (period_id, service_point_id, respondent_type, channel, day, n)
    select r.period_id, r.service_point_id, r.respondent_type, r.channel, (r.received_at at time zone ${provinceTimeZone})::date, count(*)
    from responses r where ${which}
    group by 1, 2, 3, 4, 5
    on conflict (period_id, service_point_id, respondent_type, channel, day) do update set n = d.n + excluded.n`.execute(trx);
}
