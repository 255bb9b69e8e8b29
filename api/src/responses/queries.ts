import { type Kysely, sql } from 'kysely';
import type { Database, NewResponse } from '@sipas/db';

export interface StoredResponse {
  id: string;
  digest: string;
  period: string;
  receivedAt: Date;
}

/**
 * Inserts the rows whose ids are new; the database, not a prior check, decides who was first.
 * The same statement queues them for the summaries (api/src/stats/summaries.ts). Returns the
 * rows actually inserted, with their receipt time.
 */
export async function insertResponses(db: Kysely<Database>, rows: NewResponse[]): Promise<{ id: string; receivedAt: Date }[]> {
  return db
    .with('inserted', (db) =>
      db.insertInto('responses').values(rows).onConflict((oc) => oc.column('id').doNothing()).returning(['id', 'received_at']),
    )
    .with('queued', (db) =>
      db.insertInto('stats_pending').columns(['response_id']).expression((eb) => eb.selectFrom('inserted').select('inserted.id')),
    )
    .selectFrom('inserted')
    .select(['id', 'received_at as receivedAt'])
    .execute();
}

/** What a submission needs to know, in one round trip: the counter, the open period, the active version. */
export async function findSubmissionContext(db: Kysely<Database>, servicePointCode: string) {
  const { rows } = await sql<{
    servicePoint: { id: number; code: string } | null;
    period: { id: number; code: string } | null;
    activeVersion: number | null;
  }>`
    select
      (select json_build_object('id', sp.id, 'code', sp.code) from service_points sp join units u on u.id = sp.unit_id
        where sp.code = ${servicePointCode.toUpperCase()} and sp.active and u.active) as "servicePoint",
      (select json_build_object('id', p.id, 'code', p.code) from survey_periods p where p.status = 'open') as period,
      (select id from questionnaire_versions where active) as "activeVersion"`.execute(db);
  return rows[0]!;
}

export async function findResponse(db: Kysely<Database>, id: string): Promise<StoredResponse | undefined> {
  return db
    .selectFrom('responses as r')
    .innerJoin('survey_periods as p', 'p.id', 'r.period_id')
    .select(['r.id', 'r.digest', 'p.code as period', 'r.received_at as receivedAt'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}
