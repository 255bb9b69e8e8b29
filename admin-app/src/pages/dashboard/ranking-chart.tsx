import type { Group } from '@sipas/api/types';
import type { ChartOptions } from 'chart.js';
import { useMemo } from 'preact/hooks';
import { ChartCanvas } from '../../chart';
import type { Words } from './tables';
import { formatCount, formatInterval, formatPercent } from '../../format';
import { rankingChartData } from '../../series';
import { baseOptions, categoryAxis, legend, percentAxis } from './chart-style';

/** Horizontal bars in rank order; the colours are explained by the legend beside the chart. */
export function RankingChart({ groups, target, words: w }: { groups: Group[]; target: number; words: Words }) {
  const data = useMemo(
    () => rankingChartData(groups, target, { satisfied: w.t.series.satisfied, target: w.t.series.target(target) }),
    [groups, target, w],
  );
  const options = useMemo(
    (): ChartOptions<'bar' | 'line'> => ({
      ...baseOptions(w),
      indexAxis: 'y',
      interaction: { mode: 'index', axis: 'y', intersect: false },
      scales: { x: percentAxis(), y: categoryAxis() },
      plugins: {
        // One bar dataset in three colours: its legend entry would show only one; the page explains them.
        legend: { ...legend, labels: { ...legend.labels, filter: (item) => item.datasetIndex === 0 } },
        tooltip: {
          callbacks: {
            label: (item) => {
              if (item.dataset.type === 'line') return item.dataset.label ?? '';
              const g = groups[item.dataIndex];
              if (!g) return '';
              return `${formatPercent(g.index.value, w.lang)} · ${w.t.columns.interval}: ${formatInterval(g.index.ci, w.lang)} · n = ${formatCount(g.n, w.lang)} · ${w.verdicts[g.index.verdict]}`;
            },
          },
        },
      },
    }),
    [groups, w],
  );
  // Tall enough for every bar to keep its label readable.
  const height = `${Math.max(12, groups.length * 2.6 + 5)}rem`;
  return <ChartCanvas type="bar" data={data} options={options} label={w.t.ranking.chartLabel(target)} height={height} />;
}
