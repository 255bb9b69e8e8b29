// Transaction counts per counter and period as the "Số hồ sơ" page reads and writes them (api/src/transactions).
import type { ImportedCounts, PeriodCounts, SavedCount } from '@sipas/api/types';
import { request } from '../../api';
import type { Lang } from '../../i18n';

const base = '/api/admin/transactions';

export const fetchCounts = (period: string) => request<PeriodCounts>('GET', `${base}?period=${encodeURIComponent(period)}`);
export const saveCount = (period: string, servicePoint: string, transactions: number) =>
  request<SavedCount>('PUT', base, { period, servicePoint, transactions });
/** A string body goes out as text/csv; the server names each bad line in `lang`. */
export const importCounts = (period: string, csv: string, lang: Lang) =>
  request<ImportedCounts>('POST', `${base}/import?period=${encodeURIComponent(period)}&lang=${lang}`, csv);
