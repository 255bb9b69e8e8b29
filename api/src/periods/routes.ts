import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { z } from 'zod';
import { recordAudit } from '../audit/record';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../context';
import { ApiError, type Issue, invalidInput } from '../errors';
import { valid } from '../validate';
import { halfBounds, halvesOf, isCalendarDate, periodCodePattern } from '../shared/periods';
import { findPeriodCodes, insertPeriods, listPeriods, lockPeriod, type PeriodView, updatePeriod } from './queries';
import { acknowledgeParam, acknowledgeValue, refuseCloseWithPaperOut } from '../paper/close-warning';
import { auditable, closePeriod, openPeriod, periodClosed, periodNotFound } from './transitions';

const target = z.number().min(1).max(100).multipleOf(0.01);
const day = z
  .string()
  .max(10)
  .refine(isCalendarDate, 'a date written YYYY-MM-DD')
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'a date between 2000 and 2100');
const params = z.object({ code: z.string().max(7).regex(periodCodePattern, 'a period code like 2026-H1') });
const newYear = z.strictObject({ year: z.number().int().min(2000).max(2100), target: target.default(90) });
const changes = z
  .strictObject({ startsOn: day.optional(), endsOn: day.optional(), target: target.optional() })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'name at least one of startsOn, endsOn, target');

const admin = requireRole('province_admin');
const closeQuery = z.object({ [acknowledgeParam]: z.literal(acknowledgeValue).optional() });

async function periodView(db: Kysely<Database>, code: string): Promise<PeriodView> {
  const [period] = await listPeriods(db, code);
  if (!period) throw periodNotFound(code);
  return period;
}

/** Where new dates break the half-year rule, each problem named on its field. */
function dateIssues(code: string, startsOn: string, endsOn: string): Issue[] {
  const { first, last } = halfBounds(code);
  const issues: Issue[] = [];
  for (const [path, value] of [
    ['startsOn', startsOn],
    ['endsOn', endsOn],
  ] as const) {
    if (value < first || value > last) issues.push({ path, message: `must lie within ${code}: ${first} to ${last}` });
  }
  if (issues.length === 0 && startsOn > endsOn) issues.push({ path: 'endsOn', message: 'must not be before startsOn' });
  return issues;
}

export const periodRoutes = new Hono<AppEnv>()
  // Everyone signed in reads the periods: every page filters by them.
  .get('/', async (c) => c.json({ periods: await listPeriods(c.var.deps.db) }))
  .post('/year', admin, valid('json', newYear), async (c) => {
    const { year, target } = c.req.valid('json');
    const { db, now } = c.var.deps;
    const halves = halvesOf(year);
    await db.transaction().execute(async (trx) => {
      const existing = await findPeriodCodes(
        trx,
        halves.map((h) => h.code),
      );
      if (existing.length > 0)
        throw new ApiError(409, 'period_exists', `${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}.`);
      for (const period of await insertPeriods(trx, halves, target)) {
        await recordAudit(
          trx,
          c.var.user,
          { action: 'create', entity: 'survey_period', entityId: period.code, after: auditable(period) },
          now(),
        );
      }
    });
    return c.json({ periods: (await listPeriods(db)).filter((p) => p.code.startsWith(`${year}-`)).reverse() }, 201);
  })
  .patch('/:code', admin, valid('param', params), valid('json', changes), async (c) => {
    const { code } = c.req.valid('param');
    const body = c.req.valid('json');
    await c.var.deps.db.transaction().execute(async (trx) => {
      const before = await lockPeriod(trx, code);
      if (!before) throw periodNotFound(code);
      if (before.status === 'closed') throw periodClosed(code);
      const issues = dateIssues(code, body.startsOn ?? before.startsOn, body.endsOn ?? before.endsOn);
      if (issues.length > 0) throw invalidInput(issues);
      const after = await updatePeriod(trx, before.id, body);
      await recordAudit(
        trx,
        c.var.user,
        { action: 'update', entity: 'survey_period', entityId: code, before: auditable(before), after: auditable(after) },
        c.var.deps.now(),
      );
    });
    return c.json(await periodView(c.var.deps.db, code));
  })
  .post('/:code/open', admin, valid('param', params), async (c) => {
    const { code } = c.req.valid('param');
    await openPeriod(c.var.deps.db, c.var.user, code, c.var.deps.now());
    return c.json(await periodView(c.var.deps.db, code));
  })
  .post('/:code/close', admin, valid('param', params), valid('query', closeQuery), async (c) => {
    const { code } = c.req.valid('param');
    await refuseCloseWithPaperOut(c.var.deps.db, code, c.req.valid('query')[acknowledgeParam] === acknowledgeValue);
    await closePeriod(c.var.deps.db, c.var.user, code, c.var.deps.now());
    return c.json(await periodView(c.var.deps.db, code));
  });
