// Reads figures from the summaries plus the pending tail (see summaries.ts), in statements whose
// cost follows the number of summary cells in scope, not the number of responses.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Channel, Database, RespondentType } from '@sipas/db';
import type { ScoreSums } from './math';
import { type Grain, grains } from './summaries';

export const groupings = ['unit', 'servicePoint', 'respondentType', 'channel', 'field'] as const;
export type GroupBy = (typeof groupings)[number];

export interface StatsScope {
  periodIds: number[];
  /** The unit whose subtree is in scope, with its materialised path. */
  unit: { id: number; path: string };
  servicePointId?: number | undefined;
  respondentType?: RespondentType | undefined;
  channel?: Channel | undefined;
  field?: string | undefined;
  by?: GroupBy | undefined;
}

export async function findPeriods(db: Kysely<Database>, code: string) {
  // "2026" is the full year: both of its halves.
  const query = db.selectFrom('survey_periods').select(['id', 'code', 'status', 'target', 'starts_on as startsOn', 'ends_on as endsOn']);
  return /^\d{4}$/.test(code) ? query.where('code', 'like', `${code}-H_`).orderBy('code').execute() : query.where('code', '=', code).execute();
}

export async function findOpenPeriodCode(db: Kysely<Database>): Promise<string | undefined> {
  return (await db.selectFrom('survey_periods').select('code').where('status', '=', 'open').executeTakeFirst())?.code;
}

export async function findUnit(db: Kysely<Database>, id: number | undefined) {
  const query = db.selectFrom('units').select(['id', 'path', 'name']);
  return id === undefined ? query.where('parent_id', 'is', null).orderBy('id').executeTakeFirst() : query.where('id', '=', id).executeTakeFirst();
}

export async function findServicePointId(db: Kysely<Database>, code: string): Promise<number | undefined> {
  return (await db.selectFrom('service_points').select('id').where('code', '=', code.toUpperCase()).executeTakeFirst())?.id;
}

export interface TotalRow extends ScoreSums {
  key: string;
  responses: number;
}
export interface ItemRow {
  key: string;
  version: number;
  position: number;
  na: number;
  l1: number;
  l2: number;
  l3: number;
  l4: number;
  l5: number;
}
export interface FactorRow extends ScoreSums {
  key: string;
  version: number;
  position: number;
}

/** All three reads in one snapshot, so a fold running meanwhile cannot skew them. */
export async function readSums(db: Kysely<Database>, scope: StatsScope) {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => ({
      totals: (await totals(trx, scope)).rows,
      items: (await itemCounts(trx, scope)).rows,
      factors: (await factorSums(trx, scope)).rows,
    }));
}

function grainFor(scope: StatsScope): Grain {
  return scope.field !== undefined || scope.by === 'field' ? grains[1] : grains[0];
}

/** The rows in scope, as `c` (a summary cell) or `r` (a pending response), with sp and u joined. */
function filter(alias: 'c' | 'r', scope: StatsScope): RawBuilder<unknown> {
  const a = sql.raw(alias);
  const parts = [sql`${a}.period_id = any(${scope.periodIds}::int[])`, sql`u.path like ${`${scope.unit.path}%`}`];
  if (scope.servicePointId !== undefined) parts.push(sql`${a}.service_point_id = ${scope.servicePointId}`);
  if (scope.respondentType) parts.push(sql`${a}.respondent_type = ${scope.respondentType}`);
  if (scope.channel) parts.push(sql`${a}.channel = ${scope.channel}`);
  if (scope.field !== undefined) parts.push(alias === 'c' ? sql`c.field = ${scope.field}` : sql`coalesce(r.field, '') = ${scope.field}`);
  return sql.join(parts, sql` and `);
}

function key(alias: 'c' | 'r', scope: StatsScope): RawBuilder<string> {
  const a = sql.raw(alias);
  switch (scope.by) {
    case undefined:
      return sql`''`;
    case 'servicePoint':
      return sql`sp.code`;
    case 'respondentType':
      return sql`${a}.respondent_type`;
    case 'channel':
      return sql`${a}.channel`;
    case 'field':
      return alias === 'c' ? sql`c.field` : sql`coalesce(r.field, '')`;
    case 'unit':
      // The child of the scope unit that holds the counter; its own counters keep its id.
      return sql`coalesce(nullif(split_part(substr(u.path, ${scope.unit.path.length + 1}), '/', 1), ''), ${String(scope.unit.id)})`;
  }
}

