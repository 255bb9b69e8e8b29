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
      'k.id', 'k.name', 'k.service_point_id as servicePointId', 'sp.code as servicePointCode',
      'k.idle_seconds as idleSeconds', 'k.min_interval_seconds as minIntervalSeconds', 'k.revoked_at as revokedAt',
    ])
    .where('k.key_hash', '=', keyHash(key))
    .executeTakeFirst();
  return row && { ...row, revoked: row.revokedAt !== null };
}

export async function insertKiosk(
  db: Kysely<Database>,
  kiosk: { servicePointId: number; name: string; keyHash: string; idleSeconds?: number | undefined; minIntervalSeconds?: number | undefined },
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

export async function listKiosks(db: Kysely<Database>) {
  return db
    .selectFrom('kiosks as k')
    .innerJoin('service_points as sp', 'sp.id', 'k.service_point_id')
    .select([
      'k.id', 'k.name', 'sp.code as servicePoint', 'k.idle_seconds as idleSeconds', 'k.min_interval_seconds as minIntervalSeconds',
      'k.revoked_at as revokedAt', 'k.last_seen_at as lastSeenAt', 'k.queued_count as queued', 'k.created_at as createdAt',
    ])
    .orderBy('k.id')
    .execute();
}

/** Returns false when there is no such kiosk or it was already revoked. */
export async function revokeKiosk(db: Kysely<Database>, id: number): Promise<boolean> {
  const row = await db
    .updateTable('kiosks')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function recordHeartbeat(db: Kysely<Database>, id: number, queued: number): Promise<void> {
  await db.updateTable('kiosks').set({ last_seen_at: sql`now()`, queued_count: queued }).where('id', '=', id).execute();
}

/** Another response of this kiosk completed within `seconds` of `completedAt` (the same id aside). */
export async function hasNearbyResponse(db: Kysely<Database>, kioskId: number, completedAt: Date, seconds: number, id: string) {
  if (seconds <= 0) return false;
  const row = await db
    .selectFrom('responses')
    .select('id')
    .where('kiosk_id', '=', kioskId)
    .where('id', '<>', id)
    .where(sql<boolean>`completed_at > ${completedAt}::timestamptz - make_interval(secs => ${seconds})`)
    .where(sql<boolean>`completed_at < ${completedAt}::timestamptz + make_interval(secs => ${seconds})`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
