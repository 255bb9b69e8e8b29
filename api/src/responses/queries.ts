import { type Kysely, sql } from 'kysely';
import type { Database, NewResponse } from '@sipas/db';

export interface StoredResponse {
  id: string;
  digest: string;
  period: string;
  receivedAt: Date;
}

/**
 * Stores responses. Every effect of storing one is here, in this statement and the triggers it fires:
 *
 * 1. insert into responses the rows whose ids are new (on conflict do nothing: the database, not a
 *    prior check, decides who was first); they come back with their receipt time, the rest do not;
 * 2. insert into stats_pending, in the same statement, the ids inserted: the fold job (jobs/,
 *    stats/summaries.ts) adds them to the dashboard's summaries, and stats read the queue meanwhile;
 * 3. trigger responses_follow_up_enqueue (migration 2026-11-24T1005), once per statement: queues in
 *    follow_up_pending the responses with a comment or an answer of 1 or 2; the follow-up job
 *    (comments/queries.ts, examinePending) makes items of the comments and low scores, and
 *    GET /comments examines the queue meanwhile;
 * 4. trigger responses_no_closed_period (migration 2026-11-24T1006), once per statement: refuses the
 *    whole statement when a row's period is closed, holding a share lock on those periods so that a
 *    close is ordered before or after it (errors.ts answers 409 period_closed).
 *
 * Nothing else is written when a response is stored; everything derived comes from those queues.
 */
export async function insertResponses(db: Kysely<Database>, rows: NewResponse[]): Promise<{ id: string; receivedAt: Date }[]> {
  return db
    .with('inserted', (db) =>
      db
        .insertInto('responses')
        .values(rows)
        .onConflict((oc) => oc.column('id').doNothing())
        .returning(['id', 'received_at']),
    )
    .with('queued', (db) =>
      db
        .insertInto('stats_pending')
        .columns(['response_id'])
        .expression((eb) => eb.selectFrom('inserted').select('inserted.id')),
    )
    .selectFrom('inserted')
    .select(['id', 'received_at as receivedAt'])
    .execute();
}

export interface SubmissionContext {
  servicePoint: { id: number; code: string } | null;
  period: { id: number; code: string } | null;
  activeVersion: number | null;
  /** The versions a response may answer: the active one and those active before it. */
  answerableVersions: number[];
}

/**
 * What submissions need to know, in one round trip for any number of counters: each active
 * counter among the codes (by its upper-case code), the open period, the active version.
 */
export async function findSubmissionContexts(db: Kysely<Database>, codes: string[]) {
  const { rows } = await sql<Omit<SubmissionContext, 'servicePoint'> & { servicePoints: Record<string, { id: number; code: string }> }>`
    select
      (select coalesce(json_object_agg(sp.code, json_build_object('id', sp.id, 'code', sp.code)), '{}')
        from service_points sp join units u on u.id = sp.unit_id
        where sp.code = any(${codes.map((c) => c.toUpperCase())}::text[]) and sp.active and u.active) as "servicePoints",
      (select json_build_object('id', p.id, 'code', p.code) from survey_periods p where p.status = 'open') as period,
      (select id from questionnaire_versions where active) as "activeVersion",
      (select coalesce(json_agg(v.id), '[]') from questionnaire_versions v where v.active or exists (
        select 1 from audit_log a where a.action = 'activate' and a.entity = 'questionnaire_version'
          and (a.entity_id = v.id::text or a.before->>'active' = v.code))) as "answerableVersions"`.execute(db);
  const { servicePoints, ...shared } = rows[0]!;
  return (code: string): SubmissionContext => ({ ...shared, servicePoint: servicePoints[code.toUpperCase()] ?? null });
}

/** What one submission needs to know (see findSubmissionContexts). */
export async function findSubmissionContext(db: Kysely<Database>, servicePointCode: string): Promise<SubmissionContext> {
  return (await findSubmissionContexts(db, [servicePointCode]))(servicePointCode);
}

export async function findResponse(db: Kysely<Database>, id: string): Promise<StoredResponse | undefined> {
  return db
    .selectFrom('responses as r')
    .innerJoin('survey_periods as p', 'p.id', 'r.period_id')
    .select(['r.id', 'r.digest', 'p.code as period', 'r.received_at as receivedAt'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}
