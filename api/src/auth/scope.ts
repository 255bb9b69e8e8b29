// What part of the unit tree a signed-in user may see: a unit manager and a data-entry clerk their
// own unit's subtree, everyone else the whole province. Every admin query that takes a unit goes through here.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import type { SessionUser } from '../context';
import { ApiError } from '../errors';

export interface ScopedUnit {
  id: number;
  path: string;
  name: string;
}

function unitQuery(db: Kysely<Database>) {
  return db.selectFrom('units').select(['id', 'path', 'name']);
}

/** The root of what this user may see: their unit for a unit manager or data-entry clerk, else the province. */
export async function rootUnitOf(db: Kysely<Database>, user: SessionUser): Promise<ScopedUnit> {
  const unit =
    (user.role === 'unit_manager' || user.role === 'data_entry') && user.unitId !== null
      ? await unitQuery(db).where('id', '=', user.unitId).executeTakeFirst()
      : await unitQuery(db).where('parent_id', 'is', null).orderBy('id').executeTakeFirst();
  if (!unit) throw new ApiError(404, 'not_found', 'No province unit exists yet.');
  return unit;
}

/** True when a unit (by its materialised path) lies inside the user's subtree. */
export function pathInScope(root: ScopedUnit, path: string): boolean {
  return path.startsWith(root.path);
}

export function outOfScope(): ApiError {
  return new ApiError(403, 'out_of_scope', 'This unit is outside the part of the province your account covers.');
}

/**
 * The unit a request names (or the user's root when it names none), after checking the user may
 * see it: 404 when it does not exist, 403 when it lies outside their subtree.
 */
export async function unitInScope(db: Kysely<Database>, user: SessionUser, unitId: number | undefined): Promise<ScopedUnit> {
  const root = await rootUnitOf(db, user);
  if (unitId === undefined) return root;
  const unit = await unitQuery(db).where('id', '=', unitId).executeTakeFirst();
  if (!unit) throw new ApiError(404, 'not_found', `No unit ${unitId}.`);
  if (!pathInScope(root, unit.path)) throw outOfScope();
  return unit;
}

/** A service point by code, checked against the user's subtree like a unit. */
export async function servicePointInScope(db: Kysely<Database>, user: SessionUser, code: string) {
  const root = await rootUnitOf(db, user);
  const point = await db
    .selectFrom('service_points as sp')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .select(['sp.id', 'sp.code', 'sp.name', 'sp.unit_id as unitId', 'u.path as unitPath'])
    .where('sp.code', '=', code.toUpperCase())
    .executeTakeFirst();
  if (!point) throw new ApiError(404, 'not_found', `No service point has the code ${code.toUpperCase()}.`);
  if (!pathInScope(root, point.unitPath)) throw outOfScope();
  return point;
}
