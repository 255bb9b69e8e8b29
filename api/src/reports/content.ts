// What a report says, as one plain JSON document: the sums it rests on and the figures computed
// from them with the stats API's own functions, per unit. A closed period stores this document.
import type { FrozenExclusion } from '../quality/exclusion';
import type { Questionnaire } from '../shared/questionnaire';
import { satisfiedLevels } from '../shared/scale';
import { compareStats, computeStats, type Stats } from '../stats/compute';
import { rankGroups } from '../stats/report';
import type { Tree } from './cells';
import { type CommentSummary, commentsFor, type CommentRows } from './comment-summary';
import { addSums, type GroupSums, type Sums, toAggregates } from './sums';

export const contentFormat = 1;

export interface PeriodInfo {
  /** A half (2026-H1) or a year (2026). */
  code: string;
  periods: string[];
  startsOn: string;
  endsOn: string;
  target: number;
}

export interface Method {
  minN: number;
  target: number;
  /** Levels that count as satisfied. */
  satisfiedLevels: number[];
  confidencePercent: number;
  weights: { factors: Record<string, number>; items: Record<string, number> };
}

type Ranked = ReturnType<typeof rankGroups>;

export interface UnitFigures {
  overall: Stats;
  byRespondentType: Ranked;
  byChannel: Ranked;
  units: Ranked;
  servicePoints: Ranked;
  previous: ({ period: string; n: number } & ReturnType<typeof compareStats>) | null;
  comments: CommentSummary;
}

export interface UnitEntry {
  id: number;
  parentId: number | null;
  path: string;
  name: string;
  sums: GroupSums;
  figures: UnitFigures;
}

export interface PointEntry {
  id: number;
  code: string;
  name: string;
  unitId: number;
  sums: Sums;
}

export interface ReportContent {
  format: number;
  period: PeriodInfo;
  method: Method;
  questionnaire: { id: number; code: string; definition: Questionnaire };
  /** Every questionnaire version the period's responses answered. */
  answeredVersions: { id: number; code: string }[];
  units: UnitEntry[];
  servicePoints: PointEntry[];
  /** Comment counts and the latest few per counter and factor, from which each unit's summary comes. */
  comments: CommentRows;
  /** Responses left out of every figure by a province administrator's decision (api/src/quality); absent in older snapshots. */
  exclusions?: FrozenExclusion[];
}

export function methodOf(q: Questionnaire, target: number, minN: number): Method {
  return {
    minN,
    target,
    satisfiedLevels: [...satisfiedLevels],
    confidencePercent: 95,
    weights: {
      factors: Object.fromEntries(q.factors.map((f) => [f.code, f.weight])),
      items: Object.fromEntries(q.factors.flatMap((f) => f.items.map((i) => [i.code, i.weight]))),
    },
  };
}

export interface ContentInput {
  period: PeriodInfo;
  questionnaire: ReportContent['questionnaire'];
  answeredVersions: ReportContent['answeredVersions'];
  minN: number;
  tree: Tree;
  units: Map<number, GroupSums>;
  points: Map<number, Sums>;
  comments: CommentRows;
  previous: { period: string; units: Map<number, Sums> } | null;
  labels: { respondentType: Map<string, string>; channel: Map<string, string> };
}

export function buildContent(input: ContentInput): ReportContent {
  const q = input.questionnaire.definition;
  const { target } = input.period;
  const minN = input.minN;
  const ranked = (entries: [string, Sums][], labels: Map<string, string>) =>
    rankGroups(q, new Map(entries.filter(([, s]) => s.responses > 0).map(([k, s]) => [k, toAggregates(s)])), labels, target, minN);
  const pathOf = new Map(input.tree.units.map((u) => [u.id, u.path]));
  const unitNames = new Map(input.tree.units.map((u) => [String(u.id), u.name]));
  const pointLabels = new Map(input.tree.servicePoints.map((sp) => [sp.code, `${sp.code} – ${sp.name}`]));

  // The stored summary keeps the rule snapshots were frozen with, so that recounting an earlier
  // snapshot still matches it (verify.ts). It is never shown: the report route makes each reader's
  // summary again from `comments` with comments/readers.ts.
  const unitOfPoint = new Map(input.tree.servicePoints.map((sp) => [sp.id, sp.unitId]));
  const frozenQuotable = (u: { id: number }) => (pointId: number) => {
    const owner = unitOfPoint.get(pointId)!;
    return owner === u.id || (input.units.get(owner)?.all.responses ?? 0) >= minN;
  };
  const units = input.tree.units.map((u): UnitEntry => {
    const sums = input.units.get(u.id)!;
    const own = input.tree.servicePoints.filter((sp) => sp.unitId === u.id).map((sp) => input.points.get(sp.id)!);
    const children = input.tree.units.filter((c) => c.parentId === u.id);
    const inSubtree = input.tree.servicePoints.filter((sp) => pathOf.get(sp.unitId)?.startsWith(u.path));
    const previous = input.previous && (input.previous.units.get(u.id) ?? emptySums());
    return {
      ...u,
      sums,
      figures: {
        overall: computeStats(q, toAggregates(sums.all), target, minN),
        byRespondentType: ranked(Object.entries(sums.byRespondentType), input.labels.respondentType),
        byChannel: ranked(Object.entries(sums.byChannel), input.labels.channel),
        // Like GET /api/admin/stats?by=unit: each child's subtree, and the unit's own counters under its own id.
        units: ranked(
          [
            ...children.map((c): [string, Sums] => [String(c.id), input.units.get(c.id)!.all]),
            ...(own.length ? [[String(u.id), addSums(own)] as [string, Sums]] : []),
          ],
          unitNames,
        ),
        servicePoints: ranked(
          inSubtree.map((sp) => [sp.code, input.points.get(sp.id)!]),
          pointLabels,
        ),
        previous: previous && {
          period: input.previous!.period,
          n: previous.responses,
          ...compareStats(q, toAggregates(sums.all), toAggregates(previous)),
        },
        comments: commentsFor(u, input.tree, input.comments, frozenQuotable(u)),
      },
    };
  });
  return {
    format: contentFormat,
    period: input.period,
    method: methodOf(q, target, minN),
    questionnaire: input.questionnaire,
    answeredVersions: input.answeredVersions,
    units,
    servicePoints: input.tree.servicePoints.map((sp) => ({ ...sp, sums: input.points.get(sp.id)! })),
    comments: input.comments,
  };
}

export const emptySums = (): Sums => ({ responses: 0, index: { n: 0, sum: 0, sumSq: 0 }, factors: {}, items: {} });
