// The rankings a report prints, complete: every active unit and counter of the scope is listed,
// those without responses or under the minimum n marked so instead of left out, each with the
// sample the Ministry's guide recommends for the transactions entered and the response rate.
// Computed from the content's stored sums, so a frozen report recounts to the same figures.
import { groupSample } from '../stats/overview';
import { rankGroups } from '../stats/report';
import type { ReportContent, UnitEntry } from './content';
import { addSums, type Sums, toAggregates } from './sums';

/** ranked; "small": under the minimum n (dưới n tối thiểu); "none": no responses (chưa khảo sát). */
export type Standing = 'ranked' | 'small' | 'none';

export interface SampleFigures {
  transactions: number;
  /** N / (1 + N·0,05²), rounded up. */
  recommended: number;
  responses: number;
  /** Responses per transaction, in percent with two decimals. */
  responseRate: number;
  reached: boolean;
}

type Ranked = ReturnType<typeof rankGroups>[number];
export interface RankedRow extends Ranked {
  standing: Standing;
  sample: SampleFigures | null;
  /** For a counter: the unit it belongs to. */
  unitName?: string;
}

export const standingOf = (n: number, minN: number): Standing => (n === 0 ? 'none' : n < minN ? 'small' : 'ranked');

/** The same rule as the dashboard's ranking (stats/overview.ts). */
export function sampleOf(transactions: number | undefined, responses: number): SampleFigures | null {
  const sample = groupSample(transactions, responses);
  return sample && { ...sample, responses };
}

export interface LiveFacts {
  active: { units: Set<number>; servicePoints: Set<number> };
  transactions: Map<number, number>;
}

/** Units (each child's subtree, the unit's own counters under its own id) and counters of the unit's subtree. */
export function completeRankings(content: ReportContent, unit: UnitEntry, facts: LiveFacts) {
  const q = content.questionnaire.definition;
  const { target } = content.period;
  const { minN } = content.method;
  const pathOf = new Map(content.units.map((u) => [u.id, u.path]));
  const nameOf = new Map(content.units.map((u) => [u.id, u.name]));
  const points = content.servicePoints.filter(
    (sp) => pathOf.get(sp.unitId)?.startsWith(unit.path) && (facts.active.servicePoints.has(sp.id) || sp.sums.responses > 0),
  );
  const transactionsOf = (list: { id: number }[]) => {
    const counted = list.flatMap((sp) => facts.transactions.get(sp.id) ?? []);
    return counted.length ? counted.reduce((a, b) => a + b, 0) : undefined;
  };
  const rows = (groups: { key: string; label: string; sums: Sums; points: { id: number }[]; unitName?: string }[]): RankedRow[] => {
    const byKey = new Map(groups.map((g) => [g.key, g]));
    const ranked = rankGroups(
      q,
      new Map(groups.map((g) => [g.key, toAggregates(g.sums)])),
      new Map(groups.map((g) => [g.key, g.label])),
      target,
      minN,
    );
    return ranked.map((r) => {
      const g = byKey.get(r.key)!;
      return {
        ...r,
        standing: standingOf(r.n, minN),
        sample: sampleOf(transactionsOf(g.points), r.n),
        ...(g.unitName === undefined ? {} : { unitName: g.unitName }),
      };
    });
  };
  const children = content.units.filter((c) => c.parentId === unit.id && (facts.active.units.has(c.id) || c.sums.all.responses > 0));
  const own = points.filter((sp) => sp.unitId === unit.id);
  const units = rows([
    ...children.map((c) => ({
      key: String(c.id),
      label: c.name,
      sums: c.sums.all,
      points: points.filter((sp) => pathOf.get(sp.unitId)?.startsWith(c.path)),
    })),
    ...(own.length ? [{ key: String(unit.id), label: unit.name, sums: addSums(own.map((sp) => sp.sums)), points: own }] : []),
  ]);
  const servicePoints = rows(
    points.map((sp) => ({
      key: sp.code,
      label: `${sp.code} – ${sp.name}`,
      sums: sp.sums,
      points: [sp],
      unitName: nameOf.get(sp.unitId) ?? '',
    })),
  );
  return { units, servicePoints, sample: sampleOf(transactionsOf(points), unit.figures.overall.n) };
}
