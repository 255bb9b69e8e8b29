// The kiosk API as the "Kiosk" page reads it (api/src/kiosks/admin-routes.ts).
import type { IssuedKiosk, Kiosk, NewKiosk } from '@sipas/api/types';
import { request } from '../../api';
import type { Lang } from '../../i18n';

export const fetchKiosks = () => request<{ kiosks: Kiosk[] }>('GET', '/api/admin/kiosks').then((b) => b.kiosks);
export const issueKiosk = (body: NewKiosk) => request<IssuedKiosk>('POST', '/api/admin/kiosks', body);
export const renameKiosk = (id: number, name: string) => request<Kiosk>('PATCH', `/api/admin/kiosks/${id}`, { name });
export const revokeKiosk = (id: number) => request<undefined>('POST', `/api/admin/kiosks/${id}/revoke`);

const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', Number.POSITIVE_INFINITY],
];

/** "3 phút trước" / "3 minutes ago": how long ago `iso` was, seen from `now`. */
export function timeAgo(iso: string, now: number, lang: Lang): string {
  let amount = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  for (const [unit, size] of steps) {
    if (amount < size) return format.format(-amount, unit);
    amount = Math.floor(amount / size);
  }
  return format.format(-amount, 'day');
}
