// The dashboard's state lives in the URL query (?period=&unit=&respondentType=&channel=&field=), so
// a view can be shared and reloads the same. Pure: parsing, API paths and the choices offered.
import type { Channel, RespondentType, TrendEntry, UnitTree } from '@sipas/api/types';
import { channels, respondentTypes } from '@sipas/api/shared/limits';

/** What the dashboard ranks: the children of the unit in scope, or its counters. */
export type RankingBy = 'unit' | 'servicePoint';

export interface Filters {
  period?: string | undefined;
  unit?: number | undefined;
  respondentType?: RespondentType | undefined;
  channel?: Channel | undefined;
  field?: string | undefined;
}

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined => list.find((v) => v === value);

/** Reads the filters from a URL query; a value the API would refuse is dropped. */
export function readFilters(query: Record<string, string | undefined>): Filters {
  const unit = Number(query.unit);
  return {
    period: /^[0-9]{4}(-H[12])?$/.test(query.period ?? '') ? query.period : undefined,
    unit: Number.isInteger(unit) && unit > 0 ? unit : undefined,
    respondentType: oneOf(respondentTypes, query.respondentType),
    channel: oneOf(channels, query.channel),
    field: query.field && query.field.length <= 64 ? query.field : undefined,
  };
}

/** "?a=1&b=x", leaving out what is unset, in a fixed order so equal views have equal URLs. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const pagePath = (f: Filters) =>
  `/admin/${queryString({ period: f.period, unit: f.unit, respondentType: f.respondentType, channel: f.channel, field: f.field })}`;

const common = (f: Filters) => ({ unit: f.unit, respondentType: f.respondentType, channel: f.channel });

export const statsPath = (f: Filters & { period: string }, by: RankingBy | null) =>
  `/api/admin/stats${queryString({ period: f.period, ...common(f), field: f.field, by: by ?? undefined })}`;

export const trendPath = (f: Filters) => `/api/admin/stats/trend${queryString({ ...common(f), field: f.field })}`;

/** The per-day counts are not split by field of procedure (see api/src/stats/days.ts). */
export const daysPath = (f: Filters & { period: string }) => `/api/admin/stats/days${queryString({ period: f.period, ...common(f) })}`;

/** The period shown when the URL names none: the open one, else the latest that has begun. */
export function defaultPeriod(periods: Pick<TrendEntry, 'period' | 'status'>[]): string | undefined {
  return (periods.find((p) => p.status === 'open') ?? periods.at(-1))?.period;
}

/**
 * How to rank inside a unit: its child units when it has any, else its own counters. The counter
 * summaries are not split by field, so a field filter leaves a unit without children unranked.
 */
export function rankingBy(tree: UnitTree, unitId: number, field: string | undefined): RankingBy | null {
  if (tree.units.some((u) => u.parentId === unitId)) return 'unit';
  const unit = tree.units.find((u) => u.id === unitId);
  if (!unit || unit.servicePoints.length === 0 || field !== undefined) return null;
  return 'servicePoint';
}

export interface UnitChoice {
  id: number;
  name: string;
  depth: number;
  active: boolean;
}

/** The tree in order, each unit with its depth below the user's root (0 for the root). */
export function unitChoices(tree: UnitTree): UnitChoice[] {
  const root = tree.units.find((u) => u.id === tree.rootId);
  const rootDepth = root ? depthOf(root.path) : 1;
  return tree.units.map((u) => ({ id: u.id, name: u.name, depth: depthOf(u.path) - rootDepth, active: u.active }));
}

const depthOf = (path: string) => path.split('/').filter(Boolean).length;
