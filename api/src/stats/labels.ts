import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import type { Questionnaire } from '../shared/questionnaire';
import type { GroupBy } from './queries';

const respondentTypes: Record<string, string> = { citizen: 'Cá nhân', organization: 'Tổ chức, doanh nghiệp' };
const channels: Record<string, string> = { kiosk: 'Máy tại quầy', qr: 'Điện thoại (mã QR)', web: 'Trang web', paper: 'Phiếu giấy' };

/** Human names for group keys, in Vietnamese (the reform office's language). */
export async function groupLabels(db: Kysely<Database>, by: GroupBy, keys: string[], q: Questionnaire): Promise<Map<string, string>> {
  switch (by) {
    case 'unit': {
      const ids = keys.map(Number).filter(Number.isInteger);
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute();
      return new Map(rows.map((r) => [String(r.id), r.name]));
    }
    case 'servicePoint': {
      if (keys.length === 0) return new Map();
      const rows = await db.selectFrom('service_points').select(['code', 'name']).where('code', 'in', keys).execute();
      return new Map(rows.map((r) => [r.code, `${r.code} – ${r.name}`]));
    }
    case 'respondentType':
      return new Map(Object.entries(respondentTypes));
    case 'channel':
      return new Map(Object.entries(channels));
    case 'field':
      return new Map([['', 'Không nêu lĩnh vực'], ...q.fields.map((f) => [f.code, f.label.vi] as [string, string])]);
    default: {
      const code = by.slice('profile:'.length);
      const question = [...q.profile.citizen, ...q.profile.organization].find((p) => p.code === code);
      return new Map([['', 'Không trả lời'], ...(question?.options ?? []).map((o) => [o.code, o.label.vi] as [string, string])]);
    }
  }
}
