// Demo responses ("dữ liệu minh hoạ") for a newcomer's first start, so the dashboard, the trend, the
// comments and the reports have something to show. They are scored and queued exactly as a submission
// is (scoreAnswers, insertResponses), so the summaries and every figure treat them like real ones, and
// they carry a marker in place of the digest, so `npm run demo:remove` finds every one of them.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database, NewResponse } from '@sipas/db';
import { insertResponses } from '../responses/queries';
import { scoreAnswers } from '../responses/score';
import { findActiveVersion } from '../questionnaires/cache';
import type { Questionnaire } from '../shared/questionnaire';
import type { AnswerValue } from '../shared/response';
import { foldPending, rebuildSummaries } from '../stats/summaries';

/** What a demo response has where a real one has the SHA-256 of its content. */
export const demoMarker = 'demo-response';

/** DEMO_RESPONSES: unset seeds them on a new embedded database only; `true` on PostgreSQL too; `false` never. */
export function demoResponsesWanted(setting: string | undefined, database: 'pglite' | 'postgres'): boolean {
  if (setting === undefined || setting === '') return database === 'pglite';
  if (setting === 'true' || setting === 'false') return setting === 'true';
  throw new Error(`DEMO_RESPONSES must be true or false, not ${JSON.stringify(setting)}`);
}

const comments = [
  'Cán bộ hướng dẫn tận tình, dễ hiểu.',
  'Thời gian chờ còn lâu, nên có thêm quầy vào giờ cao điểm.',
  'Nơi để xe chật, trời mưa đi lại khó.',
  'Thủ tục nhanh hơn lần trước, cảm ơn.',
  'Nên niêm yết rõ hơn mức phí, lệ phí.',
  'Máy lấy số thứ tự hay bị lỗi.',
];

/**
 * Adds `perPeriod` demo responses to the open period and to the half-year before it, spread over
 * the active counters, on a database that has no response yet; returns how many were added.
 */
export async function seedDemoResponses(db: Kysely<Database>, now: Date, perPeriod = 240): Promise<number> {
  if (await db.selectFrom('responses').select('id').limit(1).executeTakeFirst()) return 0;
  const version = await findActiveVersion(db);
  const open = await db.selectFrom('survey_periods').select(['id', 'code', 'starts_on']).where('status', '=', 'open').executeTakeFirst();
  const points = await db.selectFrom('service_points').select('id').where('active', '=', true).orderBy('id').execute();
  if (!version || !open || points.length === 0) return 0;
  const q = version.definition;
  const previous = await previousHalf(db, open.code);

  return db
    .transaction()
    .execute(async (trx) => {
      let added = 0;
      for (const [period, mood] of [
        [previous, 0.8],
        [open, 0.86],
      ] as const) {
        const p = await trx
          .selectFrom('survey_periods')
          .select(['id', 'status', 'starts_on', 'ends_on'])
          .where('id', '=', period.id)
          .executeTakeFirstOrThrow();
        // The database keeps responses out of a closed period; the demo's earlier half is opened to
        // them for this transaction only (a draft, since one period alone may be open).
        if (p.status === 'closed') await trx.updateTable('survey_periods').set({ status: 'draft' }).where('id', '=', p.id).execute();
        const from = Date.parse(`${dateOf(p.starts_on)}T01:00:00Z`);
        const to = Math.min(now.getTime(), Date.parse(`${dateOf(p.ends_on)}T10:00:00Z`));
        const rows = Array.from({ length: perPeriod }, () =>
          demoRow(q, version.id, p.id, points[Math.floor(Math.random() * points.length)]!.id, mood, from, Math.max(to, from + 86_400_000)),
        );
        for (let i = 0; i < rows.length; i += 100) added += (await insertResponses(trx, rows.slice(i, i + 100))).length;
        if (p.status === 'closed') await trx.updateTable('survey_periods').set({ status: 'closed' }).where('id', '=', p.id).execute();
      }
      return added;
    })
    .then(async (added) => {
      while ((await foldPending(db)) > 0);
      return added;
    });
}

