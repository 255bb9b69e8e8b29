// Additive sums per group, in a plain JSON form a snapshot can hold and a year can add up.
import type { Aggregates, LevelCounts } from '../stats/compute';
import { emptyAggregates } from '../stats/compute';
import type { ScoreSums } from '../stats/math';
import { mergeAggregates } from '../stats/report';
import type { Questionnaire } from '../shared/questionnaire';
import type { Cells, Tree } from './cells';

export interface Sums {
  responses: number;
  index: ScoreSums;
  factors: Record<string, ScoreSums>;
  /** Per item: [not applicable, level 1, …, level 5]. */
  items: Record<string, LevelCounts>;
}

export interface GroupSums {
  all: Sums;
  byRespondentType: Record<string, Sums>;
  byChannel: Record<string, Sums>;
}

export const toSums = (a: Aggregates): Sums => ({
  responses: a.responses,
  index: a.indexSums,
  factors: Object.fromEntries(a.factorSums),
  items: Object.fromEntries(a.itemCounts),
});

export const toAggregates = (s: Sums): Aggregates => ({
  responses: s.responses,
  indexSums: s.index,
  factorSums: new Map(Object.entries(s.factors)),
  itemCounts: new Map(Object.entries(s.items)),
});

export const addSums = (parts: Sums[]): Sums => toSums(mergeAggregates(parts.map(toAggregates)));

export function addGroupSums(parts: GroupSums[]): GroupSums {
  const keys = (pick: (g: GroupSums) => Record<string, Sums>) => [...new Set(parts.flatMap((p) => Object.keys(pick(p))))].sort();
  const byKey = (pick: (g: GroupSums) => Record<string, Sums>) =>
    Object.fromEntries(keys(pick).map((k) => [k, addSums(parts.flatMap((p) => pick(p)[k] ?? []))]));
  return {
    all: addSums(parts.map((p) => p.all)),
    byRespondentType: byKey((p) => p.byRespondentType),
    byChannel: byKey((p) => p.byChannel),
  };
}

type Codes = (version: number) => { items: string[]; factors: string[] } | undefined;

/** Codes by position for each questionnaire version the cells mention. */
export function codesOf(versions: Map<number, Questionnaire>): Codes {
  return (version) => {
    const q = versions.get(version);
    return q && { items: q.factors.flatMap((f) => f.items.map((i) => i.code)), factors: q.factors.map((f) => f.code) };
  };
}

/** One Aggregates per cell key: counter, version, respondent type, channel. */
function cellAggregates(cells: Cells, codes: Codes) {
  const byKey = new Map<string, { servicePointId: number; respondentType: string; channel: string; a: Aggregates }>();
  const cell = (c: { servicePointId: number; version: number; respondentType: string; channel: string }) => {
    const k = `${c.servicePointId}|${c.version}|${c.respondentType}|${c.channel}`;
    let entry = byKey.get(k);
    if (!entry)
      byKey.set(
        k,
        (entry = { servicePointId: c.servicePointId, respondentType: c.respondentType, channel: c.channel, a: emptyAggregates() }),
      );
    return entry.a;
  };
  for (const t of cells.totals) {
    const a = cell(t);
    a.responses += t.responses;
    a.indexSums = { n: t.n, sum: t.sum, sumSq: t.sumSq };
  }
  for (const row of cells.items) {
    const code = codes(row.version)?.items[row.position - 1];
    if (code) cell(row).itemCounts.set(code, [row.na, row.l1, row.l2, row.l3, row.l4, row.l5]);
  }
  for (const row of cells.factors) {
    const code = codes(row.version)?.factors[row.position - 1];
    if (code) cell(row).factorSums.set(code, { n: row.n, sum: row.sum, sumSq: row.sumSq });
  }
  return [...byKey.values()];
}

/** Sums per counter, and per unit over its whole subtree (with respondent-type and channel splits). */
export function sumsByGroup(tree: Tree, cells: Cells, codes: Codes) {
  const parts = cellAggregates(cells, codes);
  const unitOf = new Map(tree.servicePoints.map((sp) => [sp.id, sp.unitId]));
  const pathOf = new Map(tree.units.map((u) => [u.id, u.path]));
  const perPoint = new Map<number, Aggregates[]>();
  const perUnit = new Map<number, { all: Aggregates[]; rt: Map<string, Aggregates[]>; ch: Map<string, Aggregates[]> }>();
  const push = <K>(m: Map<K, Aggregates[]>, k: K, a: Aggregates) => m.set(k, [...(m.get(k) ?? []), a]);
  for (const p of parts) {
    push(perPoint, p.servicePointId, p.a);
    const path = pathOf.get(unitOf.get(p.servicePointId) ?? -1) ?? '';
    // Every unit on the counter's path counts it.
    for (const id of path.split('/').filter(Boolean).map(Number)) {
      let u = perUnit.get(id);
      if (!u) perUnit.set(id, (u = { all: [], rt: new Map(), ch: new Map() }));
      u.all.push(p.a);
      push(u.rt, p.respondentType, p.a);
      push(u.ch, p.channel, p.a);
    }
  }
  const merged = (m: Map<string, Aggregates[]>) =>
    Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, list]) => [k, toSums(mergeAggregates(list))]));
  const units = new Map<number, GroupSums>(
    tree.units.map((u) => {
      const g = perUnit.get(u.id);
      return [
        u.id,
        { all: toSums(mergeAggregates(g?.all ?? [])), byRespondentType: g ? merged(g.rt) : {}, byChannel: g ? merged(g.ch) : {} },
      ];
    }),
  );
  const points = new Map<number, Sums>(tree.servicePoints.map((sp) => [sp.id, toSums(mergeAggregates(perPoint.get(sp.id) ?? []))]));
  return { units, points };
}
