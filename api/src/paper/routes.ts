// Keying paper sheets in (POST /paper-entries), reading one sheet for the entry page, the disputed
// sheets and a supervisor's resolution, and the verification coverage per counter.
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../auth/session';
import { rootUnitOf, unitInScope } from '../auth/scope';
import type { AppEnv } from '../context';
import { ApiError } from '../errors';
import { findOpenPeriod, findPeriod } from '../periods/queries';
import { periodNotFound } from '../periods/transitions';
import { referenceOf } from '../shared/reference';
import { localize } from '../shared/questionnaire';
import { idInUrl, periodCodeInUrl, valid } from '../validate';
import { differences, entryBody, sheetContent } from './entry';
import { itemCodes, keySheet, resolveSheet, sheetInScope } from './keying';
import { batchesOf, coverage, disputedSheets, entriesOf } from './queries';
import type { SheetRow } from './queries';

const keyers = requireRole('province_admin', 'unit_manager', 'data_entry');
const supervisors = requireRole('province_admin', 'unit_manager');
const sheetParam = z.object({ code: z.string().max(40) });
// Only the disputed ones are listed: they are what a supervisor must act on, and they stay few.
const sheetList = z.object({ status: z.literal('disputed'), period: periodCodeInUrl.optional() });

function sheetBody(sheet: SheetRow, status: string) {
  return {
    sheet: sheet.code,
    status,
    servicePoint: sheet.servicePointCode,
    period: sheet.periodCode,
    response: { id: sheet.responseId, reference: referenceOf(sheet.responseId) },
  };
}

export const paperEntries = new Hono<AppEnv>().post('/', keyers, valid('json', entryBody), async (c) => {
  const { sheet, ...content } = c.req.valid('json');
  const result = await keySheet(c.var.deps, c.var.user, sheet, content);
  if (result.status === 'disputed') {
    throw new ApiError(
      409,
      'entry_mismatch',
      'This entry differs from the first entry of the sheet: it is disputed until a supervisor sets its values.',
      result.issues,
    );
  }
  return c.json(sheetBody(result.sheet, result.status), result.status === 'entered' ? 201 : 200);
});

export const paperSheets = new Hono<AppEnv>()
  // The disputed sheets a supervisor may settle, in their subtree, the latest dispute first.
  .get('/', supervisors, valid('query', sheetList), async (c) => {
    const { db } = c.var.deps;
    const query = c.req.valid('query');
    const period = query.period ? await findPeriod(db, query.period) : undefined;
    if (query.period && !period) throw periodNotFound(query.period);
    const root = await rootUnitOf(db, c.var.user);
    const rows = await disputedSheets(db, root.path, period?.id);
    return c.json({
      sheets: rows.map((r) => ({
        sheet: r.sheet,
        servicePoint: { code: r.servicePointCode, name: r.servicePointName },
        period: r.period,
        disputedAt: new Date(r.disputedAt).toISOString(),
      })),
    });
  })
  // What the entry page shows once a code is scanned: the counter, the period, the form to key.
  .get('/:code', keyers, valid('param', sheetParam), async (c) => {
    const { db, questionnaires } = c.var.deps;
    const sheet = await sheetInScope(db, c.var.user, c.req.valid('param').code);
    const version = (await questionnaires.get(sheet.questionnaireVersionId))!;
    const entries = await entriesOf(db, sheet.code);
    const supervisor = c.var.user.role !== 'data_entry';
    const keyed = entries.filter((e) => e.kind === 'entry');
    return c.json({
      sheet: sheet.code,
      status: sheet.status,
      servicePoint: { code: sheet.servicePointCode, name: sheet.servicePointName },
      period: { code: sheet.periodCode, status: sheet.periodStatus },
      enteredByYou: keyed.some((e) => e.userId === c.var.user.id),
      entries: entries.map((e) => ({ username: e.username, kind: e.kind, enteredAt: e.enteredAt })),
      // Only a supervisor sees what the two entries hold: a second keyer must key blind.
      ...(supervisor && sheet.status === 'disputed' && keyed.length >= 2
        ? {
            first: keyed[0]!.content,
            second: keyed[1]!.content,
            differences: differences(keyed[0]!.content, keyed[1]!.content, itemCodes(version)),
          }
        : {}),
      form: localize(version.definition, 'vi'),
    });
  })
  .post('/:code/resolution', supervisors, valid('param', sheetParam), valid('json', sheetContent), async (c) => {
    const sheet = await resolveSheet(c.var.deps, c.var.user, c.req.valid('param').code, c.req.valid('json'));
    return c.json(sheetBody(sheet, 'verified'));
  });

const coverageQuery = z.object({
  period: periodCodeInUrl.optional(),
  unit: idInUrl.optional(),
});

export const paperCoverage = new Hono<AppEnv>().get('/coverage', valid('query', coverageQuery), async (c) => {
  const { db } = c.var.deps;
  const query = c.req.valid('query');
  const period = query.period ? await findPeriod(db, query.period) : await findOpenPeriod(db);
  if (!period)
    throw query.period ? periodNotFound(query.period) : new ApiError(409, 'no_open_period', 'No survey period is open: name one.');
  const unit = await unitInScope(db, c.var.user, query.unit);
  const counters = await coverage(db, period.id, unit.path);
  const sum = (k: 'printed' | 'entered' | 'verified' | 'disputed') => counters.reduce((s, r) => s + r[k], 0);
  const batches = await batchesOf(db, period.id, unit.path);
  return c.json({
    period: period.code,
    unit: { id: unit.id, name: unit.name },
    totals: { printed: sum('printed'), entered: sum('entered'), verified: sum('verified'), disputed: sum('disputed') },
    servicePoints: counters,
    batches: batches.map((b) => ({ ...b, printedAt: new Date(b.printedAt).toISOString() })),
  });
});
