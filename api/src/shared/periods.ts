// A survey period is one half of a year (SIPAS.md §4): its code names the half, the half bounds its
// dates. Pure, so the admin app uses the same rules as the API.

/** One half-year period: 2026-H1. */
export const periodCodePattern = /^[0-9]{4}-H[12]$/;

/** What the figures can be asked for: a half (2026-H1) or a whole year (2026, both halves). */
export const periodOrYearPattern = /^[0-9]{4}(-H[12])?$/;

export const periodOrYearMessage = 'a period code like 2026-H1, or a year for the full year';

/** The period before: H1 after H2 of the same year, H2 of the year before after H1, last year after a year. */
export function previousPeriodCode(code: string): string {
  const year = Number(code.slice(0, 4));
  if (code.endsWith('-H2')) return `${year}-H1`;
  if (code.endsWith('-H1')) return `${year - 1}-H2`;
  return String(year - 1);
}

export interface HalfBounds {
  first: string;
  last: string;
}

/** The first and last day of the half a period code names ("2026-H2" → 2026-07-01..2026-12-31). */
export function halfBounds(code: string): HalfBounds {
  const year = code.slice(0, 4);
  return code.endsWith('-H1') ? { first: `${year}-01-01`, last: `${year}-06-30` } : { first: `${year}-07-01`, last: `${year}-12-31` };
}

/** Both halves of a year, each spanning its whole half. */
export function halvesOf(year: number): ({ code: string } & HalfBounds)[] {
  return [`${year}-H1`, `${year}-H2`].map((code) => ({ code, ...halfBounds(code) }));
}

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A period or a year as a Vietnamese text says it: "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "năm 2026". */
export function periodInWords(code: string): string {
  const year = code.slice(0, 4);
  if (code.endsWith('-H1')) return `6 tháng đầu năm ${year}`;
  if (code.endsWith('-H2')) return `6 tháng cuối năm ${year}`;
  return `năm ${year}`;
}