/** Deletes every demo response and what was derived from it, then recomputes the summaries; returns how many. */
export async function removeDemoResponses(db: Kysely<Database>): Promise<number> {
  const removed = await db.transaction().execute(async (trx) => {
    const demo = trx.selectFrom('responses').select('id').where('digest', '=', demoMarker);
    await trx.deleteFrom('response_follow_ups').where('response_id', 'in', demo).execute();
    await trx.deleteFrom('follow_up_pending').where('response_id', 'in', demo).execute();
    await trx.deleteFrom('stats_pending').where('response_id', 'in', demo).execute();
    const result = await trx.deleteFrom('responses').where('digest', '=', demoMarker).executeTakeFirst();
    return Number(result.numDeletedRows);
  });
  if (removed > 0) await rebuildSummaries(db);
  return removed;
}

/** Periods frozen while demo responses were in them: their snapshots keep the demo's figures for good. */
export async function periodsFrozenWithDemo(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ code: string }>`
    select p.code from survey_periods p join period_snapshots s on s.period_id = p.id
    where exists (select 1 from responses r where r.period_id = p.id and r.digest = ${demoMarker}) order by p.code`.execute(db);
  return rows.map((r) => r.code);
}

/** The half-year before `code`, created (closed, as the seed leaves a past half) when it does not exist. */
async function previousHalf(db: Kysely<Database>, code: string): Promise<{ id: number; code: string }> {
  const year = Number(code.slice(0, 4));
  const prev = code.endsWith('H2') ? `${year}-H1` : `${year - 1}-H2`;
  const found = await db.selectFrom('survey_periods').select(['id', 'code']).where('code', '=', prev).executeTakeFirst();
  if (found) return found;
  const [startsOn, endsOn] = prev.endsWith('H1') ? [`${year}-01-01`, `${year}-06-30`] : [`${year - 1}-07-01`, `${year - 1}-12-31`];
  return db
    .insertInto('survey_periods')
    .values({ code: prev, starts_on: startsOn, ends_on: endsOn, status: 'closed' })
    .returning(['id', 'code'])
    .executeTakeFirstOrThrow();
}

function dateOf(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

function level(mood: number): number {
  const r = Math.random();
  if (r < mood * 0.5) return 5;
  if (r < mood) return 4;
  return pick([3, 3, 3, 2, 2, 1]);
}

function demoRow(
  q: Questionnaire,
  versionId: number,
  periodId: number,
  servicePointId: number,
  baseMood: number,
  from: number,
  to: number,
): NewResponse {
  // Each response has its own mood around the period's, so counters and factors differ.
  const mood = Math.min(0.98, Math.max(0.4, baseMood + (Math.random() - 0.5) * 0.25));
  const answers: Record<string, AnswerValue> = {};
  for (const f of q.factors) for (const item of f.items) answers[item.code] = item.allowNa && Math.random() < 0.15 ? 'na' : level(mood);
  const scored = scoreAnswers(q, answers);
  const type = Math.random() < 0.8 ? 'citizen' : 'organization';
  const asked = q.profile[type];
  const profile = Math.random() < 0.4 ? Object.fromEntries(asked.map((p) => [p.code, pick(p.options).code])) : undefined;
  const expectations =
    q.expectations && Math.random() < 0.3
      ? Object.fromEntries(q.expectations.items.map((i) => [i.code, pick(q.expectations!.levels).code]))
      : undefined;
  return {
    id: randomUUID(),
    service_point_id: servicePointId,
    period_id: periodId,
    questionnaire_version_id: versionId,
    respondent_type: type,
    channel: Math.random() < 0.5 ? 'kiosk' : 'qr',
    lang: 'vi',
    answers: scored.answers,
    score: scored.score,
    factor_scores: scored.factorScores,
    field: q.fields.length > 0 && Math.random() < 0.8 ? pick(q.fields).code : null,
    profile: profile ? JSON.stringify(profile) : null,
    expectations: expectations ? JSON.stringify(expectations) : null,
    // The label travels with the words, so nobody reads a demo comment as a citizen's.
    comment: Math.random() < 0.12 ? `(Dữ liệu minh hoạ) ${pick(comments)}` : null,
    digest: demoMarker,
    received_at: new Date(from + Math.random() * (to - from)),
  };
}
