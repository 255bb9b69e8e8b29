// Turns summary rows into the stats API's figures: per group, overall, and against the previous period.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import type { QuestionnaireCache } from '../questionnaires/cache';
import type { Questionnaire } from '../shared/questionnaire';
import { type Aggregates, compareStats, computeStats, emptyAggregates, type LevelCounts } from './compute';
import { readSums, type StatsScope } from './queries';

/** Aggregates per group key ('' when not grouped), with item and factor codes resolved across versions. */
export async function aggregate(
  db: Kysely<Database>,
  questionnaires: QuestionnaireCache,
  scope: StatsScope,
): Promise<Map<string, Aggregates>> {
  const sums = await readSums(db, scope);
  const groups = new Map<string, Aggregates>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = emptyAggregates()));
    return g;
  };
  for (const t of sums.totals) {
    const g = group(t.key);
    g.responses += t.responses;
    g.indexSums = { n: g.indexSums.n + t.n, sum: g.indexSums.sum + t.sum, sumSq: g.indexSums.sumSq + t.sumSq };
  }
  for (const row of sums.items) {
    const version = await questionnaires.get(row.version);
    const code = version?.definition.factors.flatMap((f) => f.items)[row.position - 1]?.code;
    if (!code) continue;
    const counts = group(row.key).itemCounts;
    const c: LevelCounts = counts.get(code) ?? [0, 0, 0, 0, 0, 0];
    counts.set(code, [c[0] + row.na, c[1] + row.l1, c[2] + row.l2, c[3] + row.l3, c[4] + row.l4, c[5] + row.l5]);
  }
  for (const row of sums.factors) {
    const code = (await questionnaires.get(row.version))?.definition.factors[row.position - 1]?.code;
    if (!code) continue;
    const sumsByCode = group(row.key).factorSums;
    const s = sumsByCode.get(code) ?? { n: 0, sum: 0, sumSq: 0 };
    sumsByCode.set(code, { n: s.n + row.n, sum: s.sum + row.sum, sumSq: s.sumSq + row.sumSq });
  }
  // A unit's own counters come out as its total less its children's: nothing left, no group.
  for (const [key, g] of groups) if (key !== '' && g.responses <= 0) groups.delete(key);
  return groups;
}

export function mergeAggregates(parts: Iterable<Aggregates>): Aggregates {
  const total = emptyAggregates();
  for (const p of parts) {
    total.responses += p.responses;
    total.indexSums = {
      n: total.indexSums.n + p.indexSums.n,
      sum: total.indexSums.sum + p.indexSums.sum,
      sumSq: total.indexSums.sumSq + p.indexSums.sumSq,
    };
    for (const [code, c] of p.itemCounts) {
      const t = total.itemCounts.get(code) ?? [0, 0, 0, 0, 0, 0];
      total.itemCounts.set(code, t.map((v, i) => v + c[i]!) as LevelCounts);
    }
    for (const [code, s] of p.factorSums) {
      const t = total.factorSums.get(code) ?? { n: 0, sum: 0, sumSq: 0 };
      total.factorSums.set(code, { n: t.n + s.n, sum: t.sum + s.sum, sumSq: t.sumSq + s.sumSq });
    }
  }
  return total;
}

export interface GroupLabel {
  key: string;
  label: string;
}

/** Each group's figures; groups at or over minN are ranked by their index, the rest are not. */
export function rankGroups(q: Questionnaire, groups: Map<string, Aggregates>, labels: Map<string, string>, target: number, minN: number) {
  const rows = [...groups].map(([key, a]) => {
    const s = computeStats(q, a, target, minN);
    return { key, label: labels.get(key) ?? key, n: s.n, index: s.index, factors: s.factors, rank: null as number | null };
  });
  const ranked = rows
    .filter((r) => r.index.verdict !== 'insufficient' && r.index.value !== null)
    .sort((a, b) => b.index.value! - a.index.value! || a.label.localeCompare(b.label, 'vi'));
  ranked.forEach((r, i) => {
    // Equal values share a rank.
    const prev = ranked[i - 1];
    r.rank = prev && prev.index.value === r.index.value ? prev.rank : i + 1;
  });
  return rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.label.localeCompare(b.label, 'vi'));
}

export { compareStats, computeStats };
