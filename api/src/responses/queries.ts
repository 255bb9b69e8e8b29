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
  // One parameter, the rows as JSON, and one statement text whatever their number: nothing to
  // build per row on either side (a multi-row VALUES of 17 parameters a row cost a tenth of a
  // submission's CPU to compile here, and a new statement text for PostgreSQL at every batch size).
  const { rows: inserted } = await sql<{ id: string; receivedAt: Date }>`
    with inserted as (
      insert into responses (${sql.raw(responseColumns.join(', '))}, received_at)
      select ${sql.raw(responseColumns.map((c) => (c === 'profile' || c === 'expectations' ? `r.${c}::jsonb` : `r.${c}`)).join(', '))}, coalesce(r.received_at, now())
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(${sql.raw(recordsetColumns)})
      on conflict (id) do nothing
      returning id, received_at
    ), queued as (
      insert into stats_pending (response_id) select id from inserted
    )
    select id, received_at as "receivedAt" from inserted`.execute(db);
  return inserted;
}

/** Every column a stored response is given, with its type in the JSON the rows are sent as. */
const responseTypes = {
  id: 'uuid',
  service_point_id: 'integer',
  period_id: 'integer',
  questionnaire_version_id: 'integer',
  respondent_type: 'text',
  channel: 'text',
  lang: 'text',
  answers: 'smallint[]',
  score: 'double precision',
  factor_scores: 'double precision[]',
  field: 'text',
  // As text, then cast: a row may hold them as JSON text (the route) or as an object.
  profile: 'text',
  expectations: 'text',
  comment: 'text',
  digest: 'text',
  kiosk_id: 'integer',
  completed_at: 'timestamptz',
} satisfies Record<Exclude<keyof NewResponse, 'received_at'>, string>;
const responseColumns = Object.keys(responseTypes);
const recordsetColumns = [...Object.entries(responseTypes), ['received_at', 'timestamptz']].map(([c, t]) => `${c} ${t}`).join(', ');

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
  // The statement is the function submission_contexts (migration 2026-12-01T1008), whose plan the session keeps.
  const { rows } = await sql<{
    context: Omit<SubmissionContext, 'servicePoint'> & { servicePoints: Record<string, { id: number; code: string }> };
  }>`select submission_contexts(${codes.map((c) => c.toUpperCase())}::text[]) as context`.execute(db);
  const { servicePoints, ...shared } = rows[0]!.context;
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
