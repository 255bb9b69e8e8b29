import type { ItemFigure } from '@sipas/api/types';
import type { ChartOptions } from 'chart.js';
import { useMemo } from 'preact/hooks';
import { ChartCanvas } from '../../chart';
import type { Words } from './tables';
import { distributionChartData, shorten } from '../../series';
import { baseOptions, font, gridColour, ink, legend } from './chart-style';

/** Each statement as one bar stacked from "very dissatisfied" to "very satisfied", then not applicable. */
export function DistributionChart({ items, words: w }: { items: ItemFigure[]; words: Words }) {
  const itemLabel = (code: string) => {
    const text = w.names.item(code);
    return text === code ? code : `${code}. ${shorten(text, 40)}`;
  };
  const data = useMemo(() => distributionChartData(items, w.t.distribution.levels, itemLabel), [items, w]);
  const options = useMemo(
    (): ChartOptions<'bar'> => ({
      ...baseOptions(w),
      indexAxis: 'y',
      scales: {
        x: { stacked: true, beginAtZero: true, ticks: { color: ink, font, precision: 0 }, grid: { color: gridColour } },
        y: { stacked: true, ticks: { color: ink, font, autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        legend,
        tooltip: {
          callbacks: {
            title: (entries) =>
              entries[0] ? `${items[entries[0].dataIndex]?.code ?? ''}. ${w.names.item(items[entries[0].dataIndex]?.code ?? '')}` : '',
          },
        },
      },
    }),
    [items, w],
  );
  const height = `${Math.max(14, items.length * 2 + 7)}rem`;
  return <ChartCanvas type="bar" data={data} options={options} label={w.t.distribution.chartLabel} height={height} />;
}
