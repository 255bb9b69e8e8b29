// The index and factors period by period (GET /api/admin/stats/trend), for the dashboard's trend
// chart: the same filters as /stats, every period that has begun, oldest first.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { findStartedPeriods } from '../periods/queries';
import type { QuestionnaireCache } from '../questionnaires/cache';
import type { Questionnaire } from '../shared/questionnaire';
import { computeStats, type Figure } from './compute';
import type { StatsScope } from './queries';
import { aggregate, mergeAggregates } from './report';

/** A figure without what only a single-period view needs (moreNeeded, n of the scores). */
const brief = (f: Figure) => ({ value: f.value, ci: f.ci, verdict: f.verdict });

export async function figuresByPeriod(
  db: Kysely<Database>,
  questionnaires: QuestionnaireCache,
  q: Questionnaire,
  scope: Omit<StatsScope, 'periodIds' | 'by'>,
  minN: number,
) {
  const periods = [];
  // One roll-up per period: a handful of periods, each read from the summaries plus the pending tail.
  for (const p of await findStartedPeriods(db)) {
    const groups = await aggregate(db, questionnaires, { ...scope, periodIds: [p.id] });
    const s = computeStats(q, mergeAggregates(groups.values()), p.target, minN);
    periods.push({
      period: p.code,
      status: p.status,
      target: p.target,
      n: s.n,
      index: brief(s.index),
      factors: s.factors.map((f) => ({ code: f.code, ...brief(f) })),
    });
  }
  return periods;
}
