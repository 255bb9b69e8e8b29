// Comments and low-scoring responses, and the office's follow-up of each.
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@sipas/db';
import { recordAudit } from '../audit/record';
import { requireRole } from '../auth/session';
import { outOfScope, pathInScope, rootUnitOf, unitInScope } from '../auth/scope';
import type { AppEnv, Deps, SessionUser } from '../context';
import { ApiError } from '../errors';
import { findPeriods, listPeriodCodes } from '../periods/queries';
import { findActiveVersion } from '../questionnaires/cache';
import { periodOrYearMessage, periodOrYearPattern } from '../shared/periods';
import { defaultMinN } from '../stats/compute';
import { idInUrl, valid } from '../validate';
import { auditedState, type Change, nextState } from './follow-up';
import type { ScoredVersion } from './low-score';
import { presentRows } from './present';
import {
  countByStatus,
  examinePending,
  findResponseUnitPath,
  kinds,
  listComments,
  lockFollowUp,
  saveFollowUp,
  scoredVersions,
  statusFilters,
} from './queries';

const query = z.object({
  period: z.string().max(7).regex(periodOrYearPattern, periodOrYearMessage).optional(),
  unit: idInUrl.optional(),
  factor: z
    .string()
    .max(4)
    .regex(/^[A-Z]{2,4}$/, 'a factor code like CC')
    .optional(),
  kind: z.enum(kinds).default('all'),
  status: z.enum(statusFilters).default('all'),
  before: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

const idParam = z.object({ id: z.uuid() });
const acknowledgeBody = z.object({ note: z.string().trim().min(1).max(2000).optional() });
const closeBody = z.object({ action: z.string().trim().min(1, 'say what was done').max(2000) });

async function findItem(db: Kysely<Database>, versions: ScoredVersion[], user: SessionUser, unitPath: string, id: string, now: Date) {
  const [row] = await listComments(db, versions, { unitPath, id, kind: 'all', status: 'all' }, 1);
  return row && (await presentRows(db, user, [row], now, defaultMinN))[0];
}

/** Applies one change in a transaction with its audit row; answers with the item as listed. */
async function followUp(deps: Deps, user: SessionUser, id: string, change: Change) {
  const { db } = deps;
  const at = deps.now();
  const root = await rootUnitOf(db, user);
  const versions = await scoredVersions(db, deps.questionnaires);
  // The item is stored before it changes: examine its response now if the follow-up job has not yet.
  await examinePending(db, versions, { id });
  const unitPath = await findResponseUnitPath(db, id);
  if (unitPath === undefined) throw new ApiError(404, 'not_found', 'No response has this id.');
  if (!pathInScope(root, unitPath)) throw outOfScope();
  await db.transaction().execute(async (trx) => {
    const before = await lockFollowUp(trx, id);
    if (!before) throw new ApiError(404, 'not_found', 'This response has neither a comment nor a low score to follow up.');
    const after = nextState(before, change, user.id, at);
    await saveFollowUp(trx, id, after, at);
    await recordAudit(
      trx,
      user,
      { action: change.kind, entity: 'follow_up', entityId: id, before: auditedState(before), after: auditedState(after) },
      at,
    );
  });
  return findItem(db, versions, user, root.path, id, deps.now());
}

export const comments = new Hono<AppEnv>()
  // Everyone signed in reads; a unit manager their own subtree only (403 for a unit outside it).
  .get('/', valid('query', query), async (c) => {
    const { db, questionnaires } = c.var.deps;
    const q = c.req.valid('query');
    const unit = await unitInScope(db, c.var.user, q.unit);
    const periodIds = q.period === undefined ? undefined : (await findPeriods(db, q.period)).map((p) => p.id);
    if (periodIds?.length === 0) throw new ApiError(404, 'not_found', `No survey period ${q.period}.`);
    const versions = await scoredVersions(db, questionnaires);
    const filters = { unitPath: unit.path, periodIds, factor: q.factor, kind: q.kind, status: q.status, before: q.before };
    const [rows, counts, periods, active] = await Promise.all([
      listComments(db, versions, filters, q.limit + 1),
      countByStatus(db, versions, filters),
      listPeriodCodes(db),
      findActiveVersion(db, questionnaires),
    ]);
    const page = rows.slice(0, q.limit);
    return c.json({
      items: await presentRows(db, c.var.user, page, c.var.deps.now(), defaultMinN),
      next: rows.length > q.limit ? page.at(-1)!.id : null,
      counts,
      minN: defaultMinN,
      periods,
      factors: active?.definition.factors.map((f) => ({ code: f.code, name: f.name })) ?? [],
    });
  })
  // Acting on an item: province administrators, and unit managers inside their subtree.
  .use('/:id/*', requireRole('province_admin', 'unit_manager'))
  .post('/:id/acknowledge', valid('param', idParam), valid('json', acknowledgeBody), async (c) =>
    c.json(await followUp(c.var.deps, c.var.user, c.req.valid('param').id, { kind: 'acknowledge', note: c.req.valid('json').note })),
  )
  .post('/:id/close', valid('param', idParam), valid('json', closeBody), async (c) =>
    c.json(await followUp(c.var.deps, c.var.user, c.req.valid('param').id, { kind: 'close', action: c.req.valid('json').action })),
  )
  .post('/:id/reopen', valid('param', idParam), async (c) =>
    c.json(await followUp(c.var.deps, c.var.user, c.req.valid('param').id, { kind: 'reopen' })),
  );
