// The one order of a period picker (dashboard, reports, paper sheets): half-years newest first,
// each year's full-year view right after its halves; and the one way a picker names a period.
import type { Texts } from './i18n';

export function periodChoices(codes: Iterable<string>, current?: string): string[] {
  const all = new Set(codes);
  if (current) all.add(current);
  for (const code of [...all]) all.add(code.slice(0, 4));
  // Code-unit order puts "2026" before "2026-H1" before "2026-H2"; reversed, the halves come first.
  return [...all].sort().reverse();
}

/** The same order without the full years, for what exists only per half-year (paper sheets). */
export function halfYearChoices(codes: Iterable<string>): string[] {
  return periodChoices(codes).filter((code) => code.length > 4);
}

export const periodNames: Texts<(code: string) => string> = {
  vi: (code) =>
    code.endsWith('-H1')
      ? `6 tháng đầu năm ${code.slice(0, 4)}`
      : code.endsWith('-H2')
        ? `6 tháng cuối năm ${code.slice(0, 4)}`
        : `Cả năm ${code}`,
  en: (code) =>
    code.endsWith('-H1')
      ? `First half of ${code.slice(0, 4)}`
      : code.endsWith('-H2')
        ? `Second half of ${code.slice(0, 4)}`
        : `Full year ${code}`,
};
