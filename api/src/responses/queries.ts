import type { Kysely } from 'kysely';
import type { Database, NewResponse } from '@sipas/db';

export interface StoredResponse {
  id: string;
  digest: string;
  period: string;
  receivedAt: Date;
}

/**
 * Inserts unless the id exists; the database, not a prior check, decides who was first.
 * The same statement queues the response for the summaries (api/src/stats/summaries.ts).
 */
export async function insertResponse(db: Kysely<Database>, row: NewResponse): Promise<boolean> {
  const queued = await db
    .with('inserted', (db) =>
      db.insertInto('responses').values(row).onConflict((oc) => oc.column('id').doNothing()).returning('id'),
    )
    .insertInto('stats_pending')
    .columns(['response_id'])
    .expression((eb) => eb.selectFrom('inserted').select('inserted.id'))
    .returning('response_id')
    .executeTakeFirst();
  return queued !== undefined;
}

export async function findResponse(db: Kysely<Database>, id: string): Promise<StoredResponse | undefined> {
  return db
    .selectFrom('responses as r')
    .innerJoin('survey_periods as p', 'p.id', 'r.period_id')
    .select(['r.id', 'r.digest', 'p.code as period', 'r.received_at as receivedAt'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}
