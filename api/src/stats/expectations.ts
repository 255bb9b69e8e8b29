// What respondents want the state to prioritise (SIPAS.md §2): reported on its own, never
// mixed into satisfaction. Read from the raw responses in scope.
import { type Kysely, sql } from 'kysely';
import type { Database, RespondentType } from '@sipas/db';
import { counted } from '../quality/counted';
import type { Questionnaire } from '../shared/questionnaire';

type Spec = NonNullable<Questionnaire['expectations']>;

interface ExpectationsScope {
  periodIds: number[];
  unitPath: string;
  respondentType?: RespondentType | undefined;
}

async function countExpectations(db: Kysely<Database>, { periodIds, unitPath, respondentType }: ExpectationsScope) {
  const type = sql`${respondentType ? sql`and r.respondent_type = ${respondentType}` : sql``} and ${counted('r.id')}`;
  const [levels, answered] = await Promise.all([
    sql<{ item: string; level: string; n: number }>`
      select e.key as item, e.value as level, count(*)::int as n
      from responses r join service_points sp on sp.id = r.service_point_id join units u on u.id = sp.unit_id
      cross join lateral jsonb_each_text(r.expectations) as e
      where r.period_id = any(${periodIds}::int[]) and u.path like ${`${unitPath}%`} ${type}
      group by 1, 2`.execute(db),
    sql<{ n: number }>`
      select count(*)::int as n
      from responses r join service_points sp on sp.id = r.service_point_id join units u on u.id = sp.unit_id
      where r.period_id = any(${periodIds}::int[]) and u.path like ${`${unitPath}%`} ${type}
        and r.expectations is not null and r.expectations <> '{}'::jsonb`.execute(db),
  ]);
  return { levels: levels.rows, respondents: answered.rows[0]?.n ?? 0 };
}

/** Respondents who answered any expectation, and per item how many chose each level (every level listed, 0 included). */
export async function tallyExpectations(db: Kysely<Database>, spec: Spec, scope: ExpectationsScope) {
  const counts = await countExpectations(db, scope);
  const count = (item: string, level: string) => counts.levels.find((r) => r.item === item && r.level === level)?.n ?? 0;
  return {
    respondents: counts.respondents,
    levels: spec.levels.map((l) => ({ code: l.code, label: l.label.vi })),
    items: spec.items.map((item) => {
      const byLevel = Object.fromEntries(spec.levels.map((l) => [l.code, count(item.code, l.code)]));
      return { code: item.code, label: item.label.vi, answered: Object.values(byLevel).reduce((a, b) => a + b, 0), levels: byLevel };
    }),
  };
}
