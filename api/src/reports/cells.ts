// Reads a period's raw responses (never the summaries) at the finest grain a report needs:
// counter × questionnaire version × respondent type × channel. Score sums are added as numeric,
// which is exact and order-free, so a recount gives the same sums to the last digit.
import { type Kysely, sql } from 'kysely';
import type { Channel, Database, RespondentType } from '@sipas/db';
import { notApplicable, scaleLevels } from '../shared/scale';
import type { LevelColumns } from '../stats/queries';
import { counted } from '../quality/counted';

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

export interface ItemCell extends CellKey, LevelColumns {
  position: number;
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

/**
 * One pass over the period's responses. Positions are read by subscript (answers[i]) rather than
 * by unnesting the arrays, which would multiply the rows by the number of items.
 */
export async function readCells(db: Kysely<Database>, periodIds: number[]) {
  const { items: itemCount, factors: factorCount } = await widestVersion(db);
  const levels = [notApplicable, ...scaleLevels];
  const itemColumns = Array.from({ length: itemCount }, (_, i) =>
    levels.map((l) => sql`count(*) filter (where r.answers[${sql.lit(i + 1)}] = ${sql.lit(l)})::int as ${sql.ref(`a${i + 1}_${l}`)}`),
  ).flat();
  const factorColumns = Array.from({ length: factorCount }, (_, j) => {
    const f = sql`r.factor_scores[${sql.lit(j + 1)}]`;
    return [
      sql`count(${f})::int as ${sql.ref(`f${j + 1}_n`)}`,
      sql`coalesce(sum(${f}::numeric), 0) as ${sql.ref(`f${j + 1}_s`)}`,
      sql`coalesce(sum((${f} * ${f})::numeric), 0) as ${sql.ref(`f${j + 1}_q`)}`,
    ];
  }).flat();
  const { rows } = await sql<TotalCell & Record<string, number>>`
    select ${key}, count(*)::int as responses, count(r.score)::int as n,
           coalesce(sum(r.score::numeric), 0) as sum, coalesce(sum((r.score * r.score)::numeric), 0) as "sumSq",
           ${sql.join([...itemColumns, ...factorColumns])}
    from responses r where r.period_id = any(${periodIds}::int[]) and ${counted('r.id')} group by ${groupKey}`.execute(db);
  const totals: TotalCell[] = [];
  const items: ItemCell[] = [];
  const factors: FactorCell[] = [];
  for (const row of rows) {
    const cell = { servicePointId: row.servicePointId, version: row.version, respondentType: row.respondentType, channel: row.channel };
    totals.push({ ...cell, responses: row.responses, n: row.n, sum: row.sum, sumSq: row.sumSq });
    for (let i = 1; i <= itemCount; i++) {
      const at = (level: number) => row[`a${i}_${level}`] ?? 0;
      if (levels.some((l) => at(l) > 0))
        items.push({ ...cell, position: i, na: at(0), l1: at(1), l2: at(2), l3: at(3), l4: at(4), l5: at(5) });
    }
    for (let j = 1; j <= factorCount; j++) {
      const n = row[`f${j}_n`]!;
      if (n > 0) factors.push({ ...cell, position: j, n, sum: row[`f${j}_s`]!, sumSq: row[`f${j}_q`]! });
    }
  }
  return { totals, items, factors };
}

/** The most items and factors any questionnaire version has: how many positions to read. */
async function widestVersion(db: Kysely<Database>) {
  const { rows } = await sql<{ items: number; factors: number }>`
    select coalesce(max((select sum(jsonb_array_length(f -> 'items')) from jsonb_array_elements(v.definition -> 'factors') f)), 0)::int as items,
           coalesce(max(jsonb_array_length(v.definition -> 'factors')), 0)::int as factors
    from questionnaire_versions v`.execute(db);
  return rows[0] ?? { items: 0, factors: 0 };
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
    from responses r where r.period_id = any(${periodIds}::int[]) and r.comment is not null and ${counted('r.id')}`;
  // One pass: the latest few of each counter and factor, each row carrying its group's count.
  const { rows } = await sql<CommentExample & { count: number }>`
    select "servicePointId", version, factor, text, "receivedAt", count from (
      select c.service_point_id as "servicePointId", c.questionnaire_version_id as version, c.factor, c.comment as text,
             to_char(c.received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "receivedAt",
             count(*) over (partition by c.service_point_id, c.questionnaire_version_id, c.factor)::int as count,
             row_number() over (partition by c.service_point_id, c.questionnaire_version_id, c.factor order by c.received_at desc, c.id) as rank
      from (${commented}) c
    ) x where rank <= ${examplesEach}`.execute(db);
  const counts = new Map<string, CommentCount>();
  for (const { servicePointId, version, factor, count } of rows)
    counts.set(`${servicePointId}|${version}|${factor}`, { servicePointId, version, factor, count });
  return { counts: [...counts.values()], examples: rows.map(({ count: _, ...example }) => example) };
}

export async function readTree(db: Kysely<Database>) {
  const units = await db.selectFrom('units').select(['id', 'parent_id as parentId', 'path', 'name']).orderBy('id').execute();
  const servicePoints = await db.selectFrom('service_points').select(['id', 'code', 'name', 'unit_id as unitId']).orderBy('code').execute();
  return { units, servicePoints };
}

export type Tree = Awaited<ReturnType<typeof readTree>>;
