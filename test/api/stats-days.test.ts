import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { invalidInput, refusals } from '../helpers/admin';
import { backends } from '../helpers/backends';
import { postResponse, signIn, startApp, type SessionHeaders, type TestApp } from '../helpers/app';
import { foldPending } from '../../api/src/stats/summaries';

const scope = (unit: { id: number; name: string }, filters: Record<string, string | null> = {}) => ({
  unit,
  servicePoint: null,
  respondentType: null,
  channel: null,
  ...filters,
});
const province = { id: 1, name: 'Tỉnh Mẫu (dữ liệu minh hoạ)' };
const center = { id: 2, name: 'Trung tâm Phục vụ hành chính công tỉnh' };
const h2 = { period: '2026-H2', startsOn: '2026-07-01', endsOn: '2026-12-31' };

describe.each(backends)('responses per day on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders;
  const get = (path: string, session: SessionHeaders | Record<string, never> = admin) => t.app.request(path, { headers: session });
  /** Posts a response and sets when it arrived (the database stamps the real time). */
  const post = async (receivedAt: string, body: Record<string, unknown> = {}) => {
    const s = await postResponse(t, body);
    await t.testDb.db
      .updateTable('responses')
      .set({ received_at: new Date(receivedAt) })
      .where('id', '=', s.id)
      .execute();
  };

  beforeAll(async () => {
    t = await startApp(backend);
    admin = await signIn(t);
    // The seed has 2026-H2 open. Folded first:
    await post('2026-07-05T03:00:00Z');
    await post('2026-07-05T09:00:00Z', { respondentType: 'organization' });
    // 18:30 UTC is 01:30 the next morning in Vietnam (UTC+7).
    await post('2026-07-05T18:30:00Z', { servicePoint: 'STP-01' });
    await foldPending(t.testDb.db);
    // Still pending: one more on the 5th and one on the 9th.
    await post('2026-07-05T04:00:00Z', { channel: 'web' });
    await post('2026-07-09T02:00:00Z', { servicePoint: 'DEMO-02', channel: 'web' });
  });
  afterAll(() => t.testDb.destroy());

  test('counts folded and pending responses together, per day in the province time zone', async () => {
    const res = await get('/api/admin/stats/days');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ...h2,
      scope: scope(province),
      days: [
        { day: '2026-07-05', n: 3 },
        { day: '2026-07-06', n: 1 },
        { day: '2026-07-09', n: 1 },
      ],
    });
  });

  test('narrows to a unit', async () => {
    const res = await get('/api/admin/stats/days?period=2026-H2&unit=2');
    expect(await res.json()).toEqual({
      ...h2,
      scope: scope(center),
      days: [
        { day: '2026-07-05', n: 3 },
        { day: '2026-07-09', n: 1 },
      ],
    });
  });

  test('narrows to a counter, a respondent type and a channel', async () => {
    const byCounter = await (await get('/api/admin/stats/days?servicePoint=stp-01')).json();
    const byType = await (await get('/api/admin/stats/days?respondentType=organization')).json();
    const byChannel = await (await get('/api/admin/stats/days?channel=web')).json();
    expect([byCounter, byType, byChannel]).toEqual([
      { ...h2, scope: scope(province, { servicePoint: 'STP-01' }), days: [{ day: '2026-07-06', n: 1 }] },
      { ...h2, scope: scope(province, { respondentType: 'organization' }), days: [{ day: '2026-07-05', n: 1 }] },
      {
        ...h2,
        scope: scope(province, { channel: 'web' }),
        days: [
          { day: '2026-07-05', n: 1 },
          { day: '2026-07-09', n: 1 },
        ],
      },
    ]);
  });

  test('gives the days of both halves for a year', async () => {
    const res = await get('/api/admin/stats/days?period=2026&unit=3');
    expect(await res.json()).toEqual({
      period: '2026',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      scope: scope({ id: 3, name: 'Sở Tư pháp' }),
      days: [{ day: '2026-07-06', n: 1 }],
    });
  });

  test('gives no days for a period without responses', async () => {
    const res = await get('/api/admin/stats/days?period=2026-H1');
    expect(await res.json()).toEqual({ period: '2026-H1', startsOn: '2026-01-01', endsOn: '2026-06-30', scope: scope(province), days: [] });
  });

  test('answers 404 for a period that does not exist', async () => {
    const res = await get('/api/admin/stats/days?period=2031-H1');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No survey period 2031-H1.' } });
  });

  test('refuses a unit manager a unit outside their subtree', async () => {
    const manager = await signIn(t, 'manager-unit', 'unit_manager', 2);
    const res = await get('/api/admin/stats/days?unit=3', manager);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(refusals.outOfScope);
  });

  test('refuses a unit manager a counter outside their subtree', async () => {
    const manager = await signIn(t, 'manager-counter', 'unit_manager', 2);
    const res = await get('/api/admin/stats/days?servicePoint=STP-01', manager);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(refusals.outOfScope);
  });

  test('shows a unit manager their own unit by default', async () => {
    const manager = await signIn(t, 'manager-default', 'unit_manager', 2);
    const res = await get('/api/admin/stats/days', manager);
    expect(await res.json()).toEqual({
      ...h2,
      scope: scope(center),
      days: [
        { day: '2026-07-05', n: 3 },
        { day: '2026-07-09', n: 1 },
      ],
    });
  });

  test('refuses an anonymous caller', async () => {
    const res = await get('/api/admin/stats/days', {});
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual(refusals.unauthenticated);
  });

  test('names each invalid filter', async () => {
    const res = await get('/api/admin/stats/days?period=2026-H3&respondentType=robot&servicePoint=');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(
      invalidInput([
        { path: 'period', message: 'a period code like 2026-H1, or a year for the full year' },
        { path: 'servicePoint', message: 'Too small: expected string to have >=1 characters' },
        { path: 'respondentType', message: 'Invalid option: expected one of "citizen"|"organization"' },
      ]),
    );
  });
});
