import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';

export interface ServicePointRow {
  id: number;
  code: string;
  name: string;
  active: boolean;
  unitId: number;
}

const pointColumns = ['sp.id', 'sp.code', 'sp.name', 'sp.active', 'sp.unit_id as unitId'] as const;

/** The counters of a subtree, with the name of the unit each belongs to. */
export async function listServicePoints(db: Kysely<Database>, rootPath: string) {
  return db
    .selectFrom('service_points as sp')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .select([...pointColumns, 'u.name as unitName'])
    .where('u.path', 'like', `${rootPath}%`)
    .orderBy('sp.code')
    .execute();
}

export async function findServicePoint(db: Kysely<Database>, id: number): Promise<ServicePointRow | undefined> {
  return db.selectFrom('service_points as sp').select(pointColumns).where('sp.id', '=', id).executeTakeFirst();
}

export async function findServicePointByCode(db: Kysely<Database>, code: string): Promise<ServicePointRow | undefined> {
  return db.selectFrom('service_points as sp').select(pointColumns).where('sp.code', '=', code).executeTakeFirst();
}

export async function insertServicePoint(
  trx: Kysely<Database>,
  point: { unitId: number; code: string; name: string },
): Promise<ServicePointRow> {
  return trx
    .insertInto('service_points')
    .values({ unit_id: point.unitId, code: point.code, name: point.name })
    .returning(['id', 'code', 'name', 'active', 'unit_id as unitId'])
    .executeTakeFirstOrThrow();
}

export async function updateServicePoint(
  trx: Kysely<Database>,
  id: number,
  change: { name?: string | undefined; unitId?: number | undefined; active?: boolean | undefined },
): Promise<ServicePointRow> {
  return trx
    .updateTable('service_points')
    .set({ name: change.name, unit_id: change.unitId, active: change.active })
    .where('id', '=', id)
    .returning(['id', 'code', 'name', 'active', 'unit_id as unitId'])
    .executeTakeFirstOrThrow();
}

/**
 * What a poster needs: the counter, its unit and the province. One counter by code, or every
 * active counter of a subtree (in tree order, then by code).
 */
export async function listPosterPoints(db: Kysely<Database>, filter: { code: string } | { rootPath: string }) {
  let query = db
    .selectFrom('service_points as sp')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .select((eb) => [
      'sp.code',
      'sp.name',
      'sp.active',
      'u.name as unitName',
      'u.parent_id as unitParentId',
      eb.selectFrom('units').select('name').where('parent_id', 'is', null).orderBy('id').limit(1).as('provinceName'),
    ]);
  query =
    'code' in filter
      ? query.where('sp.code', '=', filter.code)
      : query.where('u.path', 'like', `${filter.rootPath}%`).where('sp.active', '=', true).where('u.active', '=', true);
  return query.orderBy('u.path').orderBy('sp.code').execute();
}
