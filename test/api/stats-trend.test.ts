import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { invalidInput, refusals } from '../helpers/admin';
import { backends } from '../helpers/backends';
import { allAnswers, postResponse, signIn, startApp, type SessionHeaders, type TestApp } from '../helpers/app';
import { foldPending } from '../../api/src/stats/summaries';

const factorCodes = ['TC', 'TT', 'CC', 'KQ', 'PA'];
const figure = (value: number | null, ci: [number, number] | null, verdict: string) => ({ value, ci, verdict });
const entry = (period: string, status: string, n: number, f: ReturnType<typeof figure>) => ({
  period,
  status,
  target: 90,
  n,
  index: f,
  factors: factorCodes.map((code) => ({ code, ...f })),
});
const scope = (unit: { id: number; name: string }, filters: Record<string, string | null> = {}) => ({
  unit,
  servicePoint: null,
  respondentType: null,
  channel: null,
  field: null,
  ...filters,
});
const province = { id: 1, name: 'Tỉnh Mẫu (dữ liệu minh hoạ)' };
const center = { id: 2, name: 'Trung tâm Phục vụ hành chính công tỉnh' };

// H1: 40 responses all "very satisfied", folded into the summaries.
const h1 = figure(100, [100, 100], 'met');

describe.each(backends)('the stats trend on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders;
  const post = (body: Record<string, unknown>) => postResponse(t, body);
  const setOpen = (code: string) =>
    t.testDb.db.transaction().execute(async (trx) => {
      await trx.updateTable('survey_periods').set({ status: 'closed' }).where('status', '=', 'open').execute();
      await trx.updateTable('survey_periods').set({ status: 'open' }).where('code', '=', code).execute();
    });
  const get = (path: string, session: SessionHeaders | Record<string, never> = admin) => t.app.request(path, { headers: session });

  beforeAll(async () => {
    t = await startApp(backend);
    admin = await signIn(t);
    await setOpen('2026-H1');
    for (let i = 0; i < 40; i++) await post({ answers: allAnswers(5) });
    await foldPending(t.testDb.db);
    // H2 stays pending, so the trend reads both the summaries and the pending tail.
    await setOpen('2026-H2');
    for (let i = 0; i < 20; i++) await post({ answers: allAnswers(4) });
    for (let i = 0; i < 20; i++) await post({ answers: allAnswers(3), respondentType: 'organization', channel: 'web' });
    for (let i = 0; i < 2; i++) await post({ servicePoint: 'STP-01', answers: allAnswers(5) });
    // A period not yet begun has nothing to show.
    await t.testDb.db
      .insertInto('survey_periods')
      .values({ code: '2027-H1', starts_on: '2027-01-01', ends_on: '2027-06-30', status: 'draft' })
      .execute();
  });
  afterAll(() => t.testDb.destroy());

  test('gives every period that has begun, oldest first, with its index and factors', async () => {
    const res = await get('/api/admin/stats/trend');
    expect(res.status).toBe(200);
    // H2: 22 of 42 satisfied on every item; sd = √((22 − 22²/42) / 41) = 0.5055, ± 1.96 × 0.5055 / √42 = ± 15.29.
    expect(await res.json()).toEqual({
      scope: scope(province),
      minN: 30,
      periods: [entry('2026-H1', 'closed', 40, h1), entry('2026-H2', 'open', 42, figure(52.38, [37.09, 67.67], 'not_met'))],
    });
  });

  test('narrows to a unit and a respondent type, and marks a group under the minimum as insufficient', async () => {
    const res = await get('/api/admin/stats/trend?unit=2&respondentType=citizen');
    expect(await res.json()).toEqual({
      scope: scope(center, { respondentType: 'citizen' }),
      minN: 30,
      periods: [entry('2026-H1', 'closed', 40, h1), entry('2026-H2', 'open', 20, figure(100, [100, 100], 'insufficient'))],
    });
  });

  test('takes the minimum number of responses from minN', async () => {
    const res = await get('/api/admin/stats/trend?servicePoint=stp-01&minN=2');
    expect(await res.json()).toEqual({
      scope: { ...scope(province), servicePoint: 'STP-01' },
      minN: 2,
      periods: [
        entry('2026-H1', 'closed', 0, figure(null, null, 'insufficient')),
        entry('2026-H2', 'open', 2, figure(100, [100, 100], 'met')),
      ],
    });
  });

  test('agrees with /stats for each period', async () => {
    const trend = await (await get('/api/admin/stats/trend?unit=2')).json();
    for (const e of trend.periods) {
      const stats = await (await get(`/api/admin/stats?unit=2&period=${e.period}`)).json();
      const brief = (f: { value: number; ci: number[]; verdict: string }) => ({ value: f.value, ci: f.ci, verdict: f.verdict });
      expect(e).toEqual({
        period: stats.period,
        status: stats.status,
        target: stats.target,
        n: stats.n,
        index: brief(stats.index),
        factors: stats.factors.map((f: { code: string; value: number; ci: number[]; verdict: string }) => ({ code: f.code, ...brief(f) })),
      });
    }
  });

  test('shows a unit manager their own unit by default', async () => {
    const manager = await signIn(t, 'manager-default', 'unit_manager', 2);
    const body = await (await get('/api/admin/stats/trend', manager)).json();
    expect(body.scope).toEqual(scope(center));
    expect(body.periods.map((p: { n: number }) => p.n)).toEqual([40, 40]);
  });

  test('refuses a unit manager a unit outside their subtree', async () => {
    const manager = await signIn(t, 'manager-out', 'unit_manager', 2);
    const res = await get('/api/admin/stats/trend?unit=3', manager);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(refusals.outOfScope);
  });

  test('refuses a unit manager a counter outside their subtree', async () => {
    const manager = await signIn(t, 'manager-counter', 'unit_manager', 2);
    const res = await get('/api/admin/stats/trend?servicePoint=STP-01', manager);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(refusals.outOfScope);
  });

  test('refuses an anonymous caller', async () => {
    const res = await get('/api/admin/stats/trend', {});
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual(refusals.unauthenticated);
  });

  test('refuses a field of procedure together with a counter', async () => {
    const res = await get('/api/admin/stats/trend?servicePoint=DEMO-01&field=dat-dai');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_input',
        message: 'The request has invalid fields.',
        issues: [{ path: 'field', message: 'the field of procedure cannot be combined with a service point; use a unit' }],
      },
    });
  });

  test('names each invalid filter', async () => {
    const res = await get('/api/admin/stats/trend?unit=0&channel=fax&minN=100000');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(
      invalidInput([
        { path: 'unit', message: 'Too small: expected number to be >0' },
        { path: 'channel', message: 'Invalid option: expected one of "kiosk"|"qr"|"web"|"paper"' },
        { path: 'minN', message: 'Too big: expected number to be <=10000' },
      ]),
    );
  });

  test('answers 404 for a unit that does not exist', async () => {
    const res = await get('/api/admin/stats/trend?unit=999');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No unit 999.' } });
  });
});
