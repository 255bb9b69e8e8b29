// Survey periods as the "Đợt khảo sát" page reads and changes them (api/src/periods).
import type { Period, PeriodChanges } from '@sipas/api/types';
import { request } from '../../api';

const base = '/api/admin/periods';
const path = (code: string, action = '') => `${base}/${encodeURIComponent(code)}${action}`;

export const fetchPeriods = () => request<{ periods: Period[] }>('GET', base).then((b) => b.periods);
export const createYear = (year: number, target: number) => request<{ periods: Period[] }>('POST', `${base}/year`, { year, target });
export const changePeriod = (code: string, changes: PeriodChanges) => request<Period>('PATCH', path(code), changes);
export const openPeriod = (code: string) => request<Period>('POST', path(code, '/open'));
export const closePeriod = (code: string) => request<Period>('POST', path(code, '/close'));
