// The look the dashboard's charts share: dark ink on white, the page's font, a 0–100% value axis.
import type { Words } from './tables';
import { localeOf } from '../../format';

export const ink = '#1f2937';
export const gridColour = '#d1d5db';
export const font = { family: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif', size: 13 };

export function percentAxis() {
  return {
    min: 0,
    max: 100,
    ticks: { color: ink, font, stepSize: 20, callback: (value: string | number) => `${value}%` },
    grid: { color: gridColour },
  };
}

export function categoryAxis(autoSkip = false) {
  // Long labels are wrapped or shortened already; rotating them would only make them harder to read.
  return { ticks: { color: ink, font, maxRotation: 0, autoSkip }, grid: { display: false } };
}

export const legend = { position: 'bottom' as const, labels: { color: ink, font, usePointStyle: true, pointStyleWidth: 28 } };

/** Options every chart starts from; no animation, so a changed filter shows its figures at once. */
export function baseOptions(w: Words) {
  return { responsive: true, maintainAspectRatio: false, animation: false as const, locale: localeOf(w.lang) };
}
