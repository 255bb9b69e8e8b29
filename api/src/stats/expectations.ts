// What respondents want the state to prioritise (SIPAS.md §2): reported on its own, never
// mixed into satisfaction. Read from the raw responses in scope.
import { Hono } from 'hono';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '@sipas/db';
import { unitInScope } from '../auth/scope';
import { ApiError } from '../errors';
import type { AppEnv } from '../context';
import { respondentTypes } from '../shared/response';
import { valid } from '../validate';
import { findOpenPeriodCode, findPeriods } from '../periods/queries';
import { activeVersion } from '../questionnaires/cache';

const query = z.object({
  period: z.string().regex(/^[0-9]{4}(-H[12])?$/, 'a period code like 2026-H1, or a year for the full year').optional(),
  unit: z.coerce.number().int().positive().optional(),
  respondentType: z.enum(respondentTypes).optional(),
});

async function countExpectations(db: Kysely<Database>, periodIds: number[], unitPath: string, respondentType: string | undefined) {
  const type = respondentType ? sql`and r.respondent_type = ${respondentType}` : sql``;
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

export const expectations = new Hono<AppEnv>().get('/', valid('query', query), async (c) => {
  const { db, questionnaires } = c.var.deps;
  const params = c.req.valid('query');
  const code = params.period ?? (await findOpenPeriodCode(db));
  const periods = code ? await findPeriods(db, code) : [];
  if (!code || periods.length === 0) throw new ApiError(404, 'not_found', code ? `No survey period ${code}.` : 'No survey period is open.');
  const unit = await unitInScope(db, c.var.user, params.unit);
  const spec = (await activeVersion(db, questionnaires)).definition.expectations;
  if (!spec) throw new ApiError(409, 'no_expectations', 'The active questionnaire asks no expectation questions.');
  const counts = await countExpectations(db, periods.map((p) => p.id), unit.path, params.respondentType);
  const count = (item: string, level: string) => counts.levels.find((r) => r.item === item && r.level === level)?.n ?? 0;
  return c.json({
    period: code,
    scope: { unit: { id: unit.id, name: unit.name }, respondentType: params.respondentType ?? null },
    respondents: counts.respondents,
    levels: spec.levels.map((l) => ({ code: l.code, label: l.label.vi })),
    items: spec.items.map((item) => {
      const byLevel = Object.fromEntries(spec.levels.map((l) => [l.code, count(item.code, l.code)]));
      return { code: item.code, label: item.label.vi, answered: Object.values(byLevel).reduce((a, b) => a + b, 0), levels: byLevel };
    }),
  });
});
