// Turns the stats body into Chart.js data. Pure, so it is tested without a canvas.
import type { ChartData } from 'chart.js';
import type { Stats } from './api';
import { factorName } from './factors';
import { messages } from './messages';

export type FactorChartData = ChartData<'bar' | 'line', (number | null)[], string[]>;

// A mid blue, so the near-black target line stays visible where it crosses a bar.
export const barColour = '#3b82f6';
export const targetColour = '#111827';

/** One bar per factor (percent, null = gap) and the target as a dashed line drawn over the bars. */
export function factorChartData(stats: Pick<Stats, 'factors' | 'target'>): FactorChartData {
  return {
    labels: stats.factors.map((f) => wrapLabel(factorName(f.code), 18)),
    datasets: [
      {
        type: 'line',
        label: messages.series.target(stats.target),
        data: stats.factors.map(() => stats.target),
        borderColor: targetColour,
        backgroundColor: targetColour,
        borderWidth: 2,
        borderDash: [6, 4],
        pointRadius: 0,
        pointHitRadius: 8,
        pointStyle: 'line',
        fill: false,
        // A lower order is drawn later, so the line stays visible on top of the bars.
        order: 0,
      },
      {
        type: 'bar',
        label: messages.series.satisfied,
        data: stats.factors.map((f) => f.value),
        backgroundColor: barColour,
        borderRadius: 4,
        pointStyle: 'rect',
        maxBarThickness: 72,
        order: 1,
      },
    ],
  };
}

/** Splits a label into lines of at most `width` characters at spaces; Chart.js draws one line each. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
