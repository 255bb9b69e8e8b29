import type { ChartOptions } from 'chart.js';
import { useMemo } from 'preact/hooks';
import type { DayCount } from '@sipas/api/types';
import { ChartCanvas } from '../../chart';
import type { Words } from './tables';
import { formatDate, formatDay } from '../../format';
import { daysChartData } from '../../series';
import { baseOptions, categoryAxis, font, gridColour, ink } from './chart-style';

/** One bar a day, every day of the range, so a quiet day shows as a gap rather than vanishing. */
export function DaysChart({ days, words: w }: { days: DayCount[]; words: Words }) {
  const data = useMemo(() => daysChartData(days, w.t.days.series, formatDay), [days, w]);
  const options = useMemo(
    (): ChartOptions<'bar'> => ({
      ...baseOptions(w),
      scales: {
        // Half a year of days: let Chart.js skip labels that would overlap.
        x: categoryAxis(true),
        y: { beginAtZero: true, ticks: { color: ink, font, precision: 0 }, grid: { color: gridColour } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { title: (items) => (items[0] ? formatDate(days[items[0].dataIndex]?.day ?? '') : '') } },
      },
    }),
    [days, w],
  );
  return <ChartCanvas type="bar" data={data} options={options} label={w.t.days.chartLabel} />;
}
