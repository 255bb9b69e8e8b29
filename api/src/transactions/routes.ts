import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@sipas/db';
import { recordAudit } from '../audit/record';
import { rootUnitOf, servicePointInScope } from '../auth/scope';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../context';
import { ApiError, invalidInput } from '../errors';
import { periodCodePattern } from '../shared/periods';
import { findPeriod } from '../periods/queries';
import { periodNotFound } from '../periods/transitions';
import { readBody } from '../body';
import { valid } from '../validate';
import { maxTransactions, parseTransactionsCsv } from './csv';
import { countsOf, listTransactions, servicePointIds, upsertTransactions } from './queries';

const maxCsvBytes = 1024 * 1024;
const periodCode = z.string().max(7).regex(periodCodePattern, 'a period code like 2026-H1');
const listQuery = z.object({ period: periodCode });
const importQuery = z.object({ period: periodCode, lang: z.enum(['vi', 'en']).default('en') });
const entry = z.strictObject({
  period: periodCode,
  servicePoint: z.string().min(1).max(32),
  transactions: z.number().int().min(0).max(maxTransactions),
});
const admin = requireRole('province_admin');

/** The period counts are written for: it must exist and, once closed, its figures are frozen. */
async function writablePeriod(db: Kysely<Database>, code: string) {
  const period = await findPeriod(db, code);
  if (!period) throw periodNotFound(code);
  if (period.status === 'closed')
    throw new ApiError(409, 'period_closed', `${code} is closed: its transaction counts are frozen with its results.`);
  return period;
}

export const transactionRoutes = new Hono<AppEnv>()
  // Everyone reads the counts of the counters they may see; a unit manager their own subtree.
  .get('/', valid('query', listQuery), async (c) => {
    const { db } = c.var.deps;
    const code = c.req.valid('query').period;
    const period = await findPeriod(db, code);
    if (!period) throw periodNotFound(code);
    const root = await rootUnitOf(db, c.var.user);
    return c.json({ period: period.code, status: period.status, servicePoints: await listTransactions(db, period.id, root.path) });
  })
  .put('/', admin, valid('json', entry), async (c) => {
    const body = c.req.valid('json');
    const { db, now } = c.var.deps;
    const period = await writablePeriod(db, body.period);
    const point = await servicePointInScope(db, c.var.user, body.servicePoint);
    const at = now();
    await db.transaction().execute(async (trx) => {
      const before = (await countsOf(trx, period.id, [point.id])).get(point.id) ?? null;
      await upsertTransactions(trx, period.id, [{ servicePointId: point.id, transactions: body.transactions }], at);
      const audit = { action: 'update', entity: 'service_point_transactions', entityId: `${period.code}/${point.code}` };
      await recordAudit(trx, c.var.user, { ...audit, before: { transactions: before }, after: { transactions: body.transactions } }, at);
    });
    return c.json({ period: period.code, servicePoint: point.code, transactions: body.transactions, updatedAt: at.toISOString() });
  })
  .post('/import', admin, valid('query', importQuery), async (c) => {
    const file = await readBody(c, { bytes: maxCsvBytes, message: `A CSV file may be at most ${maxCsvBytes / 1024} KB.` });
    if (!(c.req.header('content-type') ?? '').startsWith('text/')) {
      throw new ApiError(415, 'unsupported_media_type', 'Send the file as text/csv.');
    }
    const { period: code, lang } = c.req.valid('query');
    const { db, now } = c.var.deps;
    const period = await writablePeriod(db, code);
    const ids = await servicePointIds(db);
    const parsed = parseTransactionsCsv(new TextDecoder().decode(file), new Set(ids.keys()), lang);
    if (!parsed.ok) throw invalidInput(parsed.issues, 'The file has problems; nothing was imported. Each bad line is named.');
    const counts = parsed.rows.map((r) => ({ servicePointId: ids.get(r.code)!, transactions: r.transactions }));
    const at = now();
    await db.transaction().execute(async (trx) => {
      const before = await countsOf(
        trx,
        period.id,
        counts.map((r) => r.servicePointId),
      );
      await upsertTransactions(trx, period.id, counts, at);
      await recordAudit(
        trx,
        c.var.user,
        {
          action: 'import',
          entity: 'service_point_transactions',
          entityId: period.code,
          before: Object.fromEntries(parsed.rows.map((r, i) => [r.code, before.get(counts[i]!.servicePointId) ?? null])),
          after: Object.fromEntries(parsed.rows.map((r) => [r.code, r.transactions])),
        },
        at,
      );
    });
    return c.json({ imported: counts.length });
  });
