import { type Kysely, type RawBuilder, type Selectable, sql } from 'kysely';
import type { Database, ResponseFollowUpsTable } from '@sipas/db';
import type { QuestionnaireCache } from '../questionnaires/cache';
import { lowFactorsSql, lowItemsSql, type ScoredVersion } from './low-score';
import { counted } from '../quality/counted';

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

/** Every stored questionnaire version with its definition: old responses keep the version they were answered on. */
export async function scoredVersions(db: Kysely<Database>, questionnaires: QuestionnaireCache): Promise<ScoredVersion[]> {
  const versions = await Promise.all((await listVersionIds(db)).map((id) => questionnaires.get(id)));
  return versions.filter((v) => v !== undefined);
}

/**
 * The responses `which` selects, examined as an item holds them (the rule of low-score.ts), and
 * only those a comment or a low score makes an item.
 */
function examined(db: Kysely<Database>, versions: ScoredVersion[], which: RawBuilder<boolean>) {
  const answers = sql.ref('r.answers');
  const version = sql.ref('r.questionnaire_version_id');
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('responses as r')
        .where(which)
        .select([
          'r.id as response_id',
          'r.received_at',
          'r.period_id',
          'r.service_point_id',
          sql<boolean>`r.comment is not null`.as('has_comment'),
          lowFactorsSql(versions, answers, version).as('low_factors'),
          lowItemsSql(versions, answers, version).as('low_items'),
        ])
        .as('x'),
    )
    .select(['response_id', 'received_at', 'period_id', 'service_point_id', 'has_comment', 'low_factors', 'low_items'])
    .where((w) => w.or([w('has_comment', '=', true), sql<boolean>`cardinality(low_factors) > 0`]));
}

/**
 * Examines queued responses (see the follow_ups migration): those with a comment or a low score
 * become items. `limit` takes a batch of the queue, skipping rows another instance is examining;
 * `id` takes that one response, waiting for whoever holds it. Returns how many were taken off the
 * queue; deleting them in the same statement that stores the items means none is examined twice.
 */
