// The one Chart.js wrapper: creates the chart once, updates it in place, destroys it on unmount.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartData,
  type ChartOptions,
  type ChartType,
  type DefaultDataPoint,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

// Only what the charts of this app use, so the rest of Chart.js is left out of the bundle.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

interface ChartCanvasProps<TType extends ChartType, TData, TLabel> {
  type: TType;
  data: ChartData<TType, TData, TLabel>;
  options: ChartOptions<TType>;
  /** What the chart shows, for screen readers; the same figures should also be in a table. */
  label: string;
}

export function ChartCanvas<TType extends ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown>({
  type,
  data,
  options,
  label,
}: ChartCanvasProps<TType, TData, TLabel>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<TType, TData, TLabel> | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const created = new Chart<TType, TData, TLabel>(canvas.current, { type, data, options });
    chart.current = created;
    return () => {
      created.destroy();
      chart.current = null;
    };
    // The chart type is fixed for the life of the canvas; data and options update below.
  }, [type]);

  useEffect(() => {
    const current = chart.current;
    if (!current || (current.data === data && current.options === options)) return;
    current.data = data;
    current.options = options;
    current.update();
  }, [data, options]);

  // Chart.js sizes the canvas to this container, whose height comes from the stylesheet.
  return (
    <div class="chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
