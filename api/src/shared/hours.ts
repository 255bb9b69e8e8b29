// A unit's opening hours: seven lists (Monday first) of [opens, closes] in Vietnam time (UTC+7,
// no daylight saving). A unit without its own uses its nearest ancestor's, and the province
// without any uses the usual working hours of Vietnamese offices.
import { z } from 'zod';
import { clockPattern, dayProblem, maxIntervals, minutesOf } from './hours-rule';

export type WeekHours = [string, string][][];

const workday: [string, string][] = [
  ['07:30', '11:30'],
  ['13:30', '17:00'],
];
/** Monday to Friday, 07:30–11:30 and 13:30–17:00; closed at the weekend. */
export const defaultHours: WeekHours = [workday, workday, workday, workday, workday, [], []];

const clock = z.string().regex(clockPattern, 'a time like 07:30');

export const weekHoursSchema = z
  .array(z.array(z.tuple([clock, clock])).max(maxIntervals), { error: 'seven days, Monday first' })
  .length(7, 'seven days, Monday first')
  .superRefine((days, ctx) => {
    days.forEach((intervals, d) => {
      // A time that is not hh:mm is already reported by `clock`, once per field.
      if (intervals.some((pair) => pair.some((t) => !clockPattern.test(t)))) return;
      const problem = dayProblem(intervals);
      if (problem) ctx.addIssue({ code: 'custom', path: [d, problem.index], message: problem.message });
    });
  });

/** The hours a unit works by: its own, else its nearest ancestor's (by the materialised path), else the default. */
export function effectiveHours(path: string, own: Map<number, WeekHours>): { hours: WeekHours; from: number | null } {
  const ids = path.split('/').filter(Boolean).map(Number).reverse();
  for (const id of ids) {
    const hours = own.get(id);
    if (hours) return { hours, from: id };
  }
  return { hours: defaultHours, from: null };
}

/** One interval in minutes of the ISO weekday (1 Monday … 7 Sunday), for the SQL that judges a response. */
export interface OpenInterval {
  weekday: number;
  opens: number;
  closes: number;
}

export function intervalsOf(hours: WeekHours): OpenInterval[] {
  return hours.flatMap((day, d) => day.map(([o, c]) => ({ weekday: d + 1, opens: minutesOf(o), closes: minutesOf(c) })));
}

/** True when a moment falls in the hours, with `grace` minutes either side of each interval. */
export function isOpenAt(hours: WeekHours, at: Date, grace = 0): boolean {
  const local = new Date(at.getTime() + 7 * 3_600_000);
  const weekday = ((local.getUTCDay() + 6) % 7) + 1;
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60;
  return intervalsOf(hours).some((i) => i.weekday === weekday && minute >= i.opens - grace && minute < i.closes + grace);
}
