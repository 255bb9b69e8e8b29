import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sipasQuestionnaire } from '@sipas/db';
import { computeStats } from '../../api/src/stats/compute';
import { foldPending, rebuildSummaries } from '../../api/src/stats/summaries';
import { questionnaireSchema } from '../../api/src/shared/questionnaire';
import { backends } from '../helpers/backends';
import { adminRequest, postJson, signIn, startApp, type TestApp, type SessionHeaders } from '../helpers/app';
import { prng, randomSubmission } from '../helpers/random-responses';
import { naiveAggregates } from '../helpers/naive-aggregates';
import { summaryRows as allSummaryRows } from '../helpers/summary-rows';

const q = questionnaireSchema.parse(sipasQuestionnaire);

describe.each(backends)('summaries on %s', (backend) => {
  let t: TestApp;
  let cookie: SessionHeaders;
  beforeAll(async () => {
    t = await startApp(backend);
    cookie = await signIn(t);
    const random = prng(20261123);
    for (let i = 0; i < 240; i++) {
      const res = await postJson(t.app, '/api/responses', randomSubmission(random));
      expect(res.status).toBe(201);
    }
  });
  afterAll(() => t.testDb.destroy());

  const stats = async (query = '') => {
    const res = await t.app.request(`/api/admin/stats?minN=10${query}`, { headers: cookie });
    expect(res.status).toBe(200);
    return res.json();
  };

  /** The reference: every raw response read and added up in JavaScript. */
  const naive = async (where: { respondentType?: string } = {}) => {
    let query = t.testDb.db.selectFrom('responses').select(['answers', 'score', 'factor_scores']);
    if (where.respondentType) query = query.where('respondent_type', '=', where.respondentType as 'citizen');
    const rows = await query.execute();
    return computeStats(q, naiveAggregates(q, rows), 90, 10);
  };

  const figures = (body: { n: number; index: unknown; factors: unknown; items: unknown }) => ({
    n: body.n,
    index: body.index,
    factors: body.factors,
    items: body.items,
  });

  test('pending responses, a partial fold, a full fold and a rebuild all give the raw figures', async () => {
    const reference = await naive();
    expect(reference.n).toBe(240);
    expect(figures(await stats())).toEqual(reference);
    expect(await foldPending(t.testDb.db, 100)).toBe(100);
    expect(figures(await stats())).toEqual(reference);
    expect(await foldPending(t.testDb.db)).toBe(140);
    expect(await foldPending(t.testDb.db)).toBe(0);
    expect(figures(await stats())).toEqual(reference);
    await rebuildSummaries(t.testDb.db);
    expect(figures(await stats())).toEqual(reference);
    const pending = await t.testDb.db.selectFrom('stats_pending').select('response_id').execute();
    expect(pending).toEqual([]);
  });

  test('filters agree with the raw figures of the same subset', async () => {
    expect(figures(await stats('&respondentType=organization'))).toEqual(await naive({ respondentType: 'organization' }));
  });

  test('groups by unit add up to the whole province and are ranked by their index', async () => {
    const body = await stats('&by=unit');
    const groups: { key: string; label: string; n: number; index: { value: number }; rank: number | null }[] = body.groups;
    expect(groups.map((g) => g.label).sort()).toEqual([
      'Sở Tư pháp',
      'Sở Xây dựng',
      'Trung tâm Phục vụ hành chính công tỉnh',
      'UBND phường Trung Tâm',
      'UBND xã An Bình',
    ]);
    expect(groups.reduce((sum, g) => sum + g.n, 0)).toBe(240);
    const ranked = groups.filter((g) => g.rank !== null);
    expect(ranked.map((g) => g.index.value)).toEqual([...ranked.map((g) => g.index.value)].sort((a, b) => b - a));
    expect(ranked[0]!.rank).toBe(1);
  });

  test('a unit scope holds only its own counters', async () => {
    const center = await stats('&unit=2&by=servicePoint');
    expect(center.groups.map((g: { key: string }) => g.key).sort()).toEqual(['DEMO-01', 'DEMO-02']);
    const demo1 = await stats('&servicePoint=DEMO-01');
    const demo2 = await stats('&servicePoint=demo-02');
    expect(center.n).toBe(demo1.n + demo2.n);
  });

  test('by field counts responses without a field under their own label', async () => {
    const body = await stats('&by=field');
    const labels = body.groups.map((g: { key: string; label: string }) => [g.key, g.label]).sort();
    expect(labels).toEqual([
      ['', 'Không nêu lĩnh vực'],
      ['dat-dai', 'Đất đai'],
      ['tu-phap-ho-tich', 'Tư pháp – Hộ tịch'],
      ['xay-dung', 'Xây dựng'],
    ]);
    expect(body.groups.reduce((s: number, g: { n: number }) => s + g.n, 0)).toBe(240);
  });

  test("a unit's own counters form their own group beside its children", async () => {
    await t.testDb.db.insertInto('service_points').values({ code: 'TINH-01', name: 'Quầy của tỉnh', unit_id: 1 }).execute();
    const random = prng(7);
    for (let i = 0; i < 12; i++) {
      const res = await postJson(t.app, '/api/responses', { ...randomSubmission(random), servicePoint: 'TINH-01' });
      expect(res.status).toBe(201);
    }
    const check = async () => {
      const body = await stats('&by=unit');
      const own = body.groups.find((g: { key: string }) => g.key === '1');
      const direct = await stats('&servicePoint=TINH-01');
      expect(own).toMatchObject({ label: 'Tỉnh Mẫu (dữ liệu minh hoạ)', n: 12, index: direct.index, factors: direct.factors });
      expect(body.groups.reduce((sum: number, g: { n: number }) => sum + g.n, 0)).toBe(body.n);
    };
    await check(); // while pending
    await foldPending(t.testDb.db);
    await check(); // from the summaries: the province total less its children
  });

  test('moving units and counters changes only the unit summaries they move between, leaving what a rebuild would give', async () => {
    const summaryRows = () => allSummaryRows(t.testDb.db);
    const rebuilt = async () => {
      await rebuildSummaries(t.testDb.db);
      return summaryRows();
    };
    const move = async (path: string, body: Record<string, number>) =>
      expect((await adminRequest(t.app, cookie, 'PATCH', path, body)).status).toBe(200);

    const random = prng(11);
    for (let i = 0; i < 30; i++) expect((await postJson(t.app, '/api/responses', randomSubmission(random))).status).toBe(201);
    await foldPending(t.testDb.db, 12); // some of the new responses folded, the rest pending while things move
    const before = await summaryRows();

    await move('/api/admin/units/5', { parentId: 3 }); // the ward under justice
    await move('/api/admin/service-points/1', { unitId: 5 }); // DEMO-01 from the center to the ward
    await move('/api/admin/units/3', { parentId: 4 }); // justice, the ward with it, under construction
    await move('/api/admin/units/5', { parentId: 1 }); // the ward back under the province
    const moved = await summaryRows();
    expect(moved).not.toEqual(before);
    expect(await rebuilt()).toEqual(moved);
    expect((await stats('&unit=4')).n).toBe((await stats('&unit=3')).n + (await stats('&servicePoint=SXD-01')).n);

    await move('/api/admin/units/3', { parentId: 1 });
    await move('/api/admin/service-points/1', { unitId: 2 });
    await foldPending(t.testDb.db);
    const restored = await summaryRows();
    expect(await rebuilt()).toEqual(restored);
    expect(figures(await stats())).toEqual(await naive());
  });
});
