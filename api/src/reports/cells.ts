// Reads a period's raw responses (never the summaries) at the finest grain a report needs:
// counter × questionnaire version × respondent type × channel. Score sums are added as numeric,
// which is exact and order-free, so a recount gives the same sums to the last digit.
import { type Kysely, sql } from 'kysely';
import type { Channel, Database, RespondentType } from '@sipas/db';

export interface CellKey {
  servicePointId: number;
  version: number;
  respondentType: RespondentType;
  channel: Channel;
}

export interface TotalCell extends CellKey {
  responses: number;
  n: number;
  sum: number;
  sumSq: number;
}

export interface ItemCell extends CellKey {
  position: number;
  na: number;
  l1: number;
  l2: number;
  l3: number;
  l4: number;
  l5: number;
}

export interface FactorCell extends CellKey {
  position: number;
  n: number;
  sum: number;
  sumSq: number;
}

const key = sql`r.service_point_id as "servicePointId", r.questionnaire_version_id as version,
  r.respondent_type as "respondentType", r.channel`;
const groupKey = sql`r.service_point_id, r.questionnaire_version_id, r.respondent_type, r.channel`;

export async function readCells(db: Kysely<Database>, periodIds: number[]) {
  const inPeriods = sql`r.period_id = any(${periodIds}::int[])`;
  const totals = await sql<TotalCell>`
    select ${key}, count(*)::int as responses, count(r.score)::int as n,
           coalesce(sum(r.score::numeric), 0) as sum, coalesce(sum((r.score * r.score)::numeric), 0) as "sumSq"
    from responses r where ${inPeriods} group by ${groupKey}`.execute(db);
  const items = await sql<ItemCell>`
    select ${key}, a.position::int as position,
           count(*) filter (where a.level = 0)::int as na, count(*) filter (where a.level = 1)::int as l1,
           count(*) filter (where a.level = 2)::int as l2, count(*) filter (where a.level = 3)::int as l3,
           count(*) filter (where a.level = 4)::int as l4, count(*) filter (where a.level = 5)::int as l5
    from responses r cross join lateral unnest(r.answers) with ordinality as a(level, position)
    where ${inPeriods} and a.level is not null group by ${groupKey}, a.position`.execute(db);
  const factors = await sql<FactorCell>`
    select ${key}, f.position::int as position, count(*)::int as n,
           sum(f.score::numeric) as sum, sum((f.score * f.score)::numeric) as "sumSq"
    from responses r cross join lateral unnest(r.factor_scores) with ordinality as f(score, position)
    where ${inPeriods} and f.score is not null group by ${groupKey}, f.position`.execute(db);
  return { totals: totals.rows, items: items.rows, factors: factors.rows };
}

export type Cells = Awaited<ReturnType<typeof readCells>>;

export interface CommentCount {
  servicePointId: number;
  version: number;
  /** Position of the factor the respondent rated lowest, 0 when every factor was fully satisfied. */
  factor: number;
  count: number;
}

export interface CommentExample extends Omit<CommentCount, 'count'> {
  text: string;
  receivedAt: string;
}

// The factor a comment is filed under: the one its author was least satisfied with.
const lowestFactor = sql`coalesce((select s.position from unnest(r.factor_scores) with ordinality as s(score, position)
  where s.score < 1 order by s.score, s.position limit 1), 0)::int`;

/** Comments per counter and factor, and the latest few of each (the report quotes some). */
export async function readComments(db: Kysely<Database>, periodIds: number[], examplesEach = 3) {
  const commented = sql`select r.id, r.service_point_id, r.questionnaire_version_id, r.comment, r.received_at, ${lowestFactor} as factor
    from responses r where r.period_id = any(${periodIds}::int[]) and r.comment is not null`;
  const counts = await sql<CommentCount>`
    select c.service_point_id as "servicePointId", c.questionnaire_version_id as version, c.factor, count(*)::int as count
    from (${commented}) c group by 1, 2, 3`.execute(db);
  const examples = await sql<CommentExample>`
    select "servicePointId", version, factor, text, "receivedAt" from (
      select c.service_point_id as "servicePointId", c.questionnaire_version_id as version, c.factor, c.comment as text,
             to_char(c.received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "receivedAt",
             row_number() over (partition by c.service_point_id, c.questionnaire_version_id, c.factor order by c.received_at desc, c.id) as rank
      from (${commented}) c
    ) x where rank <= ${examplesEach}`.execute(db);
  return { counts: counts.rows, examples: examples.rows };
}

export async function readTree(db: Kysely<Database>) {
  const units = await db.selectFrom('units').select(['id', 'parent_id as parentId', 'path', 'name']).orderBy('id').execute();
  const servicePoints = await db.selectFrom('service_points').select(['id', 'code', 'name', 'unit_id as unitId']).orderBy('code').execute();
  return { units, servicePoints };
}

export type Tree = Awaited<ReturnType<typeof readTree>>;
