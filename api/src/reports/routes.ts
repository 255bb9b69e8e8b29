// GET /api/admin/reports: the periods with their frozen state; GET /api/admin/reports/2026-H1.docx
// (or .xlsx, .csv; 2026 for the year) for the user's scope or a unit in it (?unit=).
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import { unitInScope } from '../auth/scope';
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import type { AppEnv } from '../context';
import { ApiError } from '../errors';
import { findPeriods, listPeriodsWithSnapshots } from '../periods/queries';
import { activeVersion, type QuestionnaireCache } from '../questionnaires/cache';
import type { Questionnaire } from '../shared/questionnaire';
import { idInUrl, valid } from '../validate';
import { writeResponsesCsv } from './csv';
import { dictionaryCsv } from './csv-dictionary';
import { periodOrYearMessage, periodOrYearPattern } from '../shared/periods';
import { reportDocx } from './docx';
import { readsSmallGroups } from '../comments/readers';
import { unitOf } from './model';
import { reportView } from './view';
import { findSnapshot } from './queries';
import { loadReport } from './snapshot';
import { reportXlsx } from './xlsx';
import { findProvinceSettings } from '../settings/queries';
import { paperCountsFor } from './paper-section';

const fileParam = z.object({
  file: z
    .string()
    .max(16)
    .regex(
      /^[0-9]{4}(-H[12])?\.(docx|xlsx|csv)$/,
      'a period (2026-H1, or 2026 for the year) and a format: 2026-H1.docx, 2026.xlsx, 2026-H2.csv',
    ),
});
const unitQuery = z.object({ unit: idInUrl.optional() });
const dictionaryQuery = z.object({ period: z.string().max(7).regex(periodOrYearPattern, periodOrYearMessage).optional() });

const mediaTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export const reports = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ periods: await listPeriodsWithSnapshots(c.var.deps.db) }))
  // The CSV's columns, codes and scales, for the period's questionnaire (the active one by default).
  .get('/dictionary.csv', valid('query', dictionaryQuery), async (c) => {
    const { db, questionnaires } = c.var.deps;
    const { period } = c.req.valid('query');
    const periods = period === undefined ? [] : await findPeriods(db, period);
    if (period !== undefined && periods.length === 0) throw new ApiError(404, 'not_found', `No survey period ${period}.`);
    const q = periods.length
      ? await csvQuestionnaire(
          db,
          questionnaires,
          periods.map((p) => p.id),
        )
      : (await activeVersion(db, questionnaires)).definition;
    c.header('content-type', mediaTypes.csv);
    c.header('content-disposition', 'attachment; filename="bao-cao-sipas-tu-dien-du-lieu.csv"');
    return c.body(dictionaryCsv(q));
  })
  .get('/:file', valid('param', fileParam), valid('query', unitQuery), async (c) => {
    const { db, questionnaires } = c.var.deps;
    const [code, format] = c.req.valid('param').file.split('.') as [string, keyof typeof mediaTypes];
    // A unit manager's own unit by default; 403 outside their subtree, 404 for no such unit.
    const scope = await unitInScope(db, c.var.user, c.req.valid('query').unit);
    const periods = await findPeriods(db, code);
    if (periods.length === 0) throw new ApiError(404, 'not_found', `No survey period ${code}.`);
    // Read-only: a closed period the freeze job has not reached yet is computed live, from the same
    // code and the same responses (the database keeps new ones out), and shown as not frozen.
    const filename = `bao-cao-sipas-${code}-don-vi-${scope.id}.${format}`;
    c.header('content-type', mediaTypes[format]);
    c.header('content-disposition', `attachment; filename="${filename}"`);
    c.header('cache-control', 'no-store');

    if (format === 'csv') {
      const questionnaire = await csvQuestionnaire(
        db,
        questionnaires,
        periods.map((p) => p.id),
      );
      // A HEAD gets the headers only: a cursor opened for a body nobody reads would hold its
      // transaction, and its connection, open for good.
      if (c.req.raw.method === 'HEAD') return c.body(null);
      // A frozen period's file is the same at every download: its rows are shuffled with a seed from the digests.
      const snapshots = await Promise.all(periods.map((p) => findSnapshot(db, p.id)));
      const seed = snapshots.every((s) => s !== undefined) ? snapshots.map((s) => s!.digest).join() : undefined;
      return stream(
        c,
        async (out) => {
          await writeResponsesCsv(db, { periodIds: periods.map((p) => p.id), unitPath: scope.path, questionnaire, seed }, async (chunk) => {
            await out.write(chunk);
            // The client went away: end the transaction (the cursor with it) instead of reading on.
            if (out.aborted) throw new Error('the client closed the CSV download');
          });
        },
        // The transaction has rolled back by now; the client sees a cut-off file, never a 200 with a whole one.
        async (err, out) => {
          if (!out.aborted) console.error(`GET ${c.req.path}: the CSV stopped:`, err);
        },
      );
    }
    const loaded = await loadReport(db, code);
    const unit = unitOf(loaded.content, scope.id);
    if (!unit) throw new ApiError(404, 'not_found', `Unit ${scope.id} did not exist when ${code} was frozen.`);
    const paper = await paperCountsFor(
      db,
      periods.map((p) => p.id),
      scope.path,
    );
    const view = { ...(await reportView(db, questionnaires, loaded, unit, scope, await readsSmallGroups(db, c.var.user))), paper };
    const body =
      format === 'docx'
        ? await reportDocx(view, { settings: await findProvinceSettings(db), now: c.var.deps.now() })
        : await reportXlsx(view);
    return c.body(new Uint8Array(body));
  });

/** The item columns: the frozen questionnaire of the last half when there is one, else the active one. */
async function csvQuestionnaire(db: Kysely<Database>, questionnaires: QuestionnaireCache, periodIds: number[]): Promise<Questionnaire> {
  const stored = await findSnapshot(db, periodIds.at(-1)!);
  if (stored) return (JSON.parse(stored.content) as { questionnaire: { definition: Questionnaire } }).questionnaire.definition;
  return (await activeVersion(db, questionnaires)).definition;
}
