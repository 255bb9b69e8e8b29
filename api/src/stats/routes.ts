// The dashboard's figures, all read for a scope (scope.ts): GET /api/admin/stats (a period's
// figures, optionally by group), /days (responses per day), /trend (the figures period by period)
// and /expectations (what respondents want prioritised).
import { Hono } from 'hono';
import type { AppEnv } from '../context';
import { ApiError, invalidInput } from '../errors';
import { activeVersion } from '../questionnaires/cache';
import { valid } from '../validate';
import { countByDay } from './days';
import { tallyExpectations } from './expectations';
import { overview } from './overview';
import type { StatsScope } from './queries';
import { field, groupBy, minN, refuseFieldWithServicePoint, resolveScope, resolveUnit, scopeBody, scopeQuery } from './scope';
import { figuresByPeriod } from './trend';

const overviewQuery = scopeQuery.extend({ field, by: groupBy, minN });
const daysQuery = scopeQuery;
// Every period that has begun, so no period to name.
const trendQuery = scopeQuery.omit({ period: true }).extend({ field, minN });
// Read from the raw responses, by unit and respondent type only.
const expectationsQuery = scopeQuery.pick({ period: true, unit: true, respondentType: true });

export const stats = new Hono<AppEnv>()
  .get('/', valid('query', overviewQuery), async (c) => {
    const { db, questionnaires } = c.var.deps;
    const params = c.req.valid('query');
    const byCounter = params.servicePoint !== undefined || params.by === 'servicePoint';
    if (byCounter && (params.field !== undefined || params.by === 'field')) refuseFieldWithServicePoint();
    // A unit manager sees their own subtree only: 403 outside it, and it is the default unit.
    const { code, periods, periodIds, first, last, unit, servicePointId } = await resolveScope(db, c.var.user, params);
    const q = (await activeVersion(db, questionnaires)).definition;
    const profileQuestion = params.by?.startsWith('profile:') ? params.by.slice('profile:'.length) : undefined;
    if (profileQuestion && ![...q.profile.citizen, ...q.profile.organization].some((p) => p.code === profileQuestion)) {
      throw invalidInput([{ path: 'by', message: `the questionnaire has no profile question ${profileQuestion}` }]);
    }
    const scope: StatsScope = { ...params, by: params.by as StatsScope['by'], periodIds, unit, servicePointId };
    const figures = await overview(db, questionnaires, q, scope, code, last.target, params.minN);
    const body = {
      period: code,
      periods: periods.map((p) => p.code),
      status: last.status,
      startsOn: first.startsOn,
      endsOn: last.endsOn,
      target: last.target,
      minN: params.minN,
      scope: { ...scopeBody(unit, params), field: params.field ?? null },
      ...figures.overall,
    };
    return c.json(figures.groups ? { ...body, by: params.by, groups: figures.groups } : body);
  })
  .get('/days', valid('query', daysQuery), async (c) => {
    const { db } = c.var.deps;
    const params = c.req.valid('query');
    const { code, periodIds, first, last, unit, servicePointId } = await resolveScope(db, c.var.user, params);
    return c.json({
      period: code,
      startsOn: first.startsOn,
      endsOn: last.endsOn,
      scope: scopeBody(unit, params),
      days: await countByDay(db, { ...params, periodIds, unit, servicePointId }),
    });
  })
  .get('/trend', valid('query', trendQuery), async (c) => {
    const { db, questionnaires } = c.var.deps;
    const params = c.req.valid('query');
    if (params.servicePoint !== undefined && params.field !== undefined) refuseFieldWithServicePoint();
    const { unit, servicePointId } = await resolveUnit(db, c.var.user, params);
    const q = (await activeVersion(db, questionnaires)).definition;
    return c.json({
      scope: { ...scopeBody(unit, params), field: params.field ?? null },
      minN: params.minN,
      periods: await figuresByPeriod(db, questionnaires, q, { ...params, unit, servicePointId }, params.minN),
    });
  })
  .get('/expectations', valid('query', expectationsQuery), async (c) => {
    const { db, questionnaires } = c.var.deps;
    const params = c.req.valid('query');
    const { code, periodIds, unit } = await resolveScope(db, c.var.user, params);
    const spec = (await activeVersion(db, questionnaires)).definition.expectations;
    if (!spec) throw new ApiError(409, 'no_expectations', 'The active questionnaire asks no expectation questions.');
    return c.json({
      period: code,
      scope: { unit: scopeBody(unit, params).unit, respondentType: params.respondentType ?? null },
      ...(await tallyExpectations(db, spec, { periodIds, unitPath: unit.path, respondentType: params.respondentType })),
    });
  });
