import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';

/** Units of a subtree in tree order (parents before children), each with its service points. */
export async function listUnitTree(db: Kysely<Database>, rootPath: string) {
  const [units, points] = await Promise.all([
    db
      .selectFrom('units')
      .select(['id', 'parent_id as parentId', 'path', 'name', 'kind', 'active'])
      .where('path', 'like', `${rootPath}%`)
      .orderBy('path')
      .execute(),
    db
      .selectFrom('service_points as sp')
      .innerJoin('units as u', 'u.id', 'sp.unit_id')
      .select(['sp.id', 'sp.code', 'sp.name', 'sp.active', 'sp.unit_id as unitId'])
      .where('u.path', 'like', `${rootPath}%`)
      .orderBy('sp.code')
      .execute(),
  ]);
  return units.map((u) => ({
    ...u,
    servicePoints: points.filter((p) => p.unitId === u.id).map(({ unitId: _, ...p }) => p),
  }));
}
