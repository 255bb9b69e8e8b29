import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '@sipas/db';

export const keyHash = (key: string) => createHash('sha256').update(key).digest('hex');

export interface Kiosk {
  id: number;
  name: string;
  servicePointId: number;
  servicePointCode: string;
  idleSeconds: number;
  minIntervalSeconds: number;
  revoked: boolean;
}

export async function findKioskByKey(db: Kysely<Database>, key: string): Promise<Kiosk | undefined> {
  const row = await db
    .selectFrom('kiosks as k')
    .innerJoin('service_points as sp', 'sp.id', 'k.service_point_id')
    .select([
      'k.id',
      'k.name',
      'k.service_point_id as servicePointId',
      'sp.code as servicePointCode',
      'k.idle_seconds as idleSeconds',
      'k.min_interval_seconds as minIntervalSeconds',
      'k.revoked_at as revokedAt',
    ])
    .where('k.key_hash', '=', keyHash(key))
    .executeTakeFirst();
  return row && { ...row, revoked: row.revokedAt !== null };
}

export async function insertKiosk(
  db: Kysely<Database>,
  kiosk: {
    servicePointId: number;
    name: string;
    keyHash: string;
    idleSeconds?: number | undefined;
    minIntervalSeconds?: number | undefined;
  },
) {
  return db
    .insertInto('kiosks')
    .values({
      service_point_id: kiosk.servicePointId,
      name: kiosk.name,
      key_hash: kiosk.keyHash,
      idle_seconds: kiosk.idleSeconds,
      min_interval_seconds: kiosk.minIntervalSeconds,
    })
    .returning(['id', 'created_at as createdAt'])
    .executeTakeFirstOrThrow();
}

/** A kiosk not heard from for longer than this shows as stale (it sends a heartbeat every minute). */
export const staleAfterSeconds = 3 * 60;

/** Kiosks as the admin page lists them, without their keys; `stale` is judged at `now`. */
export async function listKiosks(db: Kysely<Database>, now: Date, id?: number) {
  const rows = await db
    .selectFrom('kiosks as k')
    .innerJoin('service_points as sp', 'sp.id', 'k.service_point_id')
    .select([
      'k.id',
      'k.name',
      'sp.code as servicePoint',
      'sp.name as servicePointName',
      'k.idle_seconds as idleSeconds',
      'k.min_interval_seconds as minIntervalSeconds',
      'k.revoked_at as revokedAt',
      'k.last_seen_at as lastSeenAt',
      'k.queued_count as queued',
      'k.created_at as createdAt',
    ])
    .$if(id !== undefined, (q) => q.where('k.id', '=', id!))
    .orderBy('k.id')
    .execute();
  return rows.map((k) => ({
    ...k,
    stale: k.revokedAt === null && k.lastSeenAt !== null && now.getTime() - new Date(k.lastSeenAt).getTime() > staleAfterSeconds * 1000,
  }));
}

/** The revoked kiosk's name, or undefined when there is no such kiosk or it was already revoked. */
export async function revokeKiosk(db: Kysely<Database>, id: number, at: Date = new Date()) {
  return db
    .updateTable('kiosks')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning(['name'])
    .executeTakeFirst();
}

/** The kiosk's current name, locked until the transaction ends; undefined when there is none. */
export async function lockKioskName(db: Kysely<Database>, id: number) {
  return db.selectFrom('kiosks').select('name').where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function renameKiosk(db: Kysely<Database>, id: number, name: string): Promise<void> {
  await db.updateTable('kiosks').set({ name }).where('id', '=', id).execute();
}

export async function recordHeartbeat(db: Kysely<Database>, id: number, queued: number): Promise<void> {
  await db
    .updateTable('kiosks')
    .set({ last_seen_at: sql`now()`, queued_count: queued })
    .where('id', '=', id)
    .execute();
}

/**
 * Another response of this kiosk completed after `completedAt`, or less than `seconds` before it
 * (the same id aside). A kiosk sends its outbox oldest first, so its responses arrive in the
 * order they were completed: one completed before the latest stored is a backdated one, and a
 * burst of them cannot slip in between the stored ones.
 */
export async function hasLaterOrNearbyResponse(db: Kysely<Database>, kioskId: number, completedAt: Date, seconds: number, id: string) {
  if (seconds <= 0) return false;
  const row = await db
    .selectFrom('responses')
    .select('id')
    .where('kiosk_id', '=', kioskId)
    .where('id', '<>', id)
    .where(sql<boolean>`completed_at > ${completedAt}::timestamptz - make_interval(secs => ${seconds})`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
