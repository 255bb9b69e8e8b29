import type { TrendEntry } from '@sipas/api/types';
import type { ChartOptions } from 'chart.js';
import { useMemo } from 'preact/hooks';
import { ChartCanvas } from '../../chart';
import type { Words } from './tables';
import { formatCount, formatInterval, formatPercent } from '../../format';
import { trendChartData } from '../../series';
import { baseOptions, categoryAxis, legend, percentAxis } from './chart-style';

/** The overall index of each period with its interval, against each period's target. */
export function TrendChart({ entries, words: w }: { entries: TrendEntry[]; words: Words }) {
  // The target may change between periods; the legend names the latest.
  const target = entries.at(-1)?.target ?? 90;
  const data = useMemo(
    () => trendChartData(entries, { index: w.t.trend.index, target: w.t.series.target(target) }, w.t.periodName),
    [entries, target, w],
  );
  const options = useMemo(
    (): ChartOptions<'line'> => ({
      ...baseOptions(w),
      interaction: { mode: 'index', intersect: false },
      scales: { x: categoryAxis(), y: percentAxis() },
      plugins: {
        legend,
        tooltip: {
          callbacks: {
            label: (item) => {
              const e = entries[item.dataIndex];
              if (!e) return '';
              if (item.datasetIndex === 0) return w.t.series.target(e.target);
              return `${formatPercent(e.index.value, w.lang)} · ${w.t.columns.interval}: ${formatInterval(e.index.ci, w.lang)} · n = ${formatCount(e.n, w.lang)} · ${w.verdicts[e.index.verdict]}`;
            },
          },
        },
      },
    }),
    [entries, w],
  );
  return <ChartCanvas type="line" data={data} options={options} label={w.t.trend.chartLabel} />;
}
