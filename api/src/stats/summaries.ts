// Keeps the additive summaries (db migration 2207) in step with the responses.
// Every response is in exactly one of two places: stats_pending, or the summaries. The fold
// moves a batch from one to the other in a single transaction, so a crash loses nothing and a
// rerun counts nothing twice; readers add the pending tail themselves.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '@sipas/db';

export const provinceTimeZone = 'Asia/Ho_Chi_Minh';

/** The two grains: without the field of procedure (what most views read), and with it. */
export const grains = [
  { cells: 'stats_cells', items: 'stats_items', factors: 'stats_factors', withField: false },
  { cells: 'stats_field_cells', items: 'stats_field_items', factors: 'stats_field_factors', withField: true },
] as const;

export type Grain = (typeof grains)[number];

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
    for (const g of grains) {
      await sql`delete from ${sql.table(g.items)}`.execute(trx);
      await sql`delete from ${sql.table(g.factors)}`.execute(trx);
      await sql`delete from ${sql.table(g.cells)}`.execute(trx);
    }
    await sql`delete from stats_days`.execute(trx);
    await addToSummaries(trx, sql`not exists (select 1 from stats_pending p where p.response_id = r.id)`);
  });
}

async function addToSummaries(trx: Kysely<Database>, which: RawBuilder<unknown>): Promise<void> {
  for (const g of grains) {
    const field = g.withField ? sql`, field` : sql``;
    const rField = g.withField ? sql`, coalesce(r.field, '')` : sql``;
    const cellMatch = sql`c.period_id = r.period_id and c.service_point_id = r.service_point_id
      and c.questionnaire_version_id = r.questionnaire_version_id and c.respondent_type = r.respondent_type
      and c.channel = r.channel ${g.withField ? sql`and c.field = coalesce(r.field, '')` : sql``}`;
    await sql`
      insert into ${sql.table(g.cells)} as c
        (period_id, service_point_id, questionnaire_version_id, respondent_type, channel ${field}, n, score_n, score_sum, score_sumsq)
      select r.period_id, r.service_point_id, r.questionnaire_version_id, r.respondent_type, r.channel ${rField},
             count(*), count(r.score), coalesce(sum(r.score), 0), coalesce(sum(r.score * r.score), 0)
      from responses r where ${which}
      group by r.period_id, r.service_point_id, r.questionnaire_version_id, r.respondent_type, r.channel ${rField}
      on conflict on constraint ${sql.id(`${g.cells}_key`)} do update set
        n = c.n + excluded.n, score_n = c.score_n + excluded.score_n,
        score_sum = c.score_sum + excluded.score_sum, score_sumsq = c.score_sumsq + excluded.score_sumsq`.execute(trx);
    await sql`
      insert into ${sql.table(g.items)} as i (cell_id, position, na, l1, l2, l3, l4, l5)
      select c.id, a.position,
             count(*) filter (where a.level = 0), count(*) filter (where a.level = 1), count(*) filter (where a.level = 2),
             count(*) filter (where a.level = 3), count(*) filter (where a.level = 4), count(*) filter (where a.level = 5)
      from responses r
      join ${sql.table(g.cells)} c on ${cellMatch}
      cross join lateral unnest(r.answers) with ordinality as a(level, position)
      where ${which} and a.level is not null
      group by c.id, a.position
      on conflict (cell_id, position) do update set
        na = i.na + excluded.na, l1 = i.l1 + excluded.l1, l2 = i.l2 + excluded.l2,
        l3 = i.l3 + excluded.l3, l4 = i.l4 + excluded.l4, l5 = i.l5 + excluded.l5`.execute(trx);
    await sql`
      insert into ${sql.table(g.factors)} as f (cell_id, position, n, sum, sumsq)
      select c.id, s.position, count(*), sum(s.score), sum(s.score * s.score)
      from responses r
      join ${sql.table(g.cells)} c on ${cellMatch}
      cross join lateral unnest(r.factor_scores) with ordinality as s(score, position)
      where ${which} and s.score is not null
      group by c.id, s.position
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
