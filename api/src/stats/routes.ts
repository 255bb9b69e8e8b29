import { Hono } from 'hono';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { ApiError } from '../errors';
import type { AppEnv } from '../context';
import type { QuestionnaireCache } from '../forms/questionnaires';
import { findActiveQuestionnaireId } from '../forms/queries';
import type { Questionnaire } from '../shared/questionnaire';
import { valid } from '../validate';
import { computeStats, type LevelCounts } from './compute';
import type { ScoreSums } from './math';
import { countAnswers, findPeriod, type StatsScope, sumFactorScores, sumIndexScores } from './queries';

export const defaultMinN = 30;

const query = z.object({
  period: z.string().regex(/^[0-9]{4}-H[12]$/, 'a period code like 2026-H1').optional(),
  minN: z.coerce.number().int().min(1).max(10000).default(defaultMinN),
});

export const stats = new Hono<AppEnv>().get('/', valid('query', query), async (c) => {
  const { db, questionnaires } = c.var.deps;
  const { period: code, minN } = c.req.valid('query');
  const period = await findPeriod(db, code);
  if (!period) throw new ApiError(404, 'not_found', code ? `No survey period ${code}.` : 'No survey period is open.');
  const versionId = await findActiveQuestionnaireId(db);
  const version = versionId === undefined ? undefined : await questionnaires.get(versionId);
  if (!version) throw new ApiError(409, 'no_active_questionnaire', 'No questionnaire is active.');
  const figures = await statsFor(db, questionnaires, version.definition, { periodId: period.id }, period.target, minN);
  return c.json({ period: { code: period.code, status: period.status, startsOn: period.startsOn, endsOn: period.endsOn }, minN, ...figures });
});

/** Gathers the additive inputs (by item and factor code, across versions) and computes. */
async function statsFor(
  db: Kysely<Database>,
  questionnaires: QuestionnaireCache,
  reference: Questionnaire,
  scope: StatsScope,
  target: number,
  minN: number,
) {
  const [answers, factorRows, index] = await Promise.all([
    countAnswers(db, scope),
    sumFactorScores(db, scope),
    sumIndexScores(db, scope),
  ]);
  const itemCounts = new Map<string, LevelCounts>();
  for (const row of answers) {
    const code = (await itemCodes(questionnaires, row.version))[row.position - 1];
    if (!code) continue;
    const counts = itemCounts.get(code) ?? [0, 0, 0, 0, 0, 0];
    counts[row.level] = (counts[row.level] ?? 0) + row.n;
    itemCounts.set(code, counts);
  }
  const factorSums = new Map<string, ScoreSums>();
  for (const row of factorRows) {
    const code = (await questionnaires.get(row.version))?.definition.factors[row.position - 1]?.code;
    if (!code) continue;
    const sums = factorSums.get(code) ?? { n: 0, sum: 0, sumSq: 0 };
    factorSums.set(code, { n: sums.n + row.n, sum: sums.sum + row.sum, sumSq: sums.sumSq + row.sumSq });
  }
  return computeStats({ questionnaire: reference, responses: index.responses, itemCounts, factorSums, indexSums: index, target, minN });
}

async function itemCodes(questionnaires: QuestionnaireCache, versionId: number): Promise<string[]> {
  const version = await questionnaires.get(versionId);
  return version ? version.definition.factors.flatMap((f) => f.items.map((i) => i.code)) : [];
}
