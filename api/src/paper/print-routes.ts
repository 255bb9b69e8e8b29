// Printing paper questionnaires: one counter's sheets, or a batch for a unit's whole subtree. Every
// sheet is registered (counter, period, who, when) before the PDF is made, and the printing audited.
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@sipas/db';
import { recordAudit } from '../audit/record';
import { requireRole } from '../auth/session';
import { servicePointInScope, unitInScope } from '../auth/scope';
import type { AppEnv, SessionUser } from '../context';
import { ApiError } from '../errors';
import { attachmentHeaders } from '../qr/downloads';
import { findOpenPeriod, findPeriod, type PeriodRow } from '../periods/queries';
import { periodClosed, periodNotFound } from '../periods/transitions';
import { activeVersion } from '../questionnaires/cache';
import { listPosterPoints } from '../service-points/queries';
import { idInUrl, periodCodeInUrl, valid } from '../validate';
import { insertBatch } from './queries';
import { renderSheets } from './sheet-pdf';

/** Sheets one request may print: a counter's day of paper, or a few per counter of a subtree. */
export const maxSheetsPerCounter = 200;
export const maxSheetsPerBatch = 1000;

const printQuery = z.object({
  count: z.coerce.number().int().min(1).max(maxSheetsPerCounter),
  period: periodCodeInUrl.optional(),
});
const codeParam = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,31}$/, 'a counter code')
    .transform((c) => c.toUpperCase()),
});
const printers = requireRole('province_admin', 'unit_manager');

/** The period sheets are printed for: the one named, else the open one; never a closed one. */
async function printPeriod(db: Kysely<Database>, code: string | undefined): Promise<PeriodRow> {
  const period = code ? await findPeriod(db, code) : await findOpenPeriod(db);
  if (!period)
    throw code ? periodNotFound(code) : new ApiError(409, 'no_open_period', 'No survey period is open: name the period to print for.');
  if (period.status === 'closed') throw periodClosed(period.code);
  return period;
}

type PrintPoint = Awaited<ReturnType<typeof listPosterPoints>>[number] & { id: number };

async function print(
  c: { var: { deps: AppEnv['Variables']['deps']; user: SessionUser } },
  points: PrintPoint[],
  copies: number,
  periodCode: string | undefined,
  target: { servicePointId: number } | { unitId: number },
) {
  const { db, questionnaires, now } = c.var.deps;
  if (points.length === 0) throw new ApiError(409, 'nothing_to_print', 'This unit has no active counter to print sheets for.');
  if (points.length * copies > maxSheetsPerBatch) {
    throw new ApiError(409, 'nothing_to_print', `At most ${maxSheetsPerBatch} sheets a batch: ask for fewer copies per counter.`);
  }
  const period = await printPeriod(db, periodCode);
  const version = await activeVersion(db, questionnaires);
  const { batchId, sheets } = await db.transaction().execute(async (trx) => {
    const at = now();
    const batch = await insertBatch(
      trx,
      { periodId: period.id, versionId: version.id, target, userId: c.var.user.id, at },
      points.map((p) => ({ id: p.id, copies })),
    );
    const after = {
      period: period.code,
      questionnaireVersion: version.code,
      servicePoints: points.map((p) => p.code),
      sheets: batch.sheets.length,
    };
    await recordAudit(trx, c.var.user, { action: 'print', entity: 'paper_batch', entityId: batch.batchId, after }, at);
    return batch;
  });
  const byId = new Map(points.map((p) => [p.id, p]));
  const pdf = await renderSheets(
    sheets.map((s) => {
      const p = byId.get(s.servicePointId)!;
      return { code: s.code, counterName: p.name, unitName: p.unitName, periodCode: period.code };
    }),
    version.definition,
  );
  return { pdf, batchId, period };
}

export const paperForms = new Hono<AppEnv>().get(
  '/:code/paper-forms.pdf',
  printers,
  valid('param', codeParam),
  valid('query', printQuery),
  async (c) => {
    const { code } = c.req.valid('param');
    const { count, period } = c.req.valid('query');
    const point = await servicePointInScope(c.var.deps.db, c.var.user, code);
    const [listed] = await listPosterPoints(c.var.deps.db, { code });
    if (!listed?.active) throw new ApiError(409, 'service_point_inactive', `Service point ${code} is deactivated; it takes no responses.`);
    const printed = await print(c, [{ ...listed, id: point.id }], count, period, { servicePointId: point.id });
    return c.body(new Uint8Array(printed.pdf), 200, {
      ...attachmentHeaders('application/pdf', `phieu-${code}-${printed.period.code}-${printed.batchId}.pdf`),
      'x-paper-batch': String(printed.batchId),
    });
  },
);

export const unitPaperForms = new Hono<AppEnv>().get(
  '/:id/paper-forms.pdf',
  printers,
  valid('param', z.object({ id: idInUrl })),
  valid('query', printQuery),
  async (c) => {
    const { db } = c.var.deps;
    const { count, period } = c.req.valid('query');
    const unit = await unitInScope(db, c.var.user, c.req.valid('param').id);
    const listed = await listPosterPoints(db, { rootPath: unit.path });
    const ids = await db
      .selectFrom('service_points')
      .select(['id', 'code'])
      .where('code', 'in', listed.length ? listed.map((p) => p.code) : [''])
      .execute();
    const idOf = new Map(ids.map((r) => [r.code, r.id]));
    const points = listed.map((p) => ({ ...p, id: idOf.get(p.code)! }));
    const printed = await print(c, points, count, period, { unitId: unit.id });
    return c.body(new Uint8Array(printed.pdf), 200, {
      ...attachmentHeaders('application/pdf', `phieu-don-vi-${unit.id}-${printed.period.code}-${printed.batchId}.pdf`),
      'x-paper-batch': String(printed.batchId),
    });
  },
);
