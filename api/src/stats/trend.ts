// The index and factors period by period (GET /api/admin/stats/trend), for the dashboard's trend
// chart: the same filters as /stats, every period that has begun, oldest first.
import { Hono } from 'hono';
import { z } from 'zod';
import { servicePointInScope, unitInScope } from '../auth/scope';
import type { AppEnv } from '../context';
import { invalidInput } from '../errors';
import { findStartedPeriods } from '../periods/queries';
import { activeVersion } from '../questionnaires/cache';
import { channels, respondentTypes } from '../shared/response';
import { valid } from '../validate';
import type { Figure } from './compute';
import { aggregate, computeStats, mergeAggregates } from './report';
import { defaultMinN } from './compute';

const query = z.object({
  unit: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  servicePoint: z.string().min(1).max(32).optional(),
  respondentType: z.enum(respondentTypes).optional(),
  channel: z.enum(channels).optional(),
  field: z.string().max(64).optional(),
  minN: z.coerce.number().int().min(1).max(10000).default(defaultMinN),
});

/** A figure without what only a single-period view needs (moreNeeded, n of the scores). */
const brief = (f: Figure) => ({ value: f.value, ci: f.ci, verdict: f.verdict });

export const trend = new Hono<AppEnv>().get('/', valid('query', query), async (c) => {
  const { db, questionnaires } = c.var.deps;
  const params = c.req.valid('query');
  if (params.servicePoint !== undefined && params.field !== undefined) {
    // As on /stats: the counter-level summaries do not split by field.
    throw invalidInput([{ path: 'field', message: 'the field of procedure cannot be combined with a service point; use a unit' }]);
  }
  const unit = await unitInScope(db, c.var.user, params.unit);
  const servicePointId = params.servicePoint === undefined ? undefined : (await servicePointInScope(db, c.var.user, params.servicePoint)).id;
  const version = await activeVersion(db, questionnaires);

  const periods = [];
  // One roll-up per period: a handful of periods, each read from the summaries plus the pending tail.
  for (const p of await findStartedPeriods(db)) {
    const groups = await aggregate(db, questionnaires, { ...params, periodIds: [p.id], unit, servicePointId });
    const s = computeStats(version.definition, mergeAggregates(groups.values()), p.target, params.minN);
    periods.push({
      period: p.code,
      status: p.status,
      target: p.target,
      n: s.n,
      index: brief(s.index),
      factors: s.factors.map((f) => ({ code: f.code, ...brief(f) })),
    });
  }
  return c.json({
    scope: {
      unit: { id: unit.id, name: unit.name },
      servicePoint: params.servicePoint?.toUpperCase() ?? null,
      respondentType: params.respondentType ?? null,
      channel: params.channel ?? null,
      field: params.field ?? null,
    },
    minN: params.minN,
    periods,
  });
});
