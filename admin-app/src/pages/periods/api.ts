// Survey periods as the "Đợt khảo sát" page reads and changes them (api/src/periods).
import type { Period, PeriodChanges } from '@sipas/api/types';
import { type ApiError, request } from '../../api';

const base = '/api/admin/periods';
const path = (code: string, action = '') => `${base}/${encodeURIComponent(code)}${action}`;

export const fetchPeriods = () => request<{ periods: Period[] }>('GET', base).then((b) => b.periods);
export const createYear = (year: number, target: number) => request<{ periods: Period[] }>('POST', `${base}/year`, { year, target });
export const changePeriod = (code: string, changes: PeriodChanges) => request<Period>('PATCH', path(code), changes);
export const openPeriod = (code: string) => request<Period>('POST', path(code, '/open'));
/** `paperAcknowledged`: close although paper sheets are still out (the API refuses otherwise, 409 paper_outstanding). */
export const closePeriod = (code: string, paperAcknowledged = false) =>
  request<Period>('POST', path(code, paperAcknowledged ? '/close?paper=acknowledged' : '/close'));

/** The counts a paper_outstanding refusal carries in its issues. */
export const paperOutCounts = (err: ApiError) => ({
  notEntered: Number(err.issues.find((i) => i.path === 'notEntered')?.message ?? 0),
  disputed: Number(err.issues.find((i) => i.path === 'disputed')?.message ?? 0),
});
