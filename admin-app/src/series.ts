// Turns API bodies into Chart.js data. Pure, so it is tested without a canvas; names and labels
// come in as arguments, in whichever language the page shows.
import type { DayCount, FactorFigure, Group, ItemFigure, TrendEntry } from '@sipas/api/types';
import type { ChartData } from 'chart.js';
import { wrapLabel } from '@sipas/api/shared/wrap';

export type FactorChartData = ChartData<'bar' | 'line', (number | null)[], string[]>;
export type RankingChartData = ChartData<'bar' | 'line', (number | null)[], string[]>;
export type TrendChartData = ChartData<'line', (number | null)[], string>;
export type DaysChartData = ChartData<'bar', number[], string>;
export type DistributionChartData = ChartData<'bar', number[], string>;

// A mid blue, so the near-black target line and whiskers stay visible where they cross a bar.
export const barColour = '#3b82f6';
export const targetColour = '#111827';
export const belowColour = '#ea580c';
export const insufficientColour = '#d1d5db';

/** The target as a dashed line across every category, drawn over the bars. */
function targetLine(label: string, data: number[], vertical = false) {
  return {
    label,
    data,
    borderColor: targetColour,
    backgroundColor: targetColour,
    borderWidth: 2,
    borderDash: [6, 4],
    pointRadius: 0,
    pointHitRadius: 8,
    pointStyle: 'line' as const,
    fill: false,
    // A lower order is drawn later, so the line stays visible on top of the bars.
    order: 0,
    ...(vertical ? { indexAxis: 'y' as const } : {}),
  };
}

export interface BarLabels {
  satisfied: string;
  target: string;
}

/** One bar per factor (percent, null = gap) with its interval, and the target line. */
export function factorChartData(
  factors: FactorFigure[],
  target: number,
  labels: BarLabels,
  name: (code: string) => string,
): FactorChartData {
  return {
    labels: factors.map((f) => wrapLabel(name(f.code), 18)),
    datasets: [
      {
        type: 'line',
        ...targetLine(
          labels.target,
          factors.map(() => target),
        ),
      },
      {
        type: 'bar',
        label: labels.satisfied,
        data: factors.map((f) => f.value),
        intervals: factors.map((f) => f.ci),
        backgroundColor: barColour,
        borderRadius: 4,
        pointStyle: 'rect',
        maxBarThickness: 72,
        order: 1,
      },
    ],
  };
}

/** The colour of a ranked group: grey when it has too few responses, orange when below target. */
export function groupColour(group: Pick<Group, 'index'>, target: number): string {
  if (group.index.verdict === 'insufficient' || group.index.value === null) return insufficientColour;
  return group.index.value < target ? belowColour : barColour;
}

/**
 * Horizontal bars in the API's order (ranked first, then the unranked), "1. Name" for the ranked;
 * long names wrap so a tablet keeps room for the bars.
 */
export function rankingChartData(groups: Group[], target: number, labels: BarLabels): RankingChartData {
  return {
    labels: groups.map((g) => wrapLabel(g.rank === null ? g.label : `${g.rank}. ${g.label}`, 26)),
    datasets: [
      {
        type: 'line',
        ...targetLine(
          labels.target,
          groups.map(() => target),
          true,
        ),
      },
      {
        type: 'bar',
        label: labels.satisfied,
        data: groups.map((g) => g.index.value),
        intervals: groups.map((g) => g.index.ci),
        backgroundColor: groups.map((g) => groupColour(g, target)),
        borderRadius: 4,
        maxBarThickness: 28,
        order: 1,
      },
    ],
  };
}

/** The index period by period with its interval, and each period's own target. */
export function trendChartData(
  entries: TrendEntry[],
  labels: { index: string; target: string },
  periodName: (code: string) => string,
): TrendChartData {
  return {
    labels: entries.map((e) => periodName(e.period)),
    datasets: [
      targetLine(
        labels.target,
        entries.map((e) => e.target),
      ),
      {
        label: labels.index,
        data: entries.map((e) => e.index.value),
        intervals: entries.map((e) => e.index.ci),
        borderColor: barColour,
        backgroundColor: barColour,
        borderWidth: 3,
        pointRadius: 5,
        pointStyle: 'circle',
        spanGaps: false,
        order: 1,
      },
    ],
  };
}

/** Every day from `from` to `to` (ISO dates), with 0 where no response came. */
export function fillDays(days: DayCount[], from: string, to: string): DayCount[] {
  const counts = new Map(days.map((d) => [d.day, d.n]));
  const filled: DayCount[] = [];
  // Noon UTC keeps the date the same whatever the local offset.
  for (let t = Date.parse(`${from}T12:00:00Z`); t <= Date.parse(`${to}T12:00:00Z`); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    filled.push({ day, n: counts.get(day) ?? 0 });
  }
  return filled;
}

/** The days a chart of a period shows: from its start to its end, or to today while it runs. */
export function dayRange(period: { startsOn: string; endsOn: string }, days: DayCount[], today: string): { from: string; to: string } {
  let to = today < period.endsOn ? today : period.endsOn;
  const last = days.at(-1)?.day;
  // ISO dates compare as strings. A response dated after "today" (a clock ahead) still shows.
  if (last && last > to) to = last;
  return { from: period.startsOn, to: to < period.startsOn ? period.startsOn : to };
}

export function daysChartData(days: DayCount[], label: string, dayName: (iso: string) => string): DaysChartData {
  return {
    labels: days.map((d) => dayName(d.day)),
    datasets: [{ label, data: days.map((d) => d.n), backgroundColor: barColour, borderRadius: 2, maxBarThickness: 24 }],
  };
}

export const levels = ['1', '2', '3', '4', '5', 'na'] as const;
export type Level = (typeof levels)[number];

// Red to blue through grey, so the two ends differ in lightness too; "not applicable" is hollow.
export const levelColours: Record<Level, string> = {
  '1': '#b91c1c',
  '2': '#f87171',
  '3': '#a3a3a3',
  '4': '#93c5fd',
  '5': '#1d4ed8',
  na: '#ffffff',
};

/** One stacked horizontal bar per item: how many answered each level, and not applicable. */
export function distributionChartData(
  items: ItemFigure[],
  levelNames: Record<Level, string>,
  itemName: (code: string) => string,
): DistributionChartData {
  return {
    labels: items.map((i) => itemName(i.code)),
    datasets: levels.map((level) => ({
      label: levelNames[level],
      data: items.map((i) => i.distribution[level]),
      backgroundColor: levelColours[level],
      borderColor: level === 'na' ? '#6b7280' : levelColours[level],
      borderWidth: level === 'na' ? 1 : 0,
      maxBarThickness: 22,
    })),
  };
}

/** A long statement cut at a word boundary, for an axis label; the table has it whole. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
