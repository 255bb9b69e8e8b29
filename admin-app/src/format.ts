// Numbers as each language's reader expects them: Vietnamese uses a decimal comma and dots for
// thousands, English the reverse. Percentages keep one decimal.
import type { Lang } from './i18n';

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const percentFormats = {
  vi: new Intl.NumberFormat(locales.vi, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(locales.en, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};
const countFormats = { vi: new Intl.NumberFormat(locales.vi), en: new Intl.NumberFormat(locales.en) };

export const noValue = '—';

export const localeOf = (lang: Lang) => locales[lang];

export function formatPercent(value: number | null, lang: Lang = 'vi'): string {
  return value === null ? noValue : `${percentFormats[lang].format(value)}%`;
}

/** "82,6–94,5%" */
export function formatInterval(ci: [number, number] | null, lang: Lang = 'vi'): string {
  const f = percentFormats[lang];
  return ci === null ? noValue : `${f.format(ci[0])}–${f.format(ci[1])}%`;
}

export function formatCount(n: number, lang: Lang = 'vi'): string {
  return countFormats[lang].format(n);
}

/** "2026-07-01" → "01/07/2026"; the API sends plain calendar dates. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : isoDate;
}

/** "2026-07-01" → "01/07", for axis labels where the period already names the year. */
export function formatDay(isoDate: string): string {
  return formatDate(isoDate).slice(0, 5);
}
