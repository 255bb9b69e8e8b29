import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { allAnswers, postResponse, signIn, startApp, type TestApp, type SessionHeaders } from '../helpers/app';
import { foldPending } from '../../api/src/stats/summaries';

describe.each(backends)('stats views on %s', (backend) => {
  let t: TestApp;
  let cookie: SessionHeaders;
  const post = (body: Record<string, unknown>) => postResponse(t, body);
  const setOpen = (code: string) =>
    t.testDb.db.transaction().execute(async (trx) => {
      await trx.updateTable('survey_periods').set({ status: 'closed' }).where('status', '=', 'open').execute();
      await trx.updateTable('survey_periods').set({ status: 'open' }).where('code', '=', code).execute();
    });

  beforeAll(async () => {
    t = await startApp(backend);
    cookie = await signIn(t);
    // H1: 40 responses, all satisfied. H2: 20 satisfied and 20 neutral.
    await setOpen('2026-H1');
    for (let i = 0; i < 40; i++) await post({ answers: allAnswers(5), profile: { gender: i % 2 ? 'male' : 'female' } });
    await setOpen('2026-H2');
    for (let i = 0; i < 20; i++)
      await post({ answers: allAnswers(4), profile: { gender: 'female' }, expectations: { faster: 'very-much', online: 'little' } });
    for (let i = 0; i < 20; i++) await post({ answers: allAnswers(3), expectations: { faster: 'much' } });
    await foldPending(t.testDb.db);
  });
  afterAll(() => t.testDb.destroy());

  const get = async (path: string) => {
    const res = await t.app.request(path, { headers: cookie });
    expect(res.status).toBe(200);
    return res.json();
  };

  test('the year combines both halves', async () => {
    const year = await get('/api/admin/stats?period=2026');
    expect({ period: year.period, periods: year.periods, n: year.n, value: year.index.value }).toEqual({
      period: '2026',
      periods: ['2026-H1', '2026-H2'],
      n: 80,
      value: 75,
    });
  });

  test('the change from the previous half-year is tested for significance', async () => {
    const h2 = await get('/api/admin/stats?period=2026-H2');
    // Everyone was satisfied in H1 (no spread), half in H2: sd = √((20 − 20²/40) / 39) = 0.5064, z = −0.5 / (0.5064 / √40) = −6.245.
    expect(h2.previous.period).toBe('2026-H1');
    expect(h2.previous.n).toBe(40);
    expect(h2.previous.index).toEqual({ previous: 100, delta: -50, z: -6.24, significant: true });
    // TC1: 20 of 40 against 40 of 40, pooled p = 0.75: z = −0.5 / √(0.75·0.25·(2/40)) = −5.16.
    expect(h2.previous.items[0]).toEqual({ code: 'TC1', change: { previous: 100, delta: -50, z: -5.16, significant: true } });
  });

  test('breaks down by a profile question, with those who did not answer apart', async () => {
    const body = await get('/api/admin/stats?period=2026-H2&by=profile:gender&minN=1');
    expect(
      body.groups.map((g: { key: string; label: string; n: number; index: { value: number }; rank: number }) => [
        g.key,
        g.label,
        g.n,
        g.index.value,
        g.rank,
      ]),
    ).toEqual([
      ['female', 'Nữ', 20, 100, 1],
      ['', 'Không trả lời', 20, 0, 2],
    ]);
  });

  test('refuses a profile question the questionnaire does not have', async () => {
    const res = await t.app.request('/api/admin/stats?by=profile:shoeSize', { headers: cookie });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_input',
        message: 'The request has invalid fields.',
        issues: [{ path: 'by', message: 'the questionnaire has no profile question shoeSize' }],
      },
    });
  });

  test('reports expectations on their own', async () => {
    const body = await get('/api/admin/stats/expectations?period=2026-H2');
    expect(body.respondents).toBe(40);
    expect(body.levels).toEqual([
      { code: 'very-much', label: 'Rất nhiều' },
      { code: 'much', label: 'Nhiều' },
      { code: 'little', label: 'Ít' },
    ]);
    expect(body.items.slice(0, 2)).toEqual([
      { code: 'faster', label: 'Rút ngắn thời gian giải quyết', answered: 40, levels: { 'very-much': 20, much: 20, little: 0 } },
      { code: 'fewer-documents', label: 'Giảm thành phần hồ sơ', answered: 0, levels: { 'very-much': 0, much: 0, little: 0 } },
    ]);
    expect(body.items.find((i: { code: string }) => i.code === 'online').levels).toEqual({ 'very-much': 0, much: 0, little: 20 });
  });

  test('refuses the expectations report to an anonymous caller', async () => {
    const res = await t.app.request('/api/admin/stats/expectations');
    expect(res.status).toBe(401);
  });

  test('compares the responses with the sample the Ministry guide recommends', async () => {
    const h2 = await t.testDb.db.selectFrom('survey_periods').select('id').where('code', '=', '2026-H2').executeTakeFirstOrThrow();
    const points = await t.testDb.db.selectFrom('service_points').select('id').where('code', 'in', ['DEMO-01', 'DEMO-02']).execute();
    await t.testDb.db
      .insertInto('service_point_transactions')
      .values(points.map((p) => ({ period_id: h2.id, service_point_id: p.id, transactions: 30 })))
      .execute();
    const body = await get('/api/admin/stats?period=2026-H2');
    // N = 60: 60 / (1 + 60 × 0.0025) = 52.2 → 53; 40 responses are fewer.
    expect(body.sample).toEqual({ transactions: 60, servicePoints: 2, recommended: 53, reached: false });
  });
});
