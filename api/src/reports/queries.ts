import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { findQuestionnaire } from '../forms/queries';
import type { Questionnaire } from '../shared/questionnaire';

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
  await db.insertInto('period_snapshots').values({ period_id: s.periodId, content: s.content, digest: s.digest, taken_at: s.takenAt }).execute();
}

/** Every period with its snapshot's digest and time, if it has one (the reports page lists them). */
export async function listPeriods(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('survey_periods as p')
    .leftJoin('period_snapshots as s', 's.period_id', 'p.id')
    .select(['p.id', 'p.code', 'p.status', 'p.starts_on as startsOn', 'p.ends_on as endsOn', 's.digest', 's.taken_at as takenAt'])
    .orderBy('p.code', 'desc')
    .execute();
  return rows.map(({ digest, takenAt, ...p }) => ({ ...p, snapshot: digest && takenAt ? { digest, takenAt: new Date(takenAt).toISOString() } : null }));
}

/** Closed periods without a snapshot, oldest first (a snapshot compares with the period before). */
export async function listUnfrozenClosedPeriods(db: Kysely<Database>): Promise<{ id: number; code: string }[]> {
  return db
    .selectFrom('survey_periods as p')
    .select(['p.id', 'p.code'])
    .where('p.status', '=', 'closed')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('period_snapshots as s').select('s.period_id').whereRef('s.period_id', '=', 'p.id'))))
    .orderBy('p.starts_on')
    .execute();
}

export async function findPeriodById(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('survey_periods')
    .select(['id', 'code', 'status', 'target', 'starts_on as startsOn', 'ends_on as endsOn'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The questionnaire versions by id (versions never change, so any read is the read). */
export async function loadVersions(db: Kysely<Database>, ids: Iterable<number>): Promise<Map<number, { code: string; definition: Questionnaire }>> {
  const versions = new Map<number, { code: string; definition: Questionnaire }>();
  for (const id of new Set(ids)) {
    const v = await findQuestionnaire(db, id);
    if (v) versions.set(id, v);
  }
  return versions;
}
