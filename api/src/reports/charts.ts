// Charts for the DOCX, drawn on the server with Chart.js on @napi-rs/canvas (no browser), in
// Noto Sans so Vietnamese diacritics render.
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type Plugin,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement);

const fontFamily = 'Noto Sans';
let fontReady = false;
function registerFont() {
  if (fontReady) return;
  const require = createRequire(import.meta.url);
  GlobalFonts.registerFromPath(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'), fontFamily);
  fontReady = true;
}

const colours = { met: '#2e7d32', below: '#c62828', bar: '#1f5fa8', target: '#444444' };

/** A dashed line across the plot at the target, labelled, on whichever axis carries the values. */
const targetLine = (target: number, horizontal: boolean): Plugin => ({
  id: 'targetLine',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea: area } = chart;
    const scale = horizontal ? chart.scales.x! : chart.scales.y!;
    const at = scale.getPixelForValue(target);
    ctx.save();
    ctx.strokeStyle = colours.target;
    ctx.setLineDash([6, 4]);
    ctx.lineWidth = 2;
    ctx.beginPath();
    if (horizontal) {
      ctx.moveTo(at, area.top);
      ctx.lineTo(at, area.bottom);
    } else {
      ctx.moveTo(area.left, at);
      ctx.lineTo(area.right, at);
    }
    ctx.stroke();
    ctx.fillStyle = colours.target;
    ctx.font = `13px "${fontFamily}"`;
    ctx.fillText(`Chỉ tiêu ${target}%`, horizontal ? at + 4 : area.left + 4, horizontal ? area.top + 12 : at - 6);
    ctx.restore();
  },
});

export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

async function render(config: ChartConfiguration, width: number, height: number): Promise<ChartImage> {
  registerFont();
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  Chart.defaults.font.family = fontFamily;
  Chart.defaults.font.size = 13;
  // Chart.js only needs the 2D context; in Node it picks its basic (non-DOM) platform itself.
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, {
    ...config,
    // Room at the edges, so the first and last category labels are not clipped.
    options: {
      ...config.options,
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      layout: { padding: { left: 12, right: 28, top: 8 } },
    },
  });
  chart.draw();
  const png = await canvas.encode('png');
  chart.destroy();
  return { png, width, height };
}

const percentAxis = { min: 0, max: 100, ticks: { callback: (v: string | number) => `${v}%` } };

export interface Bar {
  label: string;
  value: number | null;
}

const barColour = (target: number) => (b: Bar) => (b.value !== null && b.value >= target ? colours.met : colours.below);

export function factorChart(bars: Bar[], target: number): Promise<ChartImage> {
  return render(
    {
      type: 'bar',
      data: {
        labels: bars.map((b) => b.label),
        datasets: [{ data: bars.map((b) => b.value), backgroundColor: bars.map(barColour(target)) }],
      },
      options: { scales: { y: percentAxis }, plugins: { legend: { display: false } } },
      plugins: [targetLine(target, false)],
    },
    900,
    420,
  );
}

export function rankingChart(bars: Bar[], target: number): Promise<ChartImage> {
  const height = Math.min(1800, 120 + bars.length * 28);
  return render(
    {
      type: 'bar',
      data: {
        labels: bars.map((b) => b.label),
        datasets: [{ data: bars.map((b) => b.value), backgroundColor: bars.map(barColour(target)) }],
      },
      options: { indexAxis: 'y', scales: { x: percentAxis }, plugins: { legend: { display: false } } },
      plugins: [targetLine(target, true)],
    },
    900,
    height,
  );
}

export function trendChart(points: Bar[], target: number): Promise<ChartImage> {
  return render(
    {
      type: 'line',
      data: {
        labels: points.map((p) => p.label),
        datasets: [
          { data: points.map((p) => p.value), borderColor: colours.bar, backgroundColor: colours.bar, pointRadius: 5, spanGaps: true },
        ],
      },
      options: { scales: { y: percentAxis }, plugins: { legend: { display: false } } },
      plugins: [targetLine(target, false)],
    },
    900,
    380,
  );
}
