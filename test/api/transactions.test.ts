import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminRequest, type SessionHeaders, type TestApp } from '../helpers/app';
import { auditOfEntity, invalidInput, startAppWithRoles } from '../helpers/admin';
import { backends } from '../helpers/backends';

const counters = [
  ['DEMO-01', 'Quầy số 1 – Trung tâm Phục vụ hành chính công', 2, 'Trung tâm Phục vụ hành chính công tỉnh'],
  ['DEMO-02', 'Quầy số 2 – Trung tâm Phục vụ hành chính công', 2, 'Trung tâm Phục vụ hành chính công tỉnh'],
  ['STP-01', 'Bộ phận Một cửa Sở Tư pháp', 3, 'Sở Tư pháp'],
  ['SXD-01', 'Bộ phận Một cửa Sở Xây dựng', 4, 'Sở Xây dựng'],
  ['PTT-01', 'Bộ phận Một cửa phường Trung Tâm', 5, 'UBND phường Trung Tâm'],
  ['XAB-01', 'Bộ phận Một cửa xã An Bình', 6, 'UBND xã An Bình'],
] as const;

const row = ([code, name, unitId, unitName]: (typeof counters)[number], transactions: number | null = null) => ({
  code,
  name,
  active: true,
  unit: { id: unitId, name: unitName },
  transactions,
  updatedAt: transactions === null ? null : expect.any(String),
});

