// Numbers as a Vietnamese reader expects them: a decimal comma, one decimal for percentages.
const percentFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat('vi-VN');

export const noValue = '—';

export function formatPercent(value: number | null): string {
  return value === null ? noValue : `${percentFormat.format(value)}%`;
}

/** "82,6–94,5%" */
export function formatInterval(ci: [number, number] | null): string {
  return ci === null ? noValue : `${percentFormat.format(ci[0])}–${percentFormat.format(ci[1])}%`;
}

export function formatCount(n: number): string {
  return countFormat.format(n);
}

/** "2026-07-01" → "01/07/2026"; the API sends plain calendar dates. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : isoDate;
}
