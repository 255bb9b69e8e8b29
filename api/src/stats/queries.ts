// Reads figures from the summaries plus the pending tail (see summaries.ts), in statements whose
// cost follows the number of summary cells in scope, not the number of responses.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Channel, Database, RespondentType } from '@sipas/db';
import type { ScoreSums } from './math';
import { counted } from '../quality/counted';
import { type Grain, grains, tables } from './summaries';

export const groupings = ['unit', 'servicePoint', 'respondentType', 'channel', 'field'] as const;
/** A grouping, or `profile:<question code>` (read from the raw responses: profiles are not summarised). */
export type GroupBy = (typeof groupings)[number] | `profile:${string}`;

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

export interface TotalRow extends ScoreSums {
  key: string;
  responses: number;
}
/** An item's answers by level: not applicable, then the five levels of shared/scale.ts. */
export interface LevelColumns {
  na: number;
  l1: number;
  l2: number;
  l3: number;
  l4: number;
  l5: number;
}
export interface ItemRow extends LevelColumns {
  key: string;
  version: number;
  position: number;
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
    .execute(async (trx) => {
      const own = await trx.selectFrom('service_points').select('id').where('unit_id', '=', scope.unit.id).limit(1).executeTakeFirst();
      const plan = scope.by?.startsWith('profile:') ? null : planFor(scope, own !== undefined);
      return {
        totals: (await totals(trx, scope, plan)).rows,
        items: (await itemCounts(trx, scope, plan)).rows,
        factors: (await factorSums(trx, scope, plan)).rows,
      };
    });
}

export interface Plan {
  grain: Grain;
  /** Summary rows in scope, each with its group key and a sign (−1 takes a child's rows out of its parent). */
  cells: RawBuilder<unknown>;
}

/**
 * Which summary rows answer a scope. Counter filters read counter cells; everything else reads
 * the unit roll-ups, so the province as a whole is one small set of rows.
 */
export function planFor(scope: StatsScope, scopeHasOwnCounters: boolean): Plan {
  const pointLevel = scope.servicePointId !== undefined || scope.by === 'servicePoint';
  const grain = pointLevel ? grains.point : scope.field !== undefined || scope.by === 'field' ? grains.unitField : grains.unit;
  const { cells } = tables(grain);
  const where = [sql`c.period_id = any(${scope.periodIds}::int[])`];
  if (scope.respondentType) where.push(sql`c.respondent_type = ${scope.respondentType}`);
  if (scope.channel) where.push(sql`c.channel = ${scope.channel}`);
  if (scope.field !== undefined) where.push(sql`c.field = ${scope.field}`);
  const common = sql.join(where, sql` and `);
  const columns = sql`c.id, c.n, c.score_n, c.score_sum, c.score_sumsq, c.questionnaire_version_id`;

  if (pointLevel) {
    const spFilter = scope.servicePointId !== undefined ? sql`sp.id = ${scope.servicePointId}` : sql`u.path like ${`${scope.unit.path}%`}`;
    return {
      grain,
      cells: sql`select ${key('c', scope)} as key, 1 as sign, ${columns}
        from ${cells} c ${joins('c')} where ${common} and ${spFilter}`,
    };
  }
  if (scope.by === 'unit') {
    const children = sql`(select id from units where parent_id = ${scope.unit.id})`;
    const childRows = sql`select c.unit_id::text as key, 1 as sign, ${columns} from ${cells} c where ${common} and c.unit_id in ${children}`;
    if (!scopeHasOwnCounters) return { grain, cells: childRows };
    // The scope unit's own counters: its subtree total less its children's.
    const own = String(scope.unit.id);
    return {
      grain,
      cells: sql`${childRows}
        union all select ${own}, 1, ${columns} from ${cells} c where ${common} and c.unit_id = ${scope.unit.id}
        union all select ${own}, -1, ${columns} from ${cells} c where ${common} and c.unit_id in ${children}`,
    };
  }
  return {
    grain,
    cells: sql`select ${key('c', scope)} as key, 1 as sign, ${columns} from ${cells} c where ${common} and c.unit_id = ${scope.unit.id}`,
  };
}

/** The scope's conditions on rows `alias` (responses, or summary rows with the same columns) joined to their counter sp and unit u. */
export function rowsInScope(alias: 'r' | 'x', scope: StatsScope): RawBuilder<unknown> {
  const a = sql.raw(alias);
  const parts = [sql`${a}.period_id = any(${scope.periodIds}::int[])`, sql`u.path like ${`${scope.unit.path}%`}`];
  if (scope.servicePointId !== undefined) parts.push(sql`${a}.service_point_id = ${scope.servicePointId}`);
  if (scope.respondentType) parts.push(sql`${a}.respondent_type = ${scope.respondentType}`);
  if (scope.channel) parts.push(sql`${a}.channel = ${scope.channel}`);
  if (scope.field !== undefined) parts.push(sql`coalesce(${a}.field, '') = ${scope.field}`);
  return sql.join(parts, sql` and `);
}

