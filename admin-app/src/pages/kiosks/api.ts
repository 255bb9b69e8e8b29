// The kiosk API as the "Kiosk" page reads it (api/src/kiosks/admin-routes.ts).
import { request } from '../../api';
import type { Lang } from '../../i18n';

export interface Kiosk {
  id: number;
  name: string;
  servicePoint: string;
  servicePointName: string;
  idleSeconds: number;
  minIntervalSeconds: number;
  revokedAt: string | null;
  lastSeenAt: string | null;
  /** Responses the tablet still holds offline, from its last heartbeat. */
  queued: number | null;
  createdAt: string;
  /** Not heard from for more than 3 minutes (judged by the server). */
  stale: boolean;
}

export interface NewKiosk {
  servicePoint: string;
  name: string;
  idleSeconds: number;
  minIntervalSeconds: number;
}

/** What issuing answers: the key comes back this once and is stored nowhere. */
export interface IssuedKiosk extends NewKiosk {
  id: number;
  key: string;
  path: string;
  createdAt: string;
}

/** GET /api/admin/units, as much of it as the counter picker needs. */
export interface UnitTree {
  units: { id: number; name: string; active: boolean; servicePoints: { code: string; name: string; active: boolean }[] }[];
}

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
