import { type Kysely, sql } from 'kysely';
import type { Database, ResponseFollowUpsTable } from '@sipas/db';
import { lowFactorsSql, lowItemsSql, type ScoredVersion } from './low-score';

export const kinds = ['comment', 'low', 'all'] as const;
export const statusFilters = ['open', 'closed', 'all'] as const;

export interface CommentFilters {
  /** Materialised path of the unit whose subtree is listed. */
  unitPath: string;
  /** Absent: every period. */
  periodIds?: number[] | undefined;
  /** Keep responses low on this factor (see low-score.ts). */
  factor?: string | undefined;
  kind: (typeof kinds)[number];
  /** "open" is everything not closed, acknowledged included. */
  status: (typeof statusFilters)[number];
  /** The id of the last response of the previous page. */
  before?: string | undefined;
  id?: string | undefined;
}

/** Responses in scope with their low factors and items, before the kind and status filters. */
function scored(db: Kysely<Database>, versions: ScoredVersion[], f: CommentFilters) {
  return db
    .with('scored', (qb) => {
      let q = qb
        .selectFrom('responses as r')
        .innerJoin('service_points as sp', 'sp.id', 'r.service_point_id')
        .innerJoin('units as u', 'u.id', 'sp.unit_id')
        .innerJoin('survey_periods as p', 'p.id', 'r.period_id')
        .select([
          'r.id', 'r.received_at', 'r.period_id', 'r.service_point_id', 'r.respondent_type', 'r.channel', 'r.comment',
          'p.code as period_code', 'sp.code as sp_code', 'sp.name as sp_name', 'u.id as unit_id', 'u.name as unit_name',
          lowFactorsSql(versions, sql.ref('r.answers'), sql.ref('r.questionnaire_version_id')).as('low_factors'),
          lowItemsSql(versions, sql.ref('r.answers'), sql.ref('r.questionnaire_version_id')).as('low_items'),
        ])
        .where('u.path', 'like', `${f.unitPath}%`);
      if (f.periodIds) q = q.where('r.period_id', 'in', f.periodIds);
      if (f.id) q = q.where('r.id', '=', f.id);
      return q;
    })
    .selectFrom('scored as s')
    .leftJoin('response_follow_ups as f', 'f.response_id', 's.id')
    .$if(f.kind === 'comment', (q) => q.where('s.comment', 'is not', null))
    .$if(f.kind === 'low', (q) => q.where(sql<boolean>`cardinality(s.low_factors) > 0`))
    .$if(f.kind === 'all', (q) => q.where((eb) => eb.or([eb('s.comment', 'is not', null), sql<boolean>`cardinality(s.low_factors) > 0`])))
    .$if(f.factor !== undefined, (q) => q.where(sql<boolean>`${f.factor} = any(s.low_factors)`));
}

export async function listComments(db: Kysely<Database>, versions: ScoredVersion[], f: CommentFilters, limit: number) {
  return scored(db, versions, f)
    .leftJoin('users as ua', 'ua.id', 'f.acknowledged_by')
    .leftJoin('users as uc', 'uc.id', 'f.closed_by')
    .select([
      's.id', 's.received_at as receivedAt', 's.period_id as periodId', 's.period_code as period',
      's.service_point_id as servicePointId', 's.sp_code as servicePointCode', 's.sp_name as servicePointName',
      's.unit_id as unitId', 's.unit_name as unitName', 's.respondent_type as respondentType', 's.channel', 's.comment',
      's.low_factors as lowFactors', 's.low_items as lowItems',
      sql<ResponseFollowUpsTable['status']>`coalesce(f.status, 'open')`.as('status'),
      'f.note', 'f.action', 'ua.username as acknowledgedBy', 'f.acknowledged_at as acknowledgedAt',
      'uc.username as closedBy', 'f.closed_at as closedAt',
    ])
    .$if(f.status === 'open', (q) => q.where(sql<boolean>`coalesce(f.status, 'open') <> 'closed'`))
    .$if(f.status === 'closed', (q) => q.where('f.status', '=', 'closed'))
    // Keyset: strictly older than the last row shown, ties on the receipt time broken by id.
    .$if(f.before !== undefined, (q) =>
      q.where(sql<boolean>`(s.received_at, s.id) < (select received_at, id from responses where id = ${f.before})`),
    )
    .orderBy('s.received_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute();
}

export type CommentRow = Awaited<ReturnType<typeof listComments>>[number];

/** How many items of each follow-up status the filters match, whatever the status filter says. */
export async function countByStatus(db: Kysely<Database>, versions: ScoredVersion[], f: CommentFilters) {
  const rows = await scored(db, versions, f)
    .select([sql<string>`coalesce(f.status, 'open')`.as('status'), (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(sql`coalesce(f.status, 'open')`)
    .execute();
  const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return { open: count('open'), acknowledged: count('acknowledged'), closed: count('closed') };
}

/** Responses per counter and period, for the pairs the rows name: the groups of the privacy rule. */
export async function groupSizes(db: Kysely<Database>, rows: { servicePointId: number; periodId: number }[]) {
  if (rows.length === 0) return new Map<string, number>();
  const found = await db
    .selectFrom('responses')
    .select(['service_point_id as servicePointId', 'period_id as periodId', (eb) => eb.fn.countAll<string>().as('n')])
    .where('service_point_id', 'in', [...new Set(rows.map((r) => r.servicePointId))])
    .where('period_id', 'in', [...new Set(rows.map((r) => r.periodId))])
    .groupBy(['service_point_id', 'period_id'])
    .execute();
  return new Map(found.map((r) => [groupKey(r), Number(r.n)]));
}

export const groupKey = (r: { servicePointId: number; periodId: number }) => `${r.servicePointId}:${r.periodId}`;

export async function listPeriodCodes(db: Kysely<Database>) {
  return db.selectFrom('survey_periods').select(['code', 'status']).orderBy('starts_on', 'desc').execute();
}

/** Every stored questionnaire version's id (their definitions come from the app's cache). */
export async function listVersionIds(db: Kysely<Database>): Promise<number[]> {
  return (await db.selectFrom('questionnaire_versions').select('id').orderBy('id').execute()).map((r) => r.id);
}

/** The unit path of a response's counter, after locking the response so transitions queue up. */
export async function lockResponse(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('responses as r')
    .innerJoin('service_points as sp', 'sp.id', 'r.service_point_id')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .select(['r.id', 'u.path as unitPath'])
    .where('r.id', '=', id)
    .forUpdate('r')
    .executeTakeFirst();
}

export type FollowUpState = Pick<
  ResponseFollowUpsTable,
  'status' | 'note' | 'action' | 'acknowledged_by' | 'acknowledged_at' | 'closed_by' | 'closed_at'
>;

export const openState: FollowUpState = {
  status: 'open', note: null, action: null, acknowledged_by: null, acknowledged_at: null, closed_by: null, closed_at: null,
};

export async function findFollowUp(db: Kysely<Database>, responseId: string): Promise<FollowUpState | undefined> {
  return db
    .selectFrom('response_follow_ups')
    .select(['status', 'note', 'action', 'acknowledged_by', 'acknowledged_at', 'closed_by', 'closed_at'])
    .where('response_id', '=', responseId)
    .executeTakeFirst();
}

export async function saveFollowUp(db: Kysely<Database>, responseId: string, state: FollowUpState, now: Date): Promise<void> {
  await db
    .insertInto('response_follow_ups')
    .values({ response_id: responseId, ...state, updated_at: now })
    .onConflict((oc) => oc.column('response_id').doUpdateSet({ ...state, updated_at: now }))
    .execute();
}
