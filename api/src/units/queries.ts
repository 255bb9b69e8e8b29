import { type Kysely, sql } from 'kysely';
import type { Database } from '@sipas/db';

export type UnitKind = Database['units']['kind'];

export interface UnitRow {
  id: number;
  parentId: number | null;
  path: string;
  name: string;
  code: string | null;
  kind: UnitKind;
  active: boolean;
}

const unitColumns = ['id', 'parent_id as parentId', 'path', 'code', 'name', 'kind', 'active'] as const;

/** Units of a subtree in tree order (parents before children), each with its service points. */
export async function listUnitTree(db: Kysely<Database>, rootPath: string) {
  const [units, points] = await Promise.all([
    db.selectFrom('units').select(unitColumns).where('path', 'like', `${rootPath}%`).orderBy('path').execute(),
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

export async function findUnit(db: Kysely<Database>, id: number): Promise<UnitRow | undefined> {
  return db.selectFrom('units').select(unitColumns).where('id', '=', id).executeTakeFirst();
}

/**
 * Serialises changes to the tree (units and where counters hang) across requests and API
 * instances: two moves checked at the same time could otherwise build a cycle between them.
 */
export async function lockUnitTree(trx: Kysely<Database>): Promise<void> {
  await sql`select pg_advisory_xact_lock(4207310)`.execute(trx);
}

export async function insertUnit(
  trx: Kysely<Database>,
  parent: { id: number; path: string },
  unit: { code: string; name: string; kind: UnitKind },
): Promise<UnitRow> {
  // The path ends with the unit's own id, so take the id from the sequence first.
  const { rows } = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('units', 'id'))::int as id`.execute(trx);
  const id = rows[0]!.id;
  return trx
    .insertInto('units')
    .values({ id, parent_id: parent.id, path: `${parent.path}${id}/`, ...unit })
    .returning(unitColumns)
    .executeTakeFirstOrThrow();
}

export async function updateUnit(
  trx: Kysely<Database>,
  id: number,
  change: { name?: string | undefined; code?: string | undefined; active?: boolean | undefined },
) {
  if (change.name === undefined && change.code === undefined && change.active === undefined) return;
  await trx.updateTable('units').set({ name: change.name, code: change.code, active: change.active }).where('id', '=', id).execute();
}

/** Hangs a unit under a new parent, rewriting the path of every unit in its subtree. */
export async function moveUnit(
  trx: Kysely<Database>,
  unit: { id: number; path: string },
  parent: { id: number; path: string },
): Promise<void> {
  const newPath = `${parent.path}${unit.id}/`;
  // No unique-path clash midway: every path ends with its own unit's id, so a rewritten path can
  // only equal the old path of the same row.
  await trx
    .updateTable('units')
    .set({ path: sql<string>`${newPath} || substr(path, ${unit.path.length + 1})` })
    .where('path', 'like', `${unit.path}%`)
    .execute();
  await trx.updateTable('units').set({ parent_id: parent.id }).where('id', '=', unit.id).execute();
}

/** The ids of every counter in a subtree, active or not (their responses count either way). */
export async function listSubtreePointIds(db: Kysely<Database>, rootPath: string): Promise<number[]> {
  const rows = await db
    .selectFrom('service_points as sp')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .select('sp.id')
    .where('u.path', 'like', `${rootPath}%`)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * What still works directly under a unit: its active sub-units and counters. Direct ones are
 * enough, because an active unit always has an active parent (the routes keep it so).
 */
export async function activeDependents(db: Kysely<Database>, unitId: number) {
  const children = await db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('parent_id', '=', unitId)
    .where('active', '=', true)
    .orderBy('id')
    .execute();
  const servicePoints = await db
    .selectFrom('service_points')
    .select(['code', 'name'])
    .where('unit_id', '=', unitId)
    .where('active', '=', true)
    .orderBy('code')
    .execute();
  return { children, servicePoints };
}
