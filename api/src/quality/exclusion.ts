// Exclusion only by decision: a province administrator takes a flag's responses out of every
// figure, with a reason, and may put them back until the period closes. What "a flag's responses"
// are is fixed when the decision is taken: the ids judged then (less any another decision already
// took) are stored, so responses arriving later never join or leave it.
import { type Kysely, sql } from 'kysely';
import type { Database } from '@sipas/db';
import { recordAudit } from '../audit/record';
import type { SessionUser } from '../context';
import { ApiError } from '../errors';
import { lockPeriod, type PeriodRow } from '../periods/queries';
import { periodClosed, periodNotFound } from '../periods/transitions';
import { lockSummaries, subtractFromSummaries } from '../stats/summaries';
import { responsesBehind } from './judge';
import type { FlagKind } from './rules';

type Actor = Pick<SessionUser, 'id' | 'username'>;

/** The period, locked against a close for the rest of the transaction; 409 once it is closed. */
async function openForDecisions(trx: Kysely<Database>, code: string): Promise<PeriodRow> {
  const period = await lockPeriod(trx, code);
  if (!period) throw periodNotFound(code);
  if (period.status === 'closed') throw periodClosed(code);
  return period;
}

export interface ExclusionRequest {
  period: string;
  servicePoint: { id: number; code: string };
  flag: FlagKind;
  reason: string;
}

export async function excludeFlag(db: Kysely<Database>, user: Actor, req: ExclusionRequest, at: Date) {
  return db.transaction().execute(async (trx) => {
    const period = await openForDecisions(trx, req.period);
    const existing = await trx
      .selectFrom('quality_exclusions')
      .select('id')
      .where('period_id', '=', period.id)
      .where('service_point_id', '=', req.servicePoint.id)
      .where('flag', '=', req.flag)
      .executeTakeFirst();
    if (existing)
      throw new ApiError(
        409,
        'already_excluded',
        `The ${req.flag} responses of ${req.servicePoint.code} in ${period.code} are already excluded (exclusion ${existing.id}).`,
      );
    const behind = await responsesBehind(trx, period.id, req.servicePoint.id, req.flag);
    if (!behind) throw new ApiError(409, 'not_flagged', `${req.servicePoint.code} has no ${req.flag} flag in ${period.code}.`);
    const ids = behind.responses.filter((r) => !r.excluded).map((r) => r.id);
    if (ids.length === 0)
      throw new ApiError(409, 'already_excluded', `Every response behind this flag is already excluded by another decision.`);

    await lockSummaries(trx);
    const { id } = await trx
      .insertInto('quality_exclusions')
      .values({
        period_id: period.id,
        service_point_id: req.servicePoint.id,
        flag: req.flag,
        reason: req.reason,
        judged: JSON.stringify(behind.flag),
        created_by: user.id,
        created_by_name: user.username,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('quality_excluded_responses')
      .values(ids.map((response_id) => ({ response_id, exclusion_id: id })))
      .execute();
    // A response still pending was never added to the summaries: it leaves the queue. The rest are taken out of them.
    const { rows: pending } = await sql<{ id: string }>`
      delete from stats_pending where response_id = any(${ids}::uuid[]) returning response_id as id`.execute(trx);
    const wasPending = new Set(pending.map((p) => p.id));
    await subtractFromSummaries(
      trx,
      ids.filter((i) => !wasPending.has(i)),
      period.id,
    );
    const body = {
      id,
      period: period.code,
      servicePoint: req.servicePoint.code,
      flag: req.flag,
      reason: req.reason,
      responses: ids.length,
      createdBy: user.username,
      createdAt: at.toISOString(),
    };
    await recordAudit(
      trx,
      user,
      {
        action: 'exclude',
        entity: 'quality_exclusion',
        entityId: id,
        before: null,
        after: { ...body, judged: behind.flag, responseIds: ids },
      },
      at,
    );
    return body;
  });
}

/** Puts an exclusion's responses back: they rejoin the figures through stats_pending, which every reader adds. */
export async function restoreExclusion(db: Kysely<Database>, user: Actor, id: number, at: Date) {
  return db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom('quality_exclusions as e')
      .innerJoin('survey_periods as p', 'p.id', 'e.period_id')
      .select('p.code')
      .where('e.id', '=', id)
      .executeTakeFirst();
    if (!found) throw new ApiError(404, 'not_found', `No exclusion ${id}.`);
    await openForDecisions(trx, found.code);
    const before = (await listExclusions(trx, { id }))[0]!;
    await lockSummaries(trx);
    const ids = (await trx.selectFrom('quality_excluded_responses').select('response_id').where('exclusion_id', '=', id).execute()).map(
      (r) => r.response_id,
    );
    await trx.deleteFrom('quality_exclusions').where('id', '=', id).execute();
    if (ids.length)
      await trx
        .insertInto('stats_pending')
        .values(ids.map((response_id) => ({ response_id })))
        .execute();
    await recordAudit(
      trx,
      user,
      { action: 'restore', entity: 'quality_exclusion', entityId: id, before: { ...before, responseIds: ids }, after: null },
      at,
    );
    return { id, restored: ids.length };
  });
}

/** Exclusions of some periods (or one by id), oldest first, as the API, the report and the snapshot show them. */
export async function listExclusions(db: Kysely<Database>, which: { periodIds?: number[]; id?: number; rootPath?: string }) {
  let q = db
    .selectFrom('quality_exclusions as e')
    .innerJoin('survey_periods as p', 'p.id', 'e.period_id')
    .innerJoin('service_points as sp', 'sp.id', 'e.service_point_id')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .select((eb) => [
      'e.id',
      'p.code as period',
      'sp.code as servicePoint',
      'sp.name as servicePointName',
      'u.name as unit',
      'e.flag',
      'e.reason',
      eb
        .selectFrom('quality_excluded_responses as q')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('q.exclusion_id', '=', 'e.id')
        .as('responses'),
      'e.created_by_name as createdBy',
      'e.created_at as createdAt',
    ]);
  if (which.periodIds) q = q.where('e.period_id', 'in', which.periodIds.length ? which.periodIds : [-1]);
  if (which.id !== undefined) q = q.where('e.id', '=', which.id);
  if (which.rootPath) q = q.where('u.path', 'like', `${which.rootPath}%`);
  const rows = await q.orderBy('e.created_at').orderBy('e.id').execute();
  return rows.map((r) => ({ ...r, responses: Number(r.responses ?? 0), createdAt: new Date(r.createdAt).toISOString() }));
}

export type ExclusionView = Awaited<ReturnType<typeof listExclusions>>[number];

/** Exclusions as a snapshot freezes them: with the ids of the responses each took out. */
export async function frozenExclusions(db: Kysely<Database>, periodIds: number[]) {
  const list = await listExclusions(db, { periodIds });
  if (list.length === 0) return [];
  const rows = await db
    .selectFrom('quality_excluded_responses')
    .select(['exclusion_id', 'response_id'])
    .where(
      'exclusion_id',
      'in',
      list.map((e) => e.id),
    )
    .orderBy('response_id')
    .execute();
  return list.map((e) => ({ ...e, responseIds: rows.filter((r) => r.exclusion_id === e.id).map((r) => r.response_id) }));
}

export type FrozenExclusion = Awaited<ReturnType<typeof frozenExclusions>>[number];
