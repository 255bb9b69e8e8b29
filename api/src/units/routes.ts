// The unit tree: everyone reads their part of it; only a province administrator changes it.
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@sipas/db';
import { recordAudit } from '../audit/record';
import { rootUnitOf, unitInScope } from '../auth/scope';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../context';
import { ApiError, invalidInput, isUniqueViolation } from '../errors';
import { attachmentHeaders, postersOf } from '../qr/downloads';
import { posterSizes, renderPosters } from '../qr/poster';
import { listPosterPoints } from '../service-points/queries';
import { lockSummaries, moveInSummaries } from '../stats/summaries';
import { idInUrl, valid } from '../validate';
import { activeDependents, findUnit, insertUnit, listSubtreePointIds, listUnitTree, lockUnitTree, moveUnit, updateUnit } from './queries';

const id = z.number().int().positive().max(2_147_483_647);
const name = z.string().trim().min(1).max(200);
// There is one province, the root; every unit below it is one of these.
const childKinds = ['department', 'commune', 'district', 'other'] as const;
// The same rule as counter codes (service-points/routes.ts), forgiven their case the same way.
const code = z
  .string()
  .max(64)
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, '2 to 32 letters A–Z, digits or "-", not starting with "-"');
const newUnit = z.strictObject({ parentId: id, code, name, kind: z.enum(childKinds) });
const change = z
  .strictObject({ name: name.optional(), code: code.optional(), parentId: id.optional(), active: z.boolean().optional() })
  .refine((c) => Object.keys(c).length > 0, { message: 'name at least one of name, code, parentId, active' });
const idParam = z.object({ id: idInUrl });

export const units = new Hono<AppEnv>()
  // Everyone reads the tree; a unit manager only their own subtree, rooted at their unit.
  .get('/', async (c) => {
    const root = await rootUnitOf(c.var.deps.db, c.var.user);
    return c.json({ rootId: root.id, units: await listUnitTree(c.var.deps.db, root.path) });
  })
  .post('/', requireRole('province_admin'), valid('json', newUnit), async (c) => {
    const { db, now } = c.var.deps;
    const body = c.req.valid('json');
    const created = await db.transaction().execute(async (trx) => {
      await lockUnitTree(trx);
      const parent = await findUnit(trx, body.parentId);
      if (!parent) throw invalidInput([{ path: 'parentId', message: `no unit ${body.parentId}` }]);
      if (!parent.active) throw parentInactive(parent);
      const unit = await insertUnit(trx, parent, { code: body.code, name: body.name, kind: body.kind }).catch(codeTaken(body.code));
      await recordAudit(trx, c.var.user, { action: 'create', entity: 'unit', entityId: unit.id, after: unit }, now());
      return unit;
    });
    return c.json(created, 201);
  })
  .patch('/:id', requireRole('province_admin'), valid('param', idParam), valid('json', change), async (c) => {
    const { db, now } = c.var.deps;
    const body = c.req.valid('json');
    const unitId = c.req.valid('param').id;
    const after = await db.transaction().execute(async (trx) => {
      await lockUnitTree(trx);
      const before = await findUnit(trx, unitId);
      if (!before) throw new ApiError(404, 'not_found', `No unit ${unitId}.`);
      const moved = body.parentId !== undefined && body.parentId !== before.parentId;
      const parentId = body.parentId ?? before.parentId;
      const parent = parentId === null ? undefined : await findUnit(trx, parentId);
      if (moved) {
        if (before.parentId === null)
          throw new ApiError(409, 'root_immovable', 'The province is the root of the tree and cannot be moved.');
        if (!parent) throw invalidInput([{ path: 'parentId', message: `no unit ${body.parentId}` }]);
        if (parent.path.startsWith(before.path)) {
          throw new ApiError(409, 'cycle', `Unit ${before.id} cannot move under itself or one of its own sub-units (${parent.id}).`);
        }
      }
      const active = body.active ?? before.active;
      if (!active && before.active) await refuseDeactivation(trx, before);
      if (active && parent && !parent.active) throw parentInactive(parent);
      if (moved && parent) {
        // Unit figures count each response for every unit above its counter: the moved subtree's
        // responses leave the units above its old place and join those above the new one.
        await lockSummaries(trx);
        await moveUnit(trx, before, parent);
        const toPath = `${parent.path}${before.id}/`;
        await moveInSummaries(trx, { servicePointIds: await listSubtreePointIds(trx, toPath), fromPath: before.path, toPath });
      }
      await updateUnit(trx, unitId, { name: body.name, code: body.code, active: body.active }).catch(codeTaken(body.code));
      const after = (await findUnit(trx, unitId))!;
      await recordAudit(trx, c.var.user, { action: 'update', entity: 'unit', entityId: unitId, before, after }, now());
      return after;
    });
    return c.json(after);
  })
  // One poster per active counter of the subtree, for printing them all at once.
  .get('/:id/posters.pdf', valid('param', idParam), valid('query', z.object({ size: z.enum(posterSizes).default('A4') })), async (c) => {
    const { db, publicBaseUrl } = c.var.deps;
    const unit = await unitInScope(db, c.var.user, c.req.valid('param').id);
    const { size } = c.req.valid('query');
    const points = await listPosterPoints(db, { rootPath: unit.path });
    if (points.length === 0)
      throw new ApiError(404, 'nothing_to_print', `Unit ${unit.id} (${unit.name}) has no active counter to print a poster for.`);
    const pdf = await renderPosters(postersOf(points, publicBaseUrl), size, `SIPAS – ${unit.name}`);
    return c.body(new Uint8Array(pdf), 200, attachmentHeaders('application/pdf', `posters-unit-${unit.id}-${size}.pdf`));
  });

/** Two units cannot share a code: the unique index answers, named here rather than as a bare conflict. */
function codeTaken(code: string | undefined) {
  return (err: unknown): never => {
    throw isUniqueViolation(err) ? new ApiError(409, 'conflict', `The unit code ${code} is already taken.`) : err;
  };
}

function parentInactive(parent: { id: number; name: string }): ApiError {
  return new ApiError(409, 'parent_inactive', `Unit ${parent.id} (${parent.name}) is deactivated; an active unit cannot sit under it.`);
}

/**
 * Deactivating switches nothing else off silently: while anything under the unit still works, the
 * change is refused and each active sub-unit and counter is named, to deactivate or move first.
 */
async function refuseDeactivation(db: Kysely<Database>, unit: { id: number; name: string; parentId: number | null }) {
  if (unit.parentId === null) throw new ApiError(409, 'root_required', 'The province itself cannot be deactivated.');
  const { children, servicePoints } = await activeDependents(db, unit.id);
  if (children.length === 0 && servicePoints.length === 0) return;
  const names = [...children.map((u) => `unit ${u.id} (${u.name})`), ...servicePoints.map((p) => `counter ${p.code} (${p.name})`)];
  throw new ApiError(409, 'unit_in_use', `Unit ${unit.id} still has active ${names.join(', ')}; deactivate or move them first.`, [
    ...children.map((u) => ({ path: `children.${u.id}`, message: u.name })),
    ...servicePoints.map((p) => ({ path: `servicePoints.${p.code}`, message: p.name })),
  ]);
}
