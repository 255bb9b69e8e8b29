import type { Kysely } from 'kysely';
import type { Database, NewResponse } from '@sipas/db';

export interface StoredResponse {
  id: string;
  digest: string;
  period: string;
  receivedAt: Date;
}

/** Inserts unless the id exists; the database, not a prior check, decides who was first. */
export async function insertResponse(db: Kysely<Database>, row: NewResponse): Promise<boolean> {
  const inserted = await db
    .insertInto('responses')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function findResponse(db: Kysely<Database>, id: string): Promise<StoredResponse | undefined> {
  return db
    .selectFrom('responses as r')
    .innerJoin('survey_periods as p', 'p.id', 'r.period_id')
    .select(['r.id', 'r.digest', 'p.code as period', 'r.received_at as receivedAt'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}