export async function examinePending(
  db: Kysely<Database>,
  versions: ScoredVersion[],
  which: { limit: number } | { id: string },
): Promise<number> {
  const row = await db
    .with('taken', (qb) =>
      qb
        .deleteFrom('follow_up_pending')
        .where('response_id', 'in', (eb) => {
          const queued = eb.selectFrom('follow_up_pending').select('response_id');
          return 'id' in which
            ? queued.where('response_id', '=', which.id).forUpdate()
            : queued.limit(which.limit).forUpdate().skipLocked();
        })
        .returning('response_id'),
    )
    .with('stored', (qb) =>
      qb
        .insertInto('response_follow_ups')
        .columns(['response_id', 'received_at', 'period_id', 'service_point_id', 'has_comment', 'low_factors', 'low_items'])
        .expression(examined(db, versions, sql<boolean>`r.id in (select response_id from taken)`))
        .onConflict((oc) => oc.column('response_id').doNothing())
        .returning('response_id'),
    )
    .selectFrom('taken')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Every item: those stored, and those of responses still queued, examined here by the same rule
 * and left queued, so a read is complete whether or not the follow-up job has run (and writes nothing).
 */
function allItems(db: Kysely<Database>, versions: ScoredVersion[]) {
  const stored = db
    .selectFrom('response_follow_ups')
    .select([
      'response_id',
      'received_at',
      'period_id',
      'service_point_id',
      'has_comment',
      'low_factors',
      'low_items',
      'status',
      'note',
      'action',
      'acknowledged_by',
      'acknowledged_at',
      'closed_by',
      'closed_at',
    ]);
  const queued = examined(
    db,
    versions,
    sql<boolean>`r.id in (select q.response_id from follow_up_pending q where not exists (select 1 from response_follow_ups s where s.response_id = q.response_id))`,
  ).select([
    sql.lit<Selectable<ResponseFollowUpsTable>['status']>('open').as('status'),
    sql<string | null>`null::text`.as('note'),
    sql<string | null>`null::text`.as('action'),
    sql<number | null>`null::int`.as('acknowledged_by'),
    sql<Date | null>`null::timestamptz`.as('acknowledged_at'),
    sql<number | null>`null::int`.as('closed_by'),
    sql<Date | null>`null::timestamptz`.as('closed_at'),
  ]);
  return stored.unionAll(queued);
}

/** The items in scope that pass the kind and factor filters. */
function items(db: Kysely<Database>, versions: ScoredVersion[], f: CommentFilters) {
  return (
    db
      .selectFrom(allItems(db, versions).as('f'))
      .innerJoin('service_points as sp', 'sp.id', 'f.service_point_id')
      .innerJoin('units as u', 'u.id', 'sp.unit_id')
      .where('u.path', 'like', `${f.unitPath}%`)
      // An excluded response's comment leaves the page with its figures (api/src/quality).
      .where(counted('f.response_id'))
      .$if(f.periodIds !== undefined, (q) => q.where('f.period_id', 'in', f.periodIds!))
      .$if(f.id !== undefined, (q) => q.where('f.response_id', '=', f.id!))
      .$if(f.kind === 'comment', (q) => q.where('f.has_comment', '=', true))
      .$if(f.kind === 'low', (q) => q.where(sql<boolean>`cardinality(f.low_factors) > 0`))
      .$if(f.factor !== undefined, (q) => q.where(sql<boolean>`${f.factor} = any(f.low_factors)`))
  );
}

export async function listComments(db: Kysely<Database>, versions: ScoredVersion[], f: CommentFilters, limit: number) {
  return (
    items(db, versions, f)
      .innerJoin('responses as r', 'r.id', 'f.response_id')
      .innerJoin('survey_periods as p', 'p.id', 'f.period_id')
      .leftJoin('users as ua', 'ua.id', 'f.acknowledged_by')
      .leftJoin('users as uc', 'uc.id', 'f.closed_by')
      .select([
        'f.response_id as id',
        'f.received_at as receivedAt',
        'f.period_id as periodId',
        'p.code as period',
        'f.service_point_id as servicePointId',
        'sp.code as servicePointCode',
        'sp.name as servicePointName',
        'u.id as unitId',
        'u.name as unitName',
        'r.respondent_type as respondentType',
        'r.channel',
        'r.comment',
        'f.low_factors as lowFactors',
        'f.low_items as lowItems',
        'f.status',
        'f.note',
        'f.action',
        'ua.username as acknowledgedBy',
        'f.acknowledged_at as acknowledgedAt',
        'uc.username as closedBy',
        'f.closed_at as closedAt',
      ])
      .$if(f.status === 'open', (q) => q.where('f.status', '<>', 'closed'))
      .$if(f.status === 'closed', (q) => q.where('f.status', '=', 'closed'))
      // Keyset: strictly older than the last item shown, ties on the receipt time broken by id.
      .$if(f.before !== undefined, (q) =>
        // The item shown last may still be queued: its receipt time is the response's.
        q.where(sql<boolean>`(f.received_at, f.response_id) < (select received_at, id from responses where id = ${f.before})`),
      )
      .orderBy('f.received_at', 'desc')
      .orderBy('f.response_id', 'desc')
      .limit(limit)
      .execute()
  );
}

export type CommentRow = Awaited<ReturnType<typeof listComments>>[number];

/** How many items of each follow-up status the filters match, whatever the status filter says. */
export async function countByStatus(db: Kysely<Database>, versions: ScoredVersion[], f: CommentFilters) {
  const rows = await items(db, versions, f)
    .select(['f.status', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('f.status')
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
    .where(counted('responses.id'))
    .groupBy(['service_point_id', 'period_id'])
    .execute();
  return new Map(found.map((r) => [groupKey(r), Number(r.n)]));
}

export const groupKey = (r: { servicePointId: number; periodId: number }) => `${r.servicePointId}:${r.periodId}`;

/** Every stored questionnaire version's id (their definitions come from the app's cache). */
export async function listVersionIds(db: Kysely<Database>): Promise<number[]> {
  return (await db.selectFrom('questionnaire_versions').select('id').orderBy('id').execute()).map((r) => r.id);
}

/** The materialised path of the unit whose counter received the response. */
export async function findResponseUnitPath(db: Kysely<Database>, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('responses as r')
    .innerJoin('service_points as sp', 'sp.id', 'r.service_point_id')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .select('u.path')
    .where('r.id', '=', id)
    .executeTakeFirst();
  return row?.path;
}

/** An item's follow-up state, locked until the transaction ends so changes to it queue up. */
export async function lockFollowUp(db: Kysely<Database>, id: string): Promise<FollowUpState | undefined> {
  return db
    .selectFrom('response_follow_ups')
    .select(['status', 'note', 'action', 'acknowledged_by', 'acknowledged_at', 'closed_by', 'closed_at'])
    .where('response_id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export type FollowUpState = Pick<
  Selectable<ResponseFollowUpsTable>,
  'status' | 'note' | 'action' | 'acknowledged_by' | 'acknowledged_at' | 'closed_by' | 'closed_at'
>;

export async function saveFollowUp(db: Kysely<Database>, responseId: string, state: FollowUpState, now: Date): Promise<void> {
  await db
    .updateTable('response_follow_ups')
    .set({ ...state, updated_at: now })
    .where('response_id', '=', responseId)
    .execute();
}