const joins = (alias: 'c' | 'r') =>
  sql`join service_points sp on sp.id = ${sql.raw(alias)}.service_point_id join units u on u.id = sp.unit_id`;
const pending = sql`stats_pending p join responses r on r.id = p.response_id`;

function totals(db: Kysely<Database>, scope: StatsScope) {
  const g = grainFor(scope);
  return sql<TotalRow>`
    select key, sum(n)::int as responses, sum(score_n)::int as n, sum(score_sum)::float8 as sum, sum(score_sumsq)::float8 as "sumSq"
    from (
      select ${key('c', scope)} as key, c.n, c.score_n, c.score_sum, c.score_sumsq
      from ${sql.table(g.cells)} c ${joins('c')} where ${filter('c', scope)}
      union all
      select ${key('r', scope)}, 1, (r.score is not null)::int, coalesce(r.score, 0), coalesce(r.score * r.score, 0)
      from ${pending} ${joins('r')} where ${filter('r', scope)}
    ) x group by key`.execute(db);
}

function itemCounts(db: Kysely<Database>, scope: StatsScope) {
  const g = grainFor(scope);
  return sql<ItemRow>`
    select key, version, position::int as position, sum(na)::int as na, sum(l1)::int as l1, sum(l2)::int as l2,
           sum(l3)::int as l3, sum(l4)::int as l4, sum(l5)::int as l5
    from (
      select ${key('c', scope)} as key, c.questionnaire_version_id as version, i.position, i.na, i.l1, i.l2, i.l3, i.l4, i.l5
      from ${sql.table(g.cells)} c join ${sql.table(g.items)} i on i.cell_id = c.id ${joins('c')} where ${filter('c', scope)}
      union all
      select ${key('r', scope)}, r.questionnaire_version_id, a.position, (a.level = 0)::int, (a.level = 1)::int,
             (a.level = 2)::int, (a.level = 3)::int, (a.level = 4)::int, (a.level = 5)::int
      from ${pending} ${joins('r')} cross join lateral unnest(r.answers) with ordinality as a(level, position)
      where ${filter('r', scope)} and a.level is not null
    ) x group by key, version, position`.execute(db);
}

function factorSums(db: Kysely<Database>, scope: StatsScope) {
  const g = grainFor(scope);
  return sql<FactorRow>`
    select key, version, position::int as position, sum(n)::int as n, sum(total)::float8 as sum, sum(sumsq)::float8 as "sumSq"
    from (
      select ${key('c', scope)} as key, c.questionnaire_version_id as version, f.position, f.n, f.sum as total, f.sumsq
      from ${sql.table(g.cells)} c join ${sql.table(g.factors)} f on f.cell_id = c.id ${joins('c')} where ${filter('c', scope)}
      union all
      select ${key('r', scope)}, r.questionnaire_version_id, s.position, 1, s.score, s.score * s.score
      from ${pending} ${joins('r')} cross join lateral unnest(r.factor_scores) with ordinality as s(score, position)
      where ${filter('r', scope)} and s.score is not null
    ) x group by key, version, position`.execute(db);
}

/** Procedures handled in scope (only counters with a figure entered count). */
export async function sumTransactions(db: Kysely<Database>, scope: StatsScope): Promise<{ transactions: number; servicePoints: number }> {
  const { rows } = await sql<{ transactions: number; servicePoints: number }>`
    select coalesce(sum(t.transactions), 0)::int as transactions, count(*)::int as "servicePoints"
    from service_point_transactions t join service_points sp on sp.id = t.service_point_id join units u on u.id = sp.unit_id
    where t.period_id = any(${scope.periodIds}::int[]) and u.path like ${`${scope.unit.path}%`}
      ${scope.servicePointId !== undefined ? sql`and sp.id = ${scope.servicePointId}` : sql``}`.execute(db);
  return rows[0] ?? { transactions: 0, servicePoints: 0 };
}
