// First-start data: the SIPAS questionnaire, this year's two half-year periods, a demo province.
import { type Kysely, sql } from 'kysely';
import questionnaire from './seed/sipas-questionnaire.json';
import type { Database } from './types';

export { questionnaire as sipasQuestionnaire };

export function halfYearOf(date: Date): { year: number; half: 1 | 2 } {
  return { year: date.getUTCFullYear(), half: date.getUTCMonth() < 6 ? 1 : 2 };
}

const demoUnits = [
  { key: 'center', code: 'TTPVHCC', name: 'Trung tâm Phục vụ hành chính công tỉnh', kind: 'department' },
  { key: 'justice', code: 'STP', name: 'Sở Tư pháp', kind: 'department' },
  { key: 'construction', code: 'SXD', name: 'Sở Xây dựng', kind: 'department' },
  { key: 'ward', code: 'PTT', name: 'UBND phường Trung Tâm', kind: 'commune' },
  { key: 'commune', code: 'XAB', name: 'UBND xã An Bình', kind: 'commune' },
] as const;

const demoServicePoints = [
  { unit: 'center', code: 'DEMO-01', name: 'Quầy số 1 – Trung tâm Phục vụ hành chính công' },
  { unit: 'center', code: 'DEMO-02', name: 'Quầy số 2 – Trung tâm Phục vụ hành chính công' },
  { unit: 'justice', code: 'STP-01', name: 'Bộ phận Một cửa Sở Tư pháp' },
  { unit: 'construction', code: 'SXD-01', name: 'Bộ phận Một cửa Sở Xây dựng' },
  { unit: 'ward', code: 'PTT-01', name: 'Bộ phận Một cửa phường Trung Tâm' },
  { unit: 'commune', code: 'XAB-01', name: 'Bộ phận Một cửa xã An Bình' },
] as const;

/** Seeds an empty database; returns false and touches nothing when any data is there. */
export async function seedIfEmpty(db: Kysely<Database>, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('units').select('id').limit(1).executeTakeFirst();
    const versions = await trx.selectFrom('questionnaire_versions').select('id').limit(1).executeTakeFirst();
    if (existing || versions) return false;

    await trx
      .insertInto('questionnaire_versions')
      .values({ code: questionnaire.code, definition: JSON.stringify(questionnaire), active: true })
      .execute();

    const { year, half } = halfYearOf(now);
    await trx
      .insertInto('survey_periods')
      .values([
        { code: `${year}-H1`, starts_on: `${year}-01-01`, ends_on: `${year}-06-30`, status: half === 1 ? 'open' : 'closed' },
        { code: `${year}-H2`, starts_on: `${year}-07-01`, ends_on: `${year}-12-31`, status: half === 2 ? 'open' : 'draft' },
      ])
      .execute();

    const province = await insertUnit(trx, null, '/', 'TINH-MAU', 'Tỉnh Mẫu (dữ liệu minh hoạ)', 'province');
    const unitIds = new Map<string, number>();
    for (const u of demoUnits) unitIds.set(u.key, (await insertUnit(trx, province.id, province.path, u.code, u.name, u.kind)).id);
    await trx
      .insertInto('service_points')
      .values(demoServicePoints.map((p) => ({ code: p.code, name: p.name, unit_id: unitIds.get(p.unit)! })))
      .execute();
    return true;
  });
}

async function insertUnit(
  trx: Kysely<Database>,
  parentId: number | null,
  parentPath: string,
  code: string,
  name: string,
  kind: Database['units']['kind'],
): Promise<{ id: number; path: string }> {
  // The path holds the unit's own id, so take the id from the sequence first.
  const { rows } = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('units', 'id'))::int as id`.execute(trx);
  const id = rows[0]!.id;
  const path = `${parentPath}${id}/`;
  await trx.insertInto('units').values({ id, parent_id: parentId, path, code, name, kind }).execute();
  return { id, path };
}
