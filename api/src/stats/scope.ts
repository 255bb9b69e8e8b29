// What part of the figures a /stats request asks for: the period (a half or a year; the open one by
// default), the unit or one of its counters, and the filters. Every /stats endpoint validates its
// query with scopeQuery, extended or narrowed, and resolves it here.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@sipas/db';
import { servicePointInScope, type ScopedUnit, unitInScope } from '../auth/scope';
import type { SessionUser } from '../context';
import { ApiError, invalidInput } from '../errors';
import { findOpenPeriodCode, findPeriods } from '../periods/queries';
import { periodOrYearMessage, periodOrYearPattern } from '../shared/periods';
import { channels, respondentTypes } from '../shared/response';
import { idInUrl } from '../validate';
import { defaultMinN } from './compute';
import { groupings } from './queries';

export const scopeQuery = z.object({
  period: z.string().max(7).regex(periodOrYearPattern, periodOrYearMessage).optional(),
  unit: idInUrl.optional(),
  servicePoint: z.string().min(1).max(32).optional(),
  respondentType: z.enum(respondentTypes).optional(),
  channel: z.enum(channels).optional(),
});

/** What some endpoints add to scopeQuery. */
export const field = z.string().max(64).optional();
export const minN = z.coerce.number().int().min(1).max(10000).default(defaultMinN);
export const groupBy = z
  .string()
  .max(48)
  .refine((v) => (groupings as readonly string[]).includes(v) || /^profile:[A-Za-z0-9_-]{1,32}$/.test(v), {
    message: `one of ${groupings.join(', ')}, or profile:<question> (e.g. profile:gender)`,
  })
  .optional();

type ScopeParams = z.infer<typeof scopeQuery>;

/** The unit a request names (the user's root by default) and its counter, each checked against the user's subtree. */
export async function resolveUnit(db: Kysely<Database>, user: SessionUser, params: Pick<ScopeParams, 'unit' | 'servicePoint'>) {
  const unit = await unitInScope(db, user, params.unit);
  const servicePointId = params.servicePoint === undefined ? undefined : (await servicePointInScope(db, user, params.servicePoint)).id;
  return { unit, servicePointId };
}

/** The periods (404 when the code names none, or when none is open and the request names none), then the unit and counter. */
export async function resolveScope(db: Kysely<Database>, user: SessionUser, params: Pick<ScopeParams, 'period' | 'unit' | 'servicePoint'>) {
  const code = params.period ?? (await findOpenPeriodCode(db));
  if (!code) throw new ApiError(404, 'not_found', 'No survey period is open; name one with ?period=.');
  const periods = await findPeriods(db, code);
  const [first, last] = [periods[0], periods.at(-1)];
  if (!first || !last) throw new ApiError(404, 'not_found', `No survey period ${code}.`);
  return { code, periods, periodIds: periods.map((p) => p.id), first, last, ...(await resolveUnit(db, user, params)) };
}

/** The `scope` of an answer: the unit and the filters of scopeQuery, null when not given. */
export function scopeBody(unit: ScopedUnit, params: Omit<ScopeParams, 'period' | 'unit'>) {
  return {
    unit: { id: unit.id, name: unit.name },
    servicePoint: params.servicePoint?.toUpperCase() ?? null,
    respondentType: params.respondentType ?? null,
    channel: params.channel ?? null,
  };
}

/** The counter-level summaries do not split by field; the unit roll-ups do. */
export function refuseFieldWithServicePoint(): never {
  throw invalidInput([{ path: 'field', message: 'the field of procedure cannot be combined with a service point; use a unit' }]);
}
