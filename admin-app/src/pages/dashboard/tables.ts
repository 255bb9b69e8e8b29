// The table behind each chart, as plain text: the page renders it and the CSV download writes the
// very same cells, so the file always holds exactly what the table shows.
import type { DayCount, FactorFigure, Group, GroupBy, ItemFigure, PeriodStatus, TrendEntry, Verdict } from '@sipas/api/types';
import type { Names } from './factors';
import { formatCount, formatDate, formatInterval, formatPercent } from '../../format';
import type { Lang } from '../../i18n';
import type { DashboardText } from './texts';
import { levels } from '../../series';

export interface Column {
  label: string;
  numeric?: boolean;
  /** Cells of this column are shown as a verdict badge (the row's verdict picks its colour). */
  verdict?: boolean;
}

export interface Row {
  key: string;
  cells: string[];
  verdict?: Verdict;
  /** A ranking row below target or with too few responses, marked for the eye. */
  tone?: 'below' | 'insufficient';
}

export interface TableModel {
  caption: string;
  columns: Column[];
  rows: Row[];
}

export interface Words {
  t: DashboardText;
  lang: Lang;
  names: Names;
  verdicts: Record<Verdict, string>;
  statuses: Record<PeriodStatus, string>;
}

/** Value, interval, n and verdict: the columns every figure table shares. */
function figureColumns({ t }: Words): Column[] {
  return [
    { label: t.columns.value, numeric: true },
    { label: t.columns.interval, numeric: true },
    { label: t.columns.n, numeric: true },
    { label: t.columns.verdict, verdict: true },
  ];
}

function figureCells(f: { value: number | null; ci: [number, number] | null; verdict: Verdict }, n: number, w: Words): string[] {
  return [formatPercent(f.value, w.lang), formatInterval(f.ci, w.lang), formatCount(n, w.lang), w.verdicts[f.verdict]];
}

export function factorTable(factors: FactorFigure[], w: Words): TableModel {
  return {
    caption: w.t.factors.caption,
    columns: [{ label: w.t.factors.factor }, ...figureColumns(w)],
    rows: factors.map((f) => ({ key: f.code, cells: [w.names.factor(f.code), ...figureCells(f, f.n, w)], verdict: f.verdict })),
  };
}

/** `flagged`: keys of rows holding a counter with data-quality flags, marked ⚑ (quality-marks.ts). */
export function rankingTable(groups: Group[], by: GroupBy, target: number, w: Words, flagged: ReadonlySet<string> = new Set()): TableModel {
  const { ranking } = w.t;
  // Only where transactions were entered for some group: the recommended sample needs them.
  const withSample = groups.some((g) => g.sample);
  const sampleCell = (g: Group) =>
    g.sample
      ? `${formatCount(g.n, w.lang)} / ${formatCount(g.sample.recommended, w.lang)} (${formatPercent(g.sample.responseRate, w.lang)})`
      : '—';
  return {
    caption: ranking.caption,
    columns: [
      { label: ranking.rank, numeric: true },
      { label: by === 'unit' ? ranking.unit : ranking.point },
      ...figureColumns(w),
      ...(withSample ? [{ label: ranking.sample, numeric: true }] : []),
    ],
    rows: groups.map((g) => {
      const insufficient = g.index.verdict === 'insufficient' || g.index.value === null;
      const below = !insufficient && g.index.value! < target;
      return {
        key: g.key,
        cells: [
          g.rank === null ? ranking.unranked : String(g.rank),
          flagged.has(g.key) ? `${g.label} ⚑` : g.label,
          ...figureCells(g.index, g.n, w),
          ...(withSample ? [sampleCell(g)] : []),
        ],
        verdict: g.index.verdict,
        ...(insufficient ? { tone: 'insufficient' as const } : below ? { tone: 'below' as const } : {}),
      };
    }),
  };
}

export function trendTable(entries: TrendEntry[], w: Words): TableModel {
  const { t } = w;
  return {
    caption: t.trend.caption,
    columns: [
      { label: t.trend.period },
      { label: t.trend.status },
      { label: t.columns.value, numeric: true },
      { label: t.columns.interval, numeric: true },
      { label: t.columns.n, numeric: true },
      { label: t.columns.target, numeric: true },
      { label: t.columns.verdict, verdict: true },
    ],
    rows: entries.map((e) => ({
      key: e.period,
      cells: [
        t.periodName(e.period),
        w.statuses[e.status],
        formatPercent(e.index.value, w.lang),
        formatInterval(e.index.ci, w.lang),
        formatCount(e.n, w.lang),
        formatPercent(e.target, w.lang),
        w.verdicts[e.index.verdict],
      ],
      verdict: e.index.verdict,
    })),
  };
}

export function daysTable(days: DayCount[], w: Words): TableModel {
  return {
    caption: w.t.days.caption,
    columns: [{ label: w.t.days.day }, { label: w.t.days.n, numeric: true }],
    rows: days.map((d) => ({ key: d.day, cells: [formatDate(d.day), formatCount(d.n, w.lang)] })),
  };
}

export function distributionTable(items: ItemFigure[], w: Words): TableModel {
  const { distribution } = w.t;
  return {
    caption: distribution.caption,
    columns: [
      { label: distribution.item },
      ...levels.map((level) => ({ label: distribution.levels[level], numeric: true })),
      { label: distribution.total, numeric: true },
    ],
    rows: items.map((i) => {
      const counts = levels.map((level) => i.distribution[level]);
      const text = w.names.item(i.code);
      return {
        key: i.code,
        cells: [
          text === i.code ? i.code : `${i.code}. ${text}`,
          ...counts.map((n) => formatCount(n, w.lang)),
          formatCount(
            counts.reduce((a, b) => a + b, 0),
            w.lang,
          ),
        ],
      };
    }),
  };
}
