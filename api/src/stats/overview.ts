// The figures GET /api/admin/stats answers with: the scope's own, the change from the period
// before, the sample reached and, when grouped, every group ranked.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { findPeriods } from '../periods/queries';
import type { QuestionnaireCache } from '../questionnaires/cache';
import { previousPeriodCode } from '../shared/periods';
import type { Questionnaire } from '../shared/questionnaire';
import { groupLabels } from './labels';
import { recommendedSample } from './math';
import { groupTransactions, type StatsScope, sumTransactions } from './queries';
import { aggregate, compareStats, computeStats, mergeAggregates, rankGroups } from './report';

/** `code` is the period (or year) the scope's periodIds belong to; target in percent. */
export async function overview(
  db: Kysely<Database>,
  questionnaires: QuestionnaireCache,
  q: Questionnaire,
  scope: StatsScope,
  code: string,
  target: number,
  minN: number,
) {
  const groups = await aggregate(db, questionnaires, scope);
  const overall = mergeAggregates(groups.values());
  const figures = computeStats(q, overall, target, minN);

  const previousCode = previousPeriodCode(code);
  const previousPeriods = await findPeriods(db, previousCode);
  const previous = previousPeriods.length
    ? mergeAggregates(
        (await aggregate(db, questionnaires, { ...scope, by: undefined, periodIds: previousPeriods.map((p) => p.id) })).values(),
      )
    : undefined;

  const { transactions, servicePoints } = await sumTransactions(db, scope);
  const recommended = transactions > 0 ? recommendedSample(transactions) : null;

  return {
    overall: {
      ...figures,
      previous: previous ? { period: previousCode, n: previous.responses, ...compareStats(q, overall, previous) } : null,
      sample: recommended === null ? null : { transactions, servicePoints, recommended, reached: figures.n >= recommended },
    },
    groups: scope.by
      ? await withSamples(db, scope, rankGroups(q, groups, await groupLabels(db, scope.by, [...groups.keys()], q), target, minN))
      : undefined,
  };
}

/** A ranking by unit or counter carries each group's sample where transactions were entered (null elsewhere). */
async function withSamples<G extends { key: string; n: number }>(db: Kysely<Database>, scope: StatsScope, groups: G[]) {
  const transactions = await groupTransactions(db, scope);
  return groups.map((g) => ({ ...g, sample: groupSample(transactions.get(g.key), g.n) }));
}

/** The recommended sample for the transactions entered and responses per transaction, in percent. */
export function groupSample(transactions: number | undefined, responses: number) {
  if (transactions === undefined || transactions <= 0) return null;
  const recommended = recommendedSample(transactions);
  return {
    transactions,
    recommended,
    responseRate: Math.round((responses / transactions) * 10000) / 100,
    reached: responses >= recommended,
  };
}
