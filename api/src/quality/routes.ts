import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@sipas/db';
import { recordAudit } from '../audit/record';
import { rootUnitOf, servicePointInScope, unitInScope } from '../auth/scope';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../context';
import { ApiError } from '../errors';
import { findOpenPeriodCode, findPeriod } from '../periods/queries';
import { periodNotFound } from '../periods/transitions';
import { periodCodePattern } from '../shared/periods';
import { boundedText, idInUrl, valid } from '../validate';
import { excludeFlag, listExclusions, restoreExclusion } from './exclusion';
import { effectiveHours, type WeekHours, weekHoursSchema } from './hours';
import { judgePeriod, responsesBehind } from './judge';
import { flagKinds } from './rules';

const periodCode = z.string().regex(periodCodePattern, 'a period code like 2026-H1');
const listQuery = z.object({ period: periodCode.optional(), unit: idInUrl.optional() });
const responsesQuery = z.object({ period: periodCode.optional(), servicePoint: z.string().min(1).max(32), flag: z.enum(flagKinds) });
const exclusionBody = z.strictObject({
  period: periodCode,
  servicePoint: z.string().min(1).max(32),
  flag: z.enum(flagKinds),
  reason: boundedText(1000).refine((r) => r.trim().length > 0, 'say why these responses are excluded'),
});
const idParam = z.object({ id: idInUrl });
const hoursBody = z.strictObject({ hours: weekHoursSchema });
const admin = requireRole('province_admin');

/** The period a read names, or the open one. */
async function periodOf(db: Kysely<Database>, code: string | undefined) {
  const chosen = code ?? (await findOpenPeriodCode(db));
  if (!chosen) throw new ApiError(404, 'not_found', 'No survey period is open; name one with ?period=.');
  const period = await findPeriod(db, chosen);
  if (!period) throw periodNotFound(chosen);
  return period;
}

async function ownHours(db: Kysely<Database>) {
  const rows = await db.selectFrom('unit_opening_hours').select(['unit_id', 'hours']).execute();
  return new Map(rows.map((r) => [r.unit_id, r.hours as WeekHours]));
}

export const qualityRoutes = new Hono<AppEnv>()
  // Flags of the counters a user may see, judged against the whole province.
  .get('/', valid('query', listQuery), async (c) => {
    const { db } = c.var.deps;
    const query = c.req.valid('query');
    const period = await periodOf(db, query.period);
    const unit = await unitInScope(db, c.var.user, query.unit);
    const judged = await judgePeriod(db, period.id);
    const points = await db
      .selectFrom('service_points as sp')
      .innerJoin('units as u', 'u.id', 'sp.unit_id')
      .select(['sp.id', 'sp.code', 'sp.name', 'u.id as unitId', 'u.name as unitName'])
      .where('u.path', 'like', `${unit.path}%`)
      .orderBy('sp.code')
      .execute();
    const counters = points.flatMap((p) => {
      const flags = judged.flags.get(p.id) ?? [];
      if (flags.length === 0) return [];
      const responses = judged.facts.get(p.id)?.responses ?? 0;
      return [{ servicePoint: p.code, name: p.name, unit: { id: p.unitId, name: p.unitName }, responses, flags }];
    });
    return c.json({
      period: period.code,
      status: period.status,
      counters,
      exclusions: await listExclusions(db, { periodIds: [period.id], rootPath: unit.path }),
    });
  })
  // The drill-down: the responses behind one flag, as judged now.
  .get('/responses', valid('query', responsesQuery), async (c) => {
    const { db } = c.var.deps;
    const query = c.req.valid('query');
    const period = await periodOf(db, query.period);
    const point = await servicePointInScope(db, c.var.user, query.servicePoint);
    const behind = await responsesBehind(db, period.id, point.id, query.flag);
    if (!behind) throw new ApiError(404, 'not_found', `${point.code} has no ${query.flag} flag in ${period.code}.`);
    return c.json({ period: period.code, servicePoint: point.code, flag: behind.flag, responses: behind.responses });
  })
  .get('/exclusions', valid('query', z.object({ period: periodCode.optional() })), async (c) => {
    const { db } = c.var.deps;
    const period = await periodOf(db, c.req.valid('query').period);
    const root = await rootUnitOf(db, c.var.user);
    return c.json({ period: period.code, exclusions: await listExclusions(db, { periodIds: [period.id], rootPath: root.path }) });
  })
  .post('/exclusions', admin, valid('json', exclusionBody), async (c) => {
    const { db, now } = c.var.deps;
    const body = c.req.valid('json');
    const point = await servicePointInScope(db, c.var.user, body.servicePoint);
    const made = await excludeFlag(db, c.var.user, { ...body, reason: body.reason.trim(), servicePoint: point }, now());
    return c.json(made, 201);
  })
  .delete('/exclusions/:id', admin, valid('param', idParam), async (c) => {
    const { db, now } = c.var.deps;
    return c.json(await restoreExclusion(db, c.var.user, c.req.valid('param').id, now()));
  })
  // Opening hours: each unit's own, or where it inherits them from.
  .get('/hours', async (c) => {
    const { db } = c.var.deps;
    const root = await rootUnitOf(db, c.var.user);
    const own = await ownHours(db);
    const units = await db
      .selectFrom('units')
      .select(['id', 'name', 'path'])
      .where('path', 'like', `${root.path}%`)
      .orderBy('path')
      .execute();
    return c.json({
      units: units.map((u) => {
        const { hours, from } = effectiveHours(u.path, own);
        return { id: u.id, name: u.name, hours, own: own.has(u.id), inheritedFrom: own.has(u.id) ? null : from };
      }),
    });
  })
  .put('/hours/:id', admin, valid('param', idParam), valid('json', hoursBody), async (c) => {
    const { db, now } = c.var.deps;
    const unit = await unitInScope(db, c.var.user, c.req.valid('param').id);
    const { hours } = c.req.valid('json');
    const at = now();
    await db.transaction().execute(async (trx) => {
      const before = (await ownHours(trx)).get(unit.id) ?? null;
      await trx
        .insertInto('unit_opening_hours')
        .values({ unit_id: unit.id, hours: JSON.stringify(hours), updated_at: at })
        .onConflict((oc) => oc.column('unit_id').doUpdateSet({ hours: JSON.stringify(hours), updated_at: at }))
        .execute();
      await recordAudit(trx, c.var.user, { action: 'update', entity: 'unit_opening_hours', entityId: unit.id, before, after: hours }, at);
    });
    return c.json({ id: unit.id, name: unit.name, hours, own: true, inheritedFrom: null });
  })
  .delete('/hours/:id', admin, valid('param', idParam), async (c) => {
    const { db, now } = c.var.deps;
    const unit = await unitInScope(db, c.var.user, c.req.valid('param').id);
    const at = now();
    await db.transaction().execute(async (trx) => {
      const before = (await ownHours(trx)).get(unit.id);
      if (!before) throw new ApiError(404, 'not_found', `${unit.name} has no opening hours of its own.`);
      await trx.deleteFrom('unit_opening_hours').where('unit_id', '=', unit.id).execute();
      await recordAudit(trx, c.var.user, { action: 'delete', entity: 'unit_opening_hours', entityId: unit.id, before, after: null }, at);
    });
    const { hours, from } = effectiveHours(unit.path, await ownHours(db));
    return c.json({ id: unit.id, name: unit.name, hours, own: false, inheritedFrom: from });
  });
