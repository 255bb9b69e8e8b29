// The supervisors' list of disputed paper sheets: which sheets it holds, in whose scope, for which
// period, and that a resolution takes a sheet off it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../api/src/app';
import { adminRequest, allAnswers, type SessionHeaders, signIn, startApp, type TestApp } from '../helpers/app';
import { invalidInput, refusals, sendJson } from '../helpers/admin';
import { backends } from '../helpers/backends';

const counters = {
  'DEMO-01': 'Quầy số 1 – Trung tâm Phục vụ hành chính công',
  'DEMO-02': 'Quầy số 2 – Trung tâm Phục vụ hành chính công',
  'STP-01': 'Bộ phận Một cửa Sở Tư pháp',
};
type Counter = keyof typeof counters;

describe.each(backends)('the list of disputed paper sheets on %s', (backend) => {
  let t: TestApp;
  let now = new Date('2026-09-01T08:00:00Z');
  let admin: SessionHeaders, manager: SessionHeaders, manager3: SessionHeaders, viewer: SessionHeaders, clerk: SessionHeaders;
  let clerk2: SessionHeaders;
  /** The sheets made below: disputed in 2026-H2 at DEMO-01 and STP-01, in 2027-H1 at DEMO-02, and some that are not. */
  const sheet: Record<'demo' | 'justice' | 'next' | 'once' | 'verified', string> = {
    demo: '',
    justice: '',
    next: '',
    once: '',
    verified: '',
  };

  const at = (time: string) => {
    now = new Date(time);
  };
  const print = async (counter: Counter, period = '2026-H2') => {
    const res = await adminRequest(t.app, admin, 'GET', `/api/admin/service-points/${counter}/paper-forms.pdf?count=1&period=${period}`);
    expect(res.status).toBe(200);
    const batch = Number(res.headers.get('x-paper-batch'));
    return (await t.testDb.db.selectFrom('paper_sheets').select('code').where('batch_id', '=', batch).executeTakeFirstOrThrow()).code;
  };
  const key = async (session: SessionHeaders, code: string, answer: number) =>
    (
      await sendJson(t, session, 'POST', '/api/admin/paper-entries', {
        sheet: code,
        respondentType: 'citizen',
        answers: allAnswers(answer),
      })
    ).status;
  const list = (session: SessionHeaders, query = 'status=disputed') => sendJson(t, session, 'GET', `/api/admin/paper-sheets?${query}`);
  const listed = (code: string, counter: Counter, period: string, disputedAt: string) => ({
    sheet: code,
    servicePoint: { code: counter, name: counters[counter] },
    period,
    disputedAt,
  });

  beforeAll(async () => {
    const started = await startApp(backend);
    t = { ...started, app: createApp({ db: started.testDb.db, now: () => now, publicBaseUrl: 'http://localhost' }) };
    admin = await signIn(t, 'admin');
    viewer = await signIn(t, 'viewer', 'viewer');
    manager = await signIn(t, 'manager', 'unit_manager', 2);
    manager3 = await signIn(t, 'manager3', 'unit_manager', 3);
    clerk = await signIn(t, 'clerk', 'data_entry', 2);
    clerk2 = await signIn(t, 'clerk2', 'data_entry', 2);
    expect((await sendJson(t, admin, 'POST', '/api/admin/periods/year', { year: 2027 })).status).toBe(201);
    for (const [name, counter, period] of [
      ['demo', 'DEMO-01', '2026-H2'],
      ['justice', 'STP-01', '2026-H2'],
      ['next', 'DEMO-02', '2027-H1'],
      ['once', 'DEMO-01', '2026-H2'],
      ['verified', 'DEMO-02', '2026-H2'],
    ] as const) {
      sheet[name] = await print(counter, period);
    }
    // Keyed first in this order, and disputed by a differing second entry in another: demo, next, justice.
    at('2026-09-01T08:00:00Z');
    for (const code of [sheet.demo, sheet.next, sheet.once, sheet.verified]) expect(await key(clerk, code, 4)).toBe(201);
    expect(await key(admin, sheet.justice, 4)).toBe(201);
    at('2026-09-02T09:00:00Z');
    expect(await key(clerk2, sheet.demo, 5)).toBe(409);
    at('2026-09-03T10:00:00Z');
    expect(await key(clerk2, sheet.next, 3)).toBe(409);
    at('2026-09-04T11:00:00Z');
    expect(await key(manager3, sheet.justice, 2)).toBe(409);
    expect(await key(clerk2, sheet.verified, 4)).toBe(200);
  });
  afterAll(() => t.testDb.destroy());

  test('a province administrator sees every disputed sheet, the latest dispute first, with its counter, period and time', async () => {
    expect(await list(admin)).toEqual({
      status: 200,
      body: {
        sheets: [
          listed(sheet.justice, 'STP-01', '2026-H2', '2026-09-04T11:00:00.000Z'),
          listed(sheet.next, 'DEMO-02', '2027-H1', '2026-09-03T10:00:00.000Z'),
          listed(sheet.demo, 'DEMO-01', '2026-H2', '2026-09-02T09:00:00.000Z'),
        ],
      },
    });
  });

  test('a period code narrows the list to that period', async () => {
    expect(await list(admin, 'status=disputed&period=2026-H2')).toEqual({
      status: 200,
      body: {
        sheets: [
          listed(sheet.justice, 'STP-01', '2026-H2', '2026-09-04T11:00:00.000Z'),
          listed(sheet.demo, 'DEMO-01', '2026-H2', '2026-09-02T09:00:00.000Z'),
        ],
      },
    });
    expect(await list(admin, 'status=disputed&period=2027-H1')).toEqual({
      status: 200,
      body: { sheets: [listed(sheet.next, 'DEMO-02', '2027-H1', '2026-09-03T10:00:00.000Z')] },
    });
    expect(await list(admin, 'status=disputed&period=2027-H2')).toEqual({ status: 200, body: { sheets: [] } });
  });

  test('a unit manager sees the disputed sheets of their subtree only', async () => {
    expect(await list(manager)).toEqual({
      status: 200,
      body: {
        sheets: [
          listed(sheet.next, 'DEMO-02', '2027-H1', '2026-09-03T10:00:00.000Z'),
          listed(sheet.demo, 'DEMO-01', '2026-H2', '2026-09-02T09:00:00.000Z'),
        ],
      },
    });
    expect(await list(manager3)).toEqual({
      status: 200,
      body: { sheets: [listed(sheet.justice, 'STP-01', '2026-H2', '2026-09-04T11:00:00.000Z')] },
    });
  });

  test('a data-entry clerk and a viewer are refused', async () => {
    expect(await list(clerk)).toEqual({ status: 403, body: refusals.forbidden });
    expect(await list(viewer)).toEqual({ status: 403, body: refusals.forbidden });
  });

  test('a bad query is 400 naming the field, an unknown period 404', async () => {
    expect(await list(admin, '')).toEqual({
      status: 400,
      body: invalidInput([{ path: 'status', message: 'Invalid input: expected "disputed"' }]),
    });
    expect(await list(admin, 'status=entered')).toEqual({
      status: 400,
      body: invalidInput([{ path: 'status', message: 'Invalid input: expected "disputed"' }]),
    });
    expect(await list(admin, 'status=disputed&period=2026-H3')).toEqual({
      status: 400,
      body: invalidInput([{ path: 'period', message: 'a period code like 2026-H1' }]),
    });
    expect(await list(admin, 'status=disputed&period=2030-H1')).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: 'No survey period 2030-H1.' } },
    });
  });

  test('a resolved sheet leaves the list', async () => {
    const resolution = { respondentType: 'citizen', answers: allAnswers(5) };
    expect((await sendJson(t, manager, 'POST', `/api/admin/paper-sheets/${sheet.demo}/resolution`, resolution)).status).toBe(200);
    expect(await list(manager)).toEqual({
      status: 200,
      body: { sheets: [listed(sheet.next, 'DEMO-02', '2027-H1', '2026-09-03T10:00:00.000Z')] },
    });
  });
});
