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
  type Plugin,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

declare module 'chart.js' {
  // Chart.js has no error bars: a dataset may carry each point's 95% interval, drawn as a whisker.
  interface BarControllerDatasetOptions {
    intervals?: ([number, number] | null)[];
  }
  interface LineControllerDatasetOptions {
    intervals?: ([number, number] | null)[];
  }
}

const whiskerColour = '#111827';

/** Draws each interval across its bar or point, with short caps, along the value axis. */
const whiskers: Plugin = {
  id: 'whiskers',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    chart.data.datasets.forEach((dataset, index) => {
      const intervals = (dataset as { intervals?: ((number | undefined)[] | null | undefined)[] }).intervals;
      const meta = chart.getDatasetMeta(index);
      const scale = meta.vScale;
      if (!intervals || !scale || !chart.isDatasetVisible(index)) return;
      const across = scale.isHorizontal();
      ctx.save();
      ctx.strokeStyle = whiskerColour;
      ctx.lineWidth = 1.5;
      meta.data.forEach((element, i) => {
        const [low, high] = intervals[i] ?? [];
        if (low === undefined || high === undefined) return;
        const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
        const from = scale.getPixelForValue(low);
        const to = scale.getPixelForValue(high);
        const cap = 5;
        ctx.beginPath();
        if (across) {
          ctx.moveTo(from, y);
          ctx.lineTo(to, y);
          for (const end of [from, to]) {
            ctx.moveTo(end, y - cap);
            ctx.lineTo(end, y + cap);
          }
        } else {
          ctx.moveTo(x, from);
          ctx.lineTo(x, to);
          for (const end of [from, to]) {
            ctx.moveTo(x - cap, end);
            ctx.lineTo(x + cap, end);
          }
        }
        ctx.stroke();
      });
      ctx.restore();
    });
  },
};

// Only what the dashboard's charts use, so the rest of Chart.js stays out of the bundle.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend, whiskers);

interface ChartCanvasProps<TType extends ChartType, TData, TLabel> {
  type: TType;
  data: ChartData<TType, TData, TLabel>;
  options: ChartOptions<TType>;
  /** What the chart shows, for screen readers; the same figures are also in a table. */
  label: string;
  /** CSS height of the chart box (Chart.js fills it); the stylesheet's default otherwise. */
  height?: string | undefined;
}

export function ChartCanvas<TType extends ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown>({
  type,
  data,
  options,
  label,
  height,
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

  // Chart.js sizes the canvas to this container, whose height comes from the stylesheet or the prop.
  return (
    <div class="chart" style={height ? { height } : undefined}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
