// Counters (service points): listed per subtree, created and changed by province administrators,
// and their QR codes and posters downloaded by anyone who may see them.
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@sipas/db';
import { recordAudit } from '../audit/record';
import { requireRole } from '../auth/session';
import { servicePointInScope, unitInScope } from '../auth/scope';
import type { AppEnv, SessionUser } from '../context';
import { ApiError, invalidInput } from '../errors';
import { qrPng, qrSvg, surveyUrl } from '../qr/codes';
import { isLocalAddress } from '../shared/public-address';
import { attachmentHeaders, postersOf } from '../qr/downloads';
import { posterSizes, renderPosters } from '../qr/poster';
import { lockSummaries, moveInSummaries } from '../stats/summaries';
import { findUnit, lockUnitTree } from '../units/queries';
import { idInUrl, valid } from '../validate';
import {
  findServicePoint,
  findServicePointByCode,
  insertServicePoint,
  listPosterPoints,
  listServicePoints,
  updateServicePoint,
} from './queries';

const id = idInUrl;
const name = z.string().trim().min(1).max(200);
const codeRule = '2 to 32 letters A–Z, digits or "-", not starting with "-"';
const newPoint = z.strictObject({
  unitId: z.number().int().positive().max(2_147_483_647),
  // Typed codes are forgiven their case: DEMO-01 and demo-01 are the same counter.
  code: z
    .string()
    .max(64)
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, codeRule),
  name,
});
const change = z
  .strictObject({
    name: name.optional(),
    unitId: z.number().int().positive().max(2_147_483_647).optional(),
    active: z.boolean().optional(),
  })
  .refine((c) => Object.keys(c).length > 0, { message: 'name at least one of name, unitId, active' });
const codeParam = z.object({
  code: z
    .string()
    .max(32)
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,31}$/, codeRule)
    .transform((c) => c.toUpperCase()),
});

export const servicePoints = new Hono<AppEnv>()
  .get('/', valid('query', z.object({ unit: id.optional() })), async (c) => {
    const unit = await unitInScope(c.var.deps.db, c.var.user, c.req.valid('query').unit);
    return c.json({ servicePoints: await listServicePoints(c.var.deps.db, unit.path) });
  })
  // The address QR codes and posters print, and whether phones outside the office can reach it.
  .get('/public-address', (c) => {
    const url = c.var.deps.publicBaseUrl ?? null;
    return c.json({ url, local: url === null || isLocalAddress(url) });
  })
  .post('/', requireRole('province_admin'), valid('json', newPoint), async (c) => {
    const { db, now } = c.var.deps;
    const body = c.req.valid('json');
    const created = await db.transaction().execute(async (trx) => {
      await lockUnitTree(trx);
      const unit = await findUnit(trx, body.unitId);
      if (!unit) throw invalidInput([{ path: 'unitId', message: `no unit ${body.unitId}` }]);
      if (!unit.active)
        throw new ApiError(409, 'unit_inactive', `Unit ${unit.id} (${unit.name}) is deactivated; reactivate it before adding counters.`);
      if (await findServicePointByCode(trx, body.code)) throw codeTaken(body.code);
      const point = await insertServicePoint(trx, body);
      await recordAudit(trx, c.var.user, { action: 'create', entity: 'service_point', entityId: point.id, after: point }, now());
      return point;
    });
    return c.json(created, 201);
  })
  .patch('/:id', requireRole('province_admin'), valid('param', z.object({ id })), valid('json', change), async (c) => {
    const { db, now } = c.var.deps;
    const body = c.req.valid('json');
    const pointId = c.req.valid('param').id;
    const after = await db.transaction().execute(async (trx) => {
      await lockUnitTree(trx);
      const before = await findServicePoint(trx, pointId);
      if (!before) throw new ApiError(404, 'not_found', `No service point ${pointId}.`);
      const unit = await findUnit(trx, body.unitId ?? before.unitId);
      if (!unit) throw invalidInput([{ path: 'unitId', message: `no unit ${body.unitId}` }]);
      // An active counter takes responses, which only an active unit may do.
      if ((body.active ?? before.active) && !unit.active) {
        throw new ApiError(409, 'unit_inactive', `Unit ${unit.id} (${unit.name}) is deactivated; an active counter cannot belong to it.`);
      }
      const moved = unit.id !== before.unitId;
      // Unit figures count each response for every unit above its counter: the counter's responses
      // leave the units above its old unit and join those above the new one.
      if (moved) await lockSummaries(trx);
      const after = await updateServicePoint(trx, pointId, body);
      if (moved) {
        const from = (await findUnit(trx, before.unitId))!;
        await moveInSummaries(trx, { servicePointIds: [pointId], fromPath: from.path, toPath: unit.path });
      }
      await recordAudit(trx, c.var.user, { action: 'update', entity: 'service_point', entityId: pointId, before, after }, now());
      return after;
    });
    return c.json(after);
  })
  .get('/:code/qr.svg', valid('param', codeParam), async (c) => {
    const url = surveyUrl(c.var.deps.publicBaseUrl, await printableCode(c.var.deps.db, c.var.user, c.req.valid('param').code));
    return c.body(await qrSvg(url), 200, attachmentHeaders('image/svg+xml; charset=utf-8', `qr-${c.req.valid('param').code}.svg`));
  })
  .get('/:code/qr.png', valid('param', codeParam), async (c) => {
    const url = surveyUrl(c.var.deps.publicBaseUrl, await printableCode(c.var.deps.db, c.var.user, c.req.valid('param').code));
    return c.body(new Uint8Array(await qrPng(url)), 200, attachmentHeaders('image/png', `qr-${c.req.valid('param').code}.png`));
  })
  .get('/:code/poster.pdf', valid('param', codeParam), valid('query', z.object({ size: z.enum(posterSizes).default('A4') })), async (c) => {
    const { db, publicBaseUrl } = c.var.deps;
    const { code } = c.req.valid('param');
    const { size } = c.req.valid('query');
    await printableCode(db, c.var.user, code);
    const posters = postersOf(await listPosterPoints(db, { code }), publicBaseUrl);
    const pdf = await renderPosters(posters, size, `SIPAS – ${code}`);
    return c.body(new Uint8Array(pdf), 200, attachmentHeaders('application/pdf', `poster-${code}-${size}.pdf`));
  });

function codeTaken(code: string): ApiError {
  return new ApiError(409, 'code_taken', `The code ${code} is already used by another service point.`);
}

/** A counter the user may see and whose link takes responses: a poster for a closed counter would mislead. */
async function printableCode(db: Kysely<Database>, user: SessionUser, code: string): Promise<string> {
  await servicePointInScope(db, user, code);
  const point = await findServicePointByCode(db, code);
  if (!point?.active)
    throw new ApiError(409, 'service_point_inactive', `Service point ${code} is deactivated; its link takes no responses.`);
  return point.code;
}
