import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';

export interface StoredSnapshot {
  periodId: number;
  content: string;
  digest: string;
  takenAt: Date;
}

export async function findSnapshot(db: Kysely<Database>, periodId: number): Promise<StoredSnapshot | undefined> {
  return db
    .selectFrom('period_snapshots')
    .select(['period_id as periodId', 'content', 'digest', 'taken_at as takenAt'])
    .where('period_id', '=', periodId)
    .executeTakeFirst();
}

export async function insertSnapshot(db: Kysely<Database>, s: StoredSnapshot): Promise<void> {
  await db
    .insertInto('period_snapshots')
    .values({ period_id: s.periodId, content: s.content, digest: s.digest, taken_at: s.takenAt })
    .execute();
}
