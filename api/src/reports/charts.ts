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
import { wrapLabel } from '../shared/wrap';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement);

const fontFamily = 'Noto Sans';
let fontReady = false;
function registerFont() {
  if (fontReady) return;
  const require = createRequire(import.meta.url);
  GlobalFonts.registerFromPath(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'), fontFamily);
  fontReady = true;
}

const colours = { met: '#2e7d32', below: '#c62828', bar: '#1f5fa8', target: '#444444', text: '#000000' };

// The PNG is drawn at twice the width Word shows it at (623 px, the width of the text), so every
// size below is twice its size on paper: 30 px here print at about 11 pt, 28 px at 10.5 pt.
const canvasWidth = 1240;
const px = { text: 30, small: 28, line: 4 };

/** "91,25%", as the tables write it. */
const valueText = (v: number) => `${v.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;

/** A dashed line across the plot at the target, labelled, on whichever axis carries the values. */
const targetLine = (target: number, horizontal: boolean): Plugin => ({
  id: 'targetLine',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea: area } = chart;
    const scale = horizontal ? chart.scales.x! : chart.scales.y!;
    const at = scale.getPixelForValue(target);
    ctx.save();
    ctx.strokeStyle = colours.target;
    ctx.setLineDash([12, 8]);
    ctx.lineWidth = px.line;
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
    ctx.font = `${px.small}px "${fontFamily}"`;
    const label = `Chỉ tiêu ${target}%`;
    if (horizontal) {
      ctx.textAlign = 'right';
      ctx.fillText(label, at - 8, area.top - 10);
    } else {
      ctx.fillText(label, area.left + 8, at - 10);
    }
    ctx.restore();
  },
});

/** Each value written at the end of its bar, or above its point. */
const valueLabels = (horizontal: boolean): Plugin => ({
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const values = chart.data.datasets[0]!.data as (number | null)[];
    ctx.save();
    ctx.fillStyle = colours.text;
    ctx.font = `bold ${px.text}px "${fontFamily}"`;
    chart.getDatasetMeta(0).data.forEach((element, i) => {
      const v = values[i];
      if (v === null || v === undefined) return;
      if (horizontal) {
        ctx.textAlign = 'left';
        ctx.textBaseline = 'middle';
        ctx.fillText(valueText(v), element.x + 10, element.y);
      } else {
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        ctx.fillText(valueText(v), element.x, element.y - 12);
      }
    });
    ctx.restore();
  },
});

export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

async function render(config: ChartConfiguration, height: number, padding: { right: number; top: number }): Promise<ChartImage> {
  registerFont();
  const width = canvasWidth;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  Chart.defaults.font.family = fontFamily;
  Chart.defaults.font.size = px.text;
  Chart.defaults.color = colours.text;
  // Chart.js only needs the 2D context; in Node it picks its basic (non-DOM) platform itself.
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, {
    ...config,
    // Room at the edges for the values written past the bars and for the target's label.
    options: {
      ...config.options,
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      layout: { padding: { left: 12, right: padding.right, top: padding.top, bottom: 8 } },
    },
  });
  chart.draw();
  const png = await canvas.encode('png');
  chart.destroy();
  return { png, width, height };
}

const percentAxis = {
  min: 0,
  max: 100,
  ticks: { callback: (v: string | number) => `${v}%`, font: { size: px.small } },
  grid: { color: '#d0d0d0' },
};
const categoryAxis = { ticks: { font: { size: px.text } }, grid: { display: false } };

export interface Bar {
  label: string;
  value: number | null;
}

const barColour = (target: number) => (b: Bar) => (b.value !== null && b.value >= target ? colours.met : colours.below);

/** The tallest chart drawn, in px: about the height of a page's text at the printed width. */
const maxChartHeight = 1900;
/** Above and below the bars: the axis, its ticks and the target's label. */
const chartFrame = 120;

/** The height of every bar's row: enough for the bar and for the lines of the longest name. */
function rowHeightOf(bars: Bar[], labelWidth: number, barHeight: number): number {
  const lines = Math.max(1, ...bars.map((b) => wrapLabel(b.label, labelWidth).length));
  return Math.max(barHeight, lines * (px.text + 6) + 20);
}

/** Horizontal bars, one a named group, the names on the left over as many lines as they take. */
function barChart(bars: Bar[], target: number, labelWidth: number, rowHeight: number): Promise<ChartImage> {
  return render(
    {
      type: 'bar',
      data: {
        labels: bars.map((b) => wrapLabel(b.label, labelWidth)),
        datasets: [{ data: bars.map((b) => b.value), backgroundColor: bars.map(barColour(target)), barPercentage: 0.7 }],
      },
      options: { indexAxis: 'y', scales: { x: percentAxis, y: categoryAxis }, plugins: { legend: { display: false } } },
      plugins: [targetLine(target, true), valueLabels(true)],
    },
    Math.min(maxChartHeight, chartFrame + bars.length * rowHeight),
    { right: 140, top: 48 },
  );
}

/** The factors by their full names ("Tiếp cận dịch vụ", not TC). */
export const factorChart = (bars: Bar[], target: number) => barChart(bars, target, 22, rowHeightOf(bars, 22, 90));

export interface ChartPart {
  image: ChartImage;
  /** The bars it shows: bars.slice(from, to). */
  from: number;
  to: number;
}

/**
 * The ranking as charts of at most a page each, in order, with as many bars in each as will do:
 * in one chart, a province's hundred communes would get rows a fifth of the text's height. Every
 * part has the same row height, so the bars of one ranking look alike from part to part.
 */
export async function rankingCharts(bars: Bar[], target: number): Promise<ChartPart[]> {
  const labelWidth = 26;
  const rowHeight = rowHeightOf(bars, labelWidth, 64);
  const fit = Math.max(1, Math.floor((maxChartHeight - chartFrame) / rowHeight));
  const size = Math.ceil(bars.length / Math.ceil(bars.length / fit));
  const parts: ChartPart[] = [];
  for (let from = 0; from < bars.length; from += size) {
    const to = Math.min(bars.length, from + size);
    parts.push({ image: await barChart(bars.slice(from, to), target, labelWidth, rowHeight), from, to });
  }
  return parts;
}

export function trendChart(points: Bar[], target: number): Promise<ChartImage> {
  return render(
    {
      type: 'line',
      data: {
        labels: points.map((p) => wrapLabel(p.label, 14)),
        datasets: [
          {
            data: points.map((p) => p.value),
            borderColor: colours.bar,
            backgroundColor: colours.bar,
            borderWidth: px.line,
            pointRadius: 10,
            spanGaps: true,
          },
        ],
      },
      options: { scales: { y: percentAxis, x: categoryAxis }, plugins: { legend: { display: false } } },
      plugins: [targetLine(target, false), valueLabels(false)],
    },
    640,
    { right: 60, top: 56 },
  );
}
