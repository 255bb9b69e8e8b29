import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { allAnswers, postResponse, signIn, startApp, type TestApp, type SessionHeaders } from '../helpers/app';
import { invalidInput } from '../helpers/admin';

const pa = ['PA1', 'PA2', 'PA3'];

describe.each(backends)('GET /api/admin/stats on %s', (backend) => {
  let t: TestApp;
  let cookie: SessionHeaders;
  beforeAll(async () => {
    t = await startApp(backend);
    cookie = await signIn(t);
    // Two very satisfied, one neutral, one satisfied who found the feedback items not applicable.
    for (const answers of [allAnswers(5), allAnswers(5), allAnswers(3), allAnswers(4, pa)]) {
      await postResponse(t, { answers });
    }
  });
  afterAll(() => t.testDb.destroy());

  const get = async (query: string) => {
    const res = await t.app.request(`/api/admin/stats${query}`, { headers: cookie });
    expect(res.status).toBe(200);
    return res.json();
  };

  test('computes items, factors and the index as SIPAS.md §3 defines them', async () => {
    const figure = (value: number, ci: [number, number], n: number) => ({ value, ci, n, verdict: 'insufficient', moreNeeded: null });
    const item = (code: string, factor: string) =>
      pa.includes(code)
        ? { code, factor, ...figure(66.67, [20.77, 93.85], 3), distribution: { '1': 0, '2': 0, '3': 1, '4': 0, '5': 2, na: 1 } }
        : { code, factor, ...figure(75, [30.06, 95.44], 4), distribution: { '1': 0, '2': 0, '3': 1, '4': 1, '5': 2, na: 0 } };
    const body = await get('');
    expect(body).toEqual({
      period: '2026-H2',
      periods: ['2026-H2'],
      status: 'open',
      startsOn: '2026-07-01',
      endsOn: '2026-12-31',
      target: 90,
      minN: 30,
      scope: { unit: { id: 1, name: 'Tỉnh Mẫu (dữ liệu minh hoạ)' }, servicePoint: null, respondentType: null, channel: null, field: null },
      n: 4,
      // (4 × 75 + 66.67) / 5; sd of the respondent scores (1, 1, 0, 1) is 0.5.
      index: figure(73.33, [24.33, 100], 4),
      factors: [
        { code: 'TC', ...figure(75, [26, 100], 4) },
        { code: 'TT', ...figure(75, [26, 100], 4) },
        { code: 'CC', ...figure(75, [26, 100], 4) },
        { code: 'KQ', ...figure(75, [26, 100], 4) },
        { code: 'PA', ...figure(66.67, [1.33, 100], 3) },
      ],
      items: [
        ...['TC1', 'TC2', 'TC3', 'TC4'].map((c) => item(c, 'TC')),
        ...['TT1', 'TT2', 'TT3', 'TT4'].map((c) => item(c, 'TT')),
        ...['CC1', 'CC2', 'CC3', 'CC4', 'CC5'].map((c) => item(c, 'CC')),
        ...['KQ1', 'KQ2', 'KQ3'].map((c) => item(c, 'KQ')),
        ...pa.map((c) => item(c, 'PA')),
      ],
      // 2026-H1 exists but has no responses: nothing to compare with.
      previous: {
        period: '2026-H1',
        n: 0,
        index: null,
        factors: ['TC', 'TT', 'CC', 'KQ', 'PA'].map((code) => ({ code, change: null })),
        items: body.items.map((i: { code: string }) => ({ code: i.code, change: null })),
      },
      sample: null,
    });
  });

  test('gives a verdict with the further responses needed once n reaches the minimum', async () => {
    const body = await get('?minN=2');
    // ceil((1.96 × 0.5 / (0.90 − 0.7333))²) = 35 responses in all, 31 more than the 4 in.
    expect(body.index).toEqual({ value: 73.33, ci: [24.33, 100], n: 4, verdict: 'inconclusive', moreNeeded: 31 });
  });

  test('reports an empty period with null figures', async () => {
    const body = await get('?period=2026-H1');
    expect(body.n).toBe(0);
    expect(body.index).toEqual({ value: null, ci: null, n: 0, verdict: 'insufficient', moreNeeded: null });
    expect(body.items[0]).toEqual({
      code: 'TC1',
      factor: 'TC',
      value: null,
      ci: null,
      n: 0,
      verdict: 'insufficient',
      moreNeeded: null,
      distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, na: 0 },
    });
  });

  test('answers 404 for a period that does not exist and 400 for a malformed one', async () => {
    const missing = await t.app.request('/api/admin/stats?period=2019-H1', { headers: cookie });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not_found', message: 'No survey period 2019-H1.' } });
    const bad = await t.app.request('/api/admin/stats?period=H1&by=colour', { headers: cookie });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual(
      invalidInput([
        { path: 'period', message: 'a period code like 2026-H1, or a year for the full year' },
        { path: 'by', message: 'one of unit, servicePoint, respondentType, channel, field, or profile:<question> (e.g. profile:gender)' },
      ]),
    );
  });
});
