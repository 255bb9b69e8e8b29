// The "Chất lượng dữ liệu" page's calls (api/src/quality).
import type { FlagResponses, MadeExclusion, NewExclusion, QualityReport } from '@sipas/api/types';
import type { WeekHours } from '@sipas/api/shared/hours';
import { request } from '../../api';

const base = '/api/admin/quality';

export const fetchQuality = (period: string, unit?: number) =>
  request<QualityReport>('GET', `${base}?period=${encodeURIComponent(period)}${unit === undefined ? '' : `&unit=${unit}`}`);
export const fetchFlagResponses = (period: string, servicePoint: string, flag: string) =>
  request<FlagResponses>(
    'GET',
    `${base}/responses?period=${encodeURIComponent(period)}&servicePoint=${encodeURIComponent(servicePoint)}&flag=${encodeURIComponent(flag)}`,
  );
export const excludeFlag = (body: NewExclusion) => request<MadeExclusion>('POST', `${base}/exclusions`, body);
export const restoreExclusion = (id: number) => request<{ id: number; restored: number }>('DELETE', `${base}/exclusions/${id}`);

/** One unit's opening hours as GET /api/admin/quality/hours lists them. */
export interface UnitHours {
  id: number;
  name: string;
  hours: WeekHours;
  own: boolean;
  inheritedFrom: number | null;
}
export const fetchHours = () => request<{ units: UnitHours[] }>('GET', `${base}/hours`);
export const saveHours = (unitId: number, hours: WeekHours) => request<UnitHours>('PUT', `${base}/hours/${unitId}`, { hours });
export const resetHours = (unitId: number) => request<UnitHours>('DELETE', `${base}/hours/${unitId}`);
