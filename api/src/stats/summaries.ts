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
    await addToSummaries(trx, sql`r.id = any(${rows.map((r) => r.id)}::uuid[])`);
    return rows.length;
  });
}

/** Recomputes every summary from the raw responses (those not pending). */
export async function rebuildSummaries(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await foldLock.execute(trx);
    for (const g of Object.values(grains)) {
      const t = tables(g);
      await sql`delete from ${t.items}`.execute(trx);
      await sql`delete from ${t.factors}`.execute(trx);
      await sql`delete from ${t.cells}`.execute(trx);
    }
    await sql`delete from stats_days`.execute(trx);
    await addToSummaries(trx, sql`not exists (select 1 from stats_pending p where p.response_id = r.id)`);
  });
}

/** The responses chosen by `which`, once per row they add to in grain g (as `owner`). */
function source(g: Grain, which: RawBuilder<unknown>) {
  const owner = g.owner === 'unit_id' ? sql`anc.unit_id` : sql`r.service_point_id`;
  const ancestors = g.owner === 'unit_id'
    ? sql`join service_points sp on sp.id = r.service_point_id join units u on u.id = sp.unit_id
          cross join lateral unnest(string_to_array(trim(both '/' from u.path), '/')::int[]) as anc(unit_id)`
    : sql``;
  return sql`select r.period_id, r.questionnaire_version_id, r.respondent_type, r.channel, coalesce(r.field, '') as field,
                    r.answers, r.factor_scores, r.score, ${owner} as owner
             from responses r ${ancestors} where ${which}`;
}

async function addToSummaries(trx: Kysely<Database>, which: RawBuilder<unknown>): Promise<void> {
  for (const g of Object.values(grains)) {
    const t = tables(g);
    const owner = sql.ref(g.owner);
    const field = g.field ? sql`, field` : sql``;
    const srcField = g.field ? sql`, s.field` : sql``;
    const cellMatch = sql`c.period_id = s.period_id and c.${owner} = s.owner and c.questionnaire_version_id = s.questionnaire_version_id
      and c.respondent_type = s.respondent_type and c.channel = s.channel ${g.field ? sql`and c.field = s.field` : sql``}`;
    await sql`
      with s as (${source(g, which)})
      insert into ${t.cells} as c
        (period_id, ${owner}, questionnaire_version_id, respondent_type, channel ${field}, n, score_n, score_sum, score_sumsq)
      select s.period_id, s.owner, s.questionnaire_version_id, s.respondent_type, s.channel ${srcField},
             count(*), count(s.score), coalesce(sum(s.score), 0), coalesce(sum(s.score * s.score), 0)
      from s group by s.period_id, s.owner, s.questionnaire_version_id, s.respondent_type, s.channel ${srcField}
      on conflict on constraint ${sql.id(`${g.prefix}_cells_key`)} do update set
        n = c.n + excluded.n, score_n = c.score_n + excluded.score_n,
        score_sum = c.score_sum + excluded.score_sum, score_sumsq = c.score_sumsq + excluded.score_sumsq`.execute(trx);
    await sql`
      with s as (${source(g, which)})
      insert into ${t.items} as i (cell_id, position, na, l1, l2, l3, l4, l5)
      select c.id, a.position,
             count(*) filter (where a.level = 0), count(*) filter (where a.level = 1), count(*) filter (where a.level = 2),
             count(*) filter (where a.level = 3), count(*) filter (where a.level = 4), count(*) filter (where a.level = 5)
      from s join ${t.cells} c on ${cellMatch}
      cross join lateral unnest(s.answers) with ordinality as a(level, position)
      where a.level is not null
      group by c.id, a.position
      on conflict (cell_id, position) do update set
        na = i.na + excluded.na, l1 = i.l1 + excluded.l1, l2 = i.l2 + excluded.l2,
        l3 = i.l3 + excluded.l3, l4 = i.l4 + excluded.l4, l5 = i.l5 + excluded.l5`.execute(trx);
    await sql`
      with s as (${source(g, which)})
      insert into ${t.factors} as f (cell_id, position, n, sum, sumsq)
      select c.id, fs.position, count(*), sum(fs.score), sum(fs.score * fs.score)
      from s join ${t.cells} c on ${cellMatch}
      cross join lateral unnest(s.factor_scores) with ordinality as fs(score, position)
      where fs.score is not null
      group by c.id, fs.position
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
