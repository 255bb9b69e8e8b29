// Transaction counts per counter and period as the "Số hồ sơ" page reads and writes them (api/src/transactions).
import { request, type PeriodStatus } from '../../api';
import type { Lang } from '../../i18n';

export interface CounterCount {
  code: string;
  name: string;
  active: boolean;
  unit: { id: number; name: string };
  transactions: number | null;
  updatedAt: string | null;
}

export interface PeriodCounts {
  period: string;
  status: PeriodStatus;
  servicePoints: CounterCount[];
}

const base = '/api/admin/transactions';

export const fetchCounts = (period: string) => request<PeriodCounts>('GET', `${base}?period=${encodeURIComponent(period)}`);
export const saveCount = (period: string, servicePoint: string, transactions: number) =>
  request<{ transactions: number }>('PUT', base, { period, servicePoint, transactions });
/** A string body goes out as text/csv; the server names each bad line in `lang`. */
export const importCounts = (period: string, csv: string, lang: Lang) =>
  request<{ imported: number }>('POST', `${base}/import?period=${encodeURIComponent(period)}&lang=${lang}`, csv);
