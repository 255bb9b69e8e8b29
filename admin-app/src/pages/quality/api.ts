// The "Chất lượng dữ liệu" page's calls (api/src/quality).
import type { FlagResponses, MadeExclusion, NewExclusion, QualityReport } from '@sipas/api/types';
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
