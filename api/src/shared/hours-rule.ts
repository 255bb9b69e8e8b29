// The rule one day's opening intervals follow, without zod: the API's schema (hours.ts) applies it,
// and the admin app's hours editor checks input with it without bundling zod.
export const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;
/** At most this many intervals a day (a morning, an afternoon, and room for a split shift). */
export const maxIntervals = 4;
export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The first broken interval of a day (its index and why), or null when the day is well formed. */
export function dayProblem(intervals: [string, string][]): { index: number; message: string } | null {
  let last = -1;
  for (const [i, [opens, closes]] of intervals.entries()) {
    if (!clockPattern.test(opens) || !clockPattern.test(closes)) return { index: i, message: 'a time like 07:30' };
    if (minutesOf(closes) <= minutesOf(opens)) return { index: i, message: 'closes after it opens' };
    if (minutesOf(opens) < last) return { index: i, message: 'intervals in order, not overlapping' };
    last = minutesOf(closes);
  }
  return intervals.length > maxIntervals ? { index: maxIntervals, message: `at most ${maxIntervals} intervals a day` } : null;
}
