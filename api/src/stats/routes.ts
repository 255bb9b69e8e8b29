import { Hono } from 'hono';
import { z } from 'zod';
import { servicePointInScope, unitInScope } from '../auth/scope';
import { ApiError, invalidInput } from '../errors';
import type { AppEnv } from '../context';
import { findOpenPeriodCode, findPeriods } from '../periods/queries';
import { activeVersion } from '../questionnaires/cache';
import { channels, respondentTypes } from '../shared/response';
import { valid } from '../validate';
import { previousPeriodCode } from '../shared/periods';
import { groupLabels } from './labels';
import { recommendedSample } from './math';
import { defaultMinN } from './compute';
import { groupings, type StatsScope, sumTransactions } from './queries';
import { aggregate, compareStats, computeStats, mergeAggregates, rankGroups } from './report';

const query = z.object({
  period: z.string().regex(/^[0-9]{4}(-H[12])?$/, 'a period code like 2026-H1, or a year for the full year').optional(),
  unit: z.coerce.number().int().positive().optional(),
  servicePoint: z.string().min(1).max(32).optional(),
  respondentType: z.enum(respondentTypes).optional(),
  channel: z.enum(channels).optional(),
  field: z.string().max(64).optional(),
  by: z
    .string()
    .refine((v) => (groupings as readonly string[]).includes(v) || /^profile:[A-Za-z0-9_-]{1,32}$/.test(v), {
      message: `one of ${groupings.join(', ')}, or profile:<question> (e.g. profile:gender)`,
    })
    .optional(),
  minN: z.coerce.number().int().min(1).max(10000).default(defaultMinN),
});

export const stats = new Hono<AppEnv>().get('/', valid('query', query), async (c) => {
  const { db, questionnaires } = c.var.deps;
  const params = c.req.valid('query');
  const byCounter = params.servicePoint !== undefined || params.by === 'servicePoint';
  if (byCounter && (params.field !== undefined || params.by === 'field')) {
    // The counter-level summaries do not split by field; the unit roll-ups do.
    throw invalidInput([{ path: 'field', message: 'the field of procedure cannot be combined with a service point; use a unit' }]);
  }
  const code = params.period ?? (await findOpenPeriodCode(db));
  if (!code) throw new ApiError(404, 'not_found', 'No survey period is open; name one with ?period=.');
  const periods = await findPeriods(db, code);
  const last = periods.at(-1);
  if (!last) throw new ApiError(404, 'not_found', `No survey period ${code}.`);
  // A unit manager sees their own subtree only: 403 outside it, and it is the default unit.
  const unit = await unitInScope(db, c.var.user, params.unit);
  const servicePointId = params.servicePoint === undefined ? undefined : (await servicePointInScope(db, c.var.user, params.servicePoint)).id;
  const version = await activeVersion(db, questionnaires);
  const q = version.definition;
  const profileQuestion = params.by?.startsWith('profile:') ? params.by.slice('profile:'.length) : undefined;
  if (profileQuestion && ![...q.profile.citizen, ...q.profile.organization].some((p) => p.code === profileQuestion)) {
    throw invalidInput([{ path: 'by', message: `the questionnaire has no profile question ${profileQuestion}` }]);
  }

  const scope: StatsScope = { ...params, by: params.by as StatsScope['by'], periodIds: periods.map((p) => p.id), unit, servicePointId };
  const target = last.target;
  const groups = await aggregate(db, questionnaires, scope);
  const overall = mergeAggregates(groups.values());
  const figures = computeStats(q, overall, target, params.minN);

  const previousCode = previousPeriodCode(code);
  const previousPeriods = await findPeriods(db, previousCode);
  const previous = previousPeriods.length
    ? mergeAggregates((await aggregate(db, questionnaires, { ...scope, by: undefined, periodIds: previousPeriods.map((p) => p.id) })).values())
    : undefined;

  const { transactions, servicePoints } = await sumTransactions(db, scope);
  const recommended = transactions > 0 ? recommendedSample(transactions) : null;

  const body = {
    period: code,
    periods: periods.map((p) => p.code),
    status: last.status,
    startsOn: periods[0]!.startsOn,
    endsOn: last.endsOn,
    target,
    minN: params.minN,
    scope: {
      unit: { id: unit.id, name: unit.name },
      servicePoint: params.servicePoint?.toUpperCase() ?? null,
      respondentType: params.respondentType ?? null,
      channel: params.channel ?? null,
      field: params.field ?? null,
    },
    ...figures,
    previous: previous ? { period: previousCode, n: previous.responses, ...compareStats(q, overall, previous) } : null,
    sample: recommended === null ? null : { transactions, servicePoints, recommended, reached: figures.n >= recommended },
  };
  if (!params.by) return c.json(body);
  const labels = await groupLabels(db, scope.by!, [...groups.keys()], q);
  return c.json({ ...body, by: params.by, groups: rankGroups(q, groups, labels, target, params.minN) });
});