describe.each(backends)('transaction counts on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders, viewer: SessionHeaders, manager: SessionHeaders;
  beforeAll(async () => {
    ({ t, admin, viewer, manager } = await startAppWithRoles(backend, { viewer: 'viewer1', manager: 'manager1' }));
  });
  afterAll(() => t.testDb.destroy());

  const list = (period: string, session = admin) => adminRequest(t.app, session, 'GET', `/api/admin/transactions?period=${period}`);
  const put = (body: unknown, session = admin) => adminRequest(t.app, session, 'PUT', '/api/admin/transactions', body);
  const importCsv = (query: string, csv: string, session = admin, contentType = 'text/csv; charset=utf-8') =>
    t.app.request(`/api/admin/transactions/import?${query}`, {
      method: 'POST',
      headers: { ...session, 'content-type': contentType },
      body: csv,
    });
  const stored = async (period: string) =>
    Object.fromEntries(
      (
        await t.testDb.db
          .selectFrom('service_point_transactions as t')
          .innerJoin('service_points as sp', 'sp.id', 't.service_point_id')
          .innerJoin('survey_periods as p', 'p.id', 't.period_id')
          .select(['sp.code', 't.transactions'])
          .where('p.code', '=', period)
          .execute()
      ).map((r) => [r.code, r.transactions]),
    );
  const transactionAudit = () => auditOfEntity(t, 'service_point_transactions');

  test('lists every counter of the province with no count yet', async () => {
    const res = await list('2026-H2', viewer);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ period: '2026-H2', status: 'open', servicePoints: counters.map((c) => row(c)) });
  });

  test('shows a unit manager only the counters of their own subtree', async () => {
    const res = await list('2026-H2', manager);
    expect(await res.json()).toEqual({ period: '2026-H2', status: 'open', servicePoints: [row(counters[0]), row(counters[1])] });
  });

  test('asks an anonymous visitor to sign in', async () => {
    const res = await t.app.request('/api/admin/transactions?period=2026-H2');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Please sign in.' } });
  });

  test('needs a period that exists', async () => {
    const missing = await list('2031-H1');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not_found', message: 'No survey period 2031-H1.' } });
    const none = await adminRequest(t.app, admin, 'GET', '/api/admin/transactions');
    expect((await none.json()).error.issues).toEqual([{ path: 'period', message: 'Invalid input: expected string, received undefined' }]);
  });

  test('stores a count entered by hand and records the change', async () => {
    const res = await put({ period: '2026-H2', servicePoint: 'demo-01', transactions: 1200 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ period: '2026-H2', servicePoint: 'DEMO-01', transactions: 1200, updatedAt: expect.any(String) });
    await put({ period: '2026-H2', servicePoint: 'DEMO-01', transactions: 1250 });
    expect(await stored('2026-H2')).toEqual({ 'DEMO-01': 1250 });
    expect(await transactionAudit()).toEqual([
      { username: 'admin', action: 'update', entityId: '2026-H2/DEMO-01', before: { transactions: null }, after: { transactions: 1200 } },
      { username: 'admin', action: 'update', entityId: '2026-H2/DEMO-01', before: { transactions: 1200 }, after: { transactions: 1250 } },
    ]);
  });

  test('names each invalid field of a count entered by hand', async () => {
    const res = await put({ period: '2026', servicePoint: '', transactions: 12.5 });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(
      invalidInput([
        { path: 'period', message: 'a period code like 2026-H1' },
        { path: 'servicePoint', message: 'Too small: expected string to have >=1 characters' },
        { path: 'transactions', message: 'Invalid input: expected int, received number' },
      ]),
    );
  });

  test('answers 404 for a counter that does not exist', async () => {
    const res = await put({ period: '2026-H2', servicePoint: 'XYZ-99', transactions: 5 });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No service point has the code XYZ-99.' } });
  });

  test('keeps the counts of a closed period as they were', async () => {
    const closed = { error: { code: 'period_closed', message: '2026-H1 is closed: its transaction counts are frozen with its results.' } };
    const entered = await put({ period: '2026-H1', servicePoint: 'DEMO-01', transactions: 5 });
    const imported = await importCsv('period=2026-H1', 'DEMO-01,5\n');
    expect([entered.status, imported.status]).toEqual([409, 409]);
    expect(await entered.json()).toEqual(closed);
    expect(await imported.json()).toEqual(closed);
    expect(await stored('2026-H1')).toEqual({});
  });

  test('refuses counts from viewers and unit managers', async () => {
    for (const session of [viewer, manager]) {
      const entered = await put({ period: '2026-H2', servicePoint: 'DEMO-02', transactions: 5 }, session);
      const imported = await importCsv('period=2026-H2', 'DEMO-02,5\n', session);
      expect([entered.status, imported.status]).toEqual([403, 403]);
      expect(await imported.json()).toEqual({ error: { code: 'forbidden', message: 'Your role does not allow this.' } });
    }
    expect(await stored('2026-H2')).toEqual({ 'DEMO-01': 1250 });
  });

  test('imports a file saved by Excel: a BOM, a header row, semicolons and CRLF', async () => {
    const res = await importCsv('period=2026-H2', '\uFEFFMã quầy;Số hồ sơ\r\nDEMO-01;1300\r\nstp-01;800\r\n\r\nXAB-01;0\r\n');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ imported: 3 });
    expect(await stored('2026-H2')).toEqual({ 'DEMO-01': 1300, 'STP-01': 800, 'XAB-01': 0 });
    expect((await transactionAudit()).at(-1)).toEqual({
      username: 'admin',
      action: 'import',
      entityId: '2026-H2',
      before: { 'DEMO-01': 1250, 'STP-01': null, 'XAB-01': null },
      after: { 'DEMO-01': 1300, 'STP-01': 800, 'XAB-01': 0 },
    });
  });

  test('names every bad line of a file and imports none of it', async () => {
    const audited = (await transactionAudit()).length;
    const csv = 'servicePoint,transactions\nDEMO-02,40\nXYZ-99,10\nDEMO-02,41\nSXD-01,-3\nPTT-01,1,234\nSTP-01,12.5\n';
    const res = await importCsv('period=2026-H2', csv);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_input',
        message: 'The file has problems; nothing was imported. Each bad line is named.',
        issues: [
          { path: 'line.3', message: 'no service point has the code XYZ-99' },
          { path: 'line.4', message: 'DEMO-02 is already on line 2' },
          { path: 'line.5', message: '"-3" is not a whole number of 0 or more (write it without separators)' },
          { path: 'line.6', message: 'expected 2 columns (service point code, transactions), found 3' },
          { path: 'line.7', message: '"12.5" is not a whole number of 0 or more (write it without separators)' },
        ],
      },
    });
    expect(await stored('2026-H2')).toEqual({ 'DEMO-01': 1300, 'STP-01': 800, 'XAB-01': 0 });
    expect((await transactionAudit()).length).toBe(audited);
  });

  test('names the bad lines in Vietnamese when asked', async () => {
    const res = await importCsv('period=2026-H2&lang=vi', 'XYZ-99,10\n');
    expect((await res.json()).error.issues).toEqual([{ path: 'line.1', message: 'không có quầy nào mang mã XYZ-99' }]);
  });

  test('refuses an empty file and a body that is not text', async () => {
    const empty = await importCsv('period=2026-H2', '\uFEFF\r\n');
    expect((await empty.json()).error.issues).toEqual([{ path: 'file', message: 'the file has no rows' }]);
    const json = await importCsv('period=2026-H2', '{"DEMO-01": 5}', admin, 'application/json');
    expect(json.status).toBe(415);
    expect(await json.json()).toEqual({ error: { code: 'unsupported_media_type', message: 'Send the file as text/csv.' } });
  });

  test('feeds the sample size the statistics recommend', async () => {
    const stats = await (await adminRequest(t.app, admin, 'GET', '/api/admin/stats?period=2026-H2')).json();
    // N = 1300 + 800 + 0 = 2100 → n = 2100 / (1 + 2100 × 0.05²) = 2100 / 6.25 = 336.
    expect(stats.sample).toEqual({ transactions: 2100, servicePoints: 3, recommended: 336, reached: false });
  });
});
