import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';

export async function findActiveServicePoint(db: Kysely<Database>, code: string) {
  return db
    .selectFrom('service_points as sp')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .select(['sp.id', 'sp.code', 'sp.name', 'u.id as unitId', 'u.name as unitName'])
    .where('sp.code', '=', code.toUpperCase())
    .where('sp.active', '=', true)
    .where('u.active', '=', true)
    .executeTakeFirst();
}