// Excluded responses are never pending; the raw reads (profile groupings) leave them out here.
const pendingFilter = (scope: StatsScope) => sql`${rowsInScope('r', scope)} and ${counted('r.id')}`;

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
    default:
      // profile:<code>; only raw responses (alias r) are read for these.
      return sql`coalesce(r.profile ->> ${scope.by.slice('profile:'.length)}, '')`;
  }
}

/** No summary rows: the raw responses alone answer. */
const none = sql`select ''::text as key, 1 as sign, 0 as id, 0 as n, 0 as score_n, 0::float8 as score_sum, 0::float8 as score_sumsq, 0 as questionnaire_version_id where false`;

const joins = (alias: 'c' | 'r') =>
  sql`join service_points sp on sp.id = ${sql.raw(alias)}.service_point_id join units u on u.id = sp.unit_id`;
const pending = sql`stats_pending p join responses r on r.id = p.response_id`;

/** With a plan: the summary rows plus the pending tail. Without: every raw response in scope. */
const tail = (plan: Plan | null) => (plan ? pending : sql`responses r`);

function totals(db: Kysely<Database>, scope: StatsScope, plan: Plan | null) {
  return sql<TotalRow>`
    select key, sum(n)::int as responses, sum(score_n)::int as n, sum(score_sum)::float8 as sum, sum(score_sumsq)::float8 as "sumSq"
    from (
      select c.key, c.sign * c.n as n, c.sign * c.score_n as score_n, c.sign * c.score_sum as score_sum, c.sign * c.score_sumsq as score_sumsq
      from (${plan ? plan.cells : none}) c
      union all
      select ${key('r', scope)}, 1, (r.score is not null)::int, coalesce(r.score, 0), coalesce(r.score * r.score, 0)
      from ${tail(plan)} ${joins('r')} where ${pendingFilter(scope)}
    ) x group by key`.execute(db);
}

function itemCounts(db: Kysely<Database>, scope: StatsScope, plan: Plan | null) {
  return sql<ItemRow>`
    select key, version, position::int as position, sum(na)::int as na, sum(l1)::int as l1, sum(l2)::int as l2,
           sum(l3)::int as l3, sum(l4)::int as l4, sum(l5)::int as l5
    from (
      select c.key, c.questionnaire_version_id as version, i.position, c.sign * i.na as na, c.sign * i.l1 as l1,
             c.sign * i.l2 as l2, c.sign * i.l3 as l3, c.sign * i.l4 as l4, c.sign * i.l5 as l5
      from (${plan ? plan.cells : none}) c join ${tables(plan?.grain ?? grains.unit).items} i on i.cell_id = c.id
      union all
      -- na and the five levels of shared/scale.ts
      select ${key('r', scope)}, r.questionnaire_version_id, a.position, (a.level = 0)::int, (a.level = 1)::int,
             (a.level = 2)::int, (a.level = 3)::int, (a.level = 4)::int, (a.level = 5)::int
      from ${tail(plan)} ${joins('r')} cross join lateral unnest(r.answers) with ordinality as a(level, position)
      where ${pendingFilter(scope)} and a.level is not null
    ) x group by key, version, position`.execute(db);
}

function factorSums(db: Kysely<Database>, scope: StatsScope, plan: Plan | null) {
  return sql<FactorRow>`
    select key, version, position::int as position, sum(n)::int as n, sum(total)::float8 as sum, sum(sumsq)::float8 as "sumSq"
    from (
      select c.key, c.questionnaire_version_id as version, f.position, c.sign * f.n as n, c.sign * f.sum as total, c.sign * f.sumsq as sumsq
      from (${plan ? plan.cells : none}) c join ${tables(plan?.grain ?? grains.unit).factors} f on f.cell_id = c.id
      union all
      select ${key('r', scope)}, r.questionnaire_version_id, s.position, 1, s.score, s.score * s.score
      from ${tail(plan)} ${joins('r')} cross join lateral unnest(r.factor_scores) with ordinality as s(score, position)
      where ${pendingFilter(scope)} and s.score is not null
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

/** Transactions entered per group of a ranking by unit or counter (the groups' keys), for each group's sample. */
export async function groupTransactions(db: Kysely<Database>, scope: StatsScope): Promise<Map<string, number>> {
  if (scope.by !== 'unit' && scope.by !== 'servicePoint') return new Map();
  const { rows } = await sql<{ key: string; transactions: number }>`
    select ${key('r', scope)} as key, sum(t.transactions)::int as transactions
    from service_point_transactions t join service_points sp on sp.id = t.service_point_id join units u on u.id = sp.unit_id
    where t.period_id = any(${scope.periodIds}::int[]) and u.path like ${`${scope.unit.path}%`}
    group by 1`.execute(db);
  return new Map(rows.map((r) => [r.key, r.transactions]));
}
