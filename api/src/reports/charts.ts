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

const colours = { met: '#2e7d32', below: '#c62828', bar: '#1f5fa8', target: '#444444', text: '#000000' };

// The PNG is drawn at twice the width Word shows it at (623 px, the width of the text), so every
// size below is twice its size on paper: 30 px here print at about 11 pt, 28 px at 10.5 pt.
const canvasWidth = 1240;
const px = { text: 30, small: 28, line: 4 };

/** "91,25%", as the tables write it. */
const valueText = (v: number) => `${v.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;

/** A long label over several lines of at most `width` characters, broken between words. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

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

/** Horizontal bars, one a named group, the names on the left over up to three lines. */
function barChart(bars: Bar[], target: number, labelWidth: number, barHeight: number): Promise<ChartImage> {
  const labels = bars.map((b) => wrapLabel(b.label, labelWidth));
  const lines = Math.max(1, ...labels.map((l) => l.length));
  const rowHeight = Math.max(barHeight, lines * (px.text + 6) + 20);
  return render(
    {
      type: 'bar',
      data: {
        labels,
        datasets: [{ data: bars.map((b) => b.value), backgroundColor: bars.map(barColour(target)), barPercentage: 0.7 }],
      },
      options: { indexAxis: 'y', scales: { x: percentAxis, y: categoryAxis }, plugins: { legend: { display: false } } },
      plugins: [targetLine(target, true), valueLabels(true)],
    },
    Math.min(1900, 120 + bars.length * rowHeight),
    { right: 140, top: 48 },
  );
}

/** The factors by their full names ("Tiếp cận dịch vụ", not TC). */
export const factorChart = (bars: Bar[], target: number) => barChart(bars, target, 22, 90);

export const rankingChart = (bars: Bar[], target: number) => barChart(bars, target, 26, 64);

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
