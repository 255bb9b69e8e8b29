import type { FactorFigure } from '@sipas/api/types';
import type { ChartOptions } from 'chart.js';
import { useMemo } from 'preact/hooks';
import { ChartCanvas } from '../../chart';
import type { Words } from './tables';
import { formatCount, formatInterval, formatPercent } from '../../format';
import { factorChartData } from '../../series';
import { baseOptions, categoryAxis, legend, percentAxis } from './chart-style';

/** Bars of the factors' shares with their 95% intervals as whiskers, and the target line. */
export function FactorChart({ factors, target, words: w }: { factors: FactorFigure[]; target: number; words: Words }) {
  const data = useMemo(
    () => factorChartData(factors, target, { satisfied: w.t.series.satisfied, target: w.t.series.target(target) }, w.names.factor),
    [factors, target, w],
  );
  const options = useMemo(
    (): ChartOptions<'bar' | 'line'> => ({
      ...baseOptions(w),
      interaction: { mode: 'index', intersect: false },
      scales: { x: categoryAxis(), y: percentAxis() },
      plugins: {
        legend,
        tooltip: {
          callbacks: {
            // The axis labels are wrapped onto several lines; the tooltip shows the name on one.
            title: (items) => (items[0] ? w.names.factor(factors[items[0].dataIndex]?.code ?? '') : ''),
            label: (item) => {
              if (item.dataset.type === 'line') return item.dataset.label ?? '';
              const f = factors[item.dataIndex];
              if (!f) return '';
              return `${formatPercent(f.value, w.lang)} · ${w.t.columns.interval}: ${formatInterval(f.ci, w.lang)} · n = ${formatCount(f.n, w.lang)} · ${w.verdicts[f.verdict]}`;
            },
          },
        },
      },
    }),
    [factors, w],
  );
  return <ChartCanvas type="bar" data={data} options={options} label={w.t.factors.chartLabel(target)} />;
}
