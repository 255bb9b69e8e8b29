import { type Kysely, sql } from 'kysely';
import type { Database } from '@sipas/db';
import type { ScoreSums } from './math';

export interface StatsScope {
  periodId: number;
}

export async function findPeriod(db: Kysely<Database>, code: string | undefined) {
  const query = db.selectFrom('survey_periods').select(['id', 'code', 'status', 'target', 'starts_on as startsOn', 'ends_on as endsOn']);
  return code === undefined ? query.where('status', '=', 'open').executeTakeFirst() : query.where('code', '=', code).executeTakeFirst();
}

/** Answers per questionnaire version, item position (1-based) and level (0 = N/A). */
export async function countAnswers(db: Kysely<Database>, scope: StatsScope) {
  const { rows } = await sql<{ version: number; position: number; level: number; n: number }>`
    select r.questionnaire_version_id as version, a.position::int as position, a.level::int as level, count(*)::int as n
    from responses r cross join lateral unnest(r.answers) with ordinality as a(level, position)
    where r.period_id = ${scope.periodId} and a.level is not null
    group by 1, 2, 3`.execute(db);
  return rows;
}

/** n, Σs, Σs² of the factor scores per version and factor position. */
export async function sumFactorScores(db: Kysely<Database>, scope: StatsScope) {
  const { rows } = await sql<{ version: number; position: number } & ScoreSums>`
    select r.questionnaire_version_id as version, f.position::int as position,
           count(*)::int as n, sum(f.score)::float8 as sum, sum(f.score * f.score)::float8 as "sumSq"
    from responses r cross join lateral unnest(r.factor_scores) with ordinality as f(score, position)
    where r.period_id = ${scope.periodId} and f.score is not null
    group by 1, 2`.execute(db);
  return rows;
}

export async function sumIndexScores(db: Kysely<Database>, scope: StatsScope): Promise<ScoreSums & { responses: number }> {
  const row = await db
    .selectFrom('responses')
    .select([
      sql<number>`count(*)::int`.as('responses'),
      sql<number>`count(score)::int`.as('n'),
      sql<number>`coalesce(sum(score), 0)::float8`.as('sum'),
      sql<number>`coalesce(sum(score * score), 0)::float8`.as('sumSq'),
    ])
    .where('period_id', '=', scope.periodId)
    .executeTakeFirstOrThrow();
  return row;
}
