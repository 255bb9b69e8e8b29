// Loaded lazily by the overview page: this module pulls in Chart.js.
import type { ChartOptions } from 'chart.js';
import { useMemo } from 'preact/hooks';
import type { Stats } from '../api';
import { ChartCanvas } from '../chart';
import { factorName } from '../factors';
import { formatInterval, formatPercent } from '../format';
import { messages } from '../messages';
import { factorChartData } from '../series';

const ink = '#1f2937';
const grid = '#d1d5db';
const font = { family: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif', size: 13 };

export function FactorChart({ stats }: { stats: Stats }) {
  const data = useMemo(() => factorChartData(stats), [stats]);
  const options = useMemo((): ChartOptions<'bar' | 'line'> => {
    const figureAt = (index: number) => stats.factors[index];
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: 'vi-VN',
      interaction: { mode: 'index', intersect: false },
      scales: {
        // The labels are already wrapped onto lines; rotating them would only make them harder to read.
        x: { ticks: { color: ink, font, maxRotation: 0, autoSkip: false }, grid: { display: false } },
        y: {
          min: 0,
          max: 100,
          ticks: { color: ink, font, stepSize: 20, callback: (value) => `${value}%` },
          grid: { color: grid },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: ink, font, usePointStyle: true, pointStyleWidth: 28 } },
        tooltip: {
          callbacks: {
            // The axis labels are wrapped onto several lines; the tooltip shows the name on one.
            title: (items) => {
              const figure = items[0] && figureAt(items[0].dataIndex);
              return figure ? factorName(figure.code) : '';
            },
            label: (item) => {
              if (item.dataset.type === 'line') return `${item.dataset.label ?? ''}`;
              const figure = figureAt(item.dataIndex);
              if (!figure) return '';
              const verdict = messages.verdict[figure.verdict];
              return `${formatPercent(figure.value)} · ${messages.overview.interval}: ${formatInterval(figure.ci)} · n = ${figure.n} · ${verdict}`;
            },
          },
        },
      },
    };
  }, [stats]);

  return <ChartCanvas type="bar" data={data} options={options} label={messages.overview.chartLabel(stats.target)} />;
}
