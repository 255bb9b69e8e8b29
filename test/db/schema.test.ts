import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { migrateToLatest, seedIfEmpty } from '@sipas/db';
import { backends, seedDate } from '../helpers/backends';
import { freshDb, type TestDb } from '../helpers/db';

describe.each(backends)('database on %s', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshDb(backend);
  });
  afterAll(() => t.destroy());

  test('seeds the questionnaire, both half-years and the demo province', async () => {
    const periods = await t.db.selectFrom('survey_periods').select(['code', 'status', 'target']).orderBy('code').execute();
    expect(periods).toEqual([
      { code: '2026-H1', status: 'closed', target: 90 },
      { code: '2026-H2', status: 'open', target: 90 },
    ]);
    const points = await t.db.selectFrom('service_points').select('code').orderBy('code').execute();
    expect(points.map((p) => p.code)).toEqual(['DEMO-01', 'DEMO-02', 'PTT-01', 'STP-01', 'SXD-01', 'XAB-01']);
    const units = await t.db.selectFrom('units').select(['name', 'path', 'parent_id']).orderBy('id').execute();
    expect(units[0]).toEqual({ name: 'Tỉnh Mẫu (dữ liệu minh hoạ)', path: '/1/', parent_id: null });
    expect(units.slice(1).map((u) => u.path)).toEqual(['/1/2/', '/1/3/', '/1/4/', '/1/5/', '/1/6/']);
  });

  test('migrating again and seeding again change nothing', async () => {
    await migrateToLatest(t.db);
    expect(await seedIfEmpty(t.db, seedDate)).toBe(false);
    const count = await t.db
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(6);
  });

  test('never rewrites a questionnaire version', async () => {
    await expect(t.db.updateTable('questionnaire_versions').set({ definition: '{}' }).where('id', '=', 1).execute()).rejects.toThrow(
      'questionnaire version SIPAS-2026.1 is immutable',
    );
  });

  test('allows one open period at a time', async () => {
    await expect(t.db.updateTable('survey_periods').set({ status: 'open' }).where('code', '=', '2026-H1').execute()).rejects.toThrow(
      /survey_periods_one_open/,
    );
  });

  test('refuses a service point code that cannot be printed in a URL', async () => {
    await expect(t.db.insertInto('service_points').values({ code: 'bad code', name: 'x', unit_id: 1 }).execute()).rejects.toThrow(
      /service_points_code_check/,
    );
  });
});
