import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foldPending } from '../../api/src/stats/summaries';
import { adminRequest, postJson, postResponse, type SessionHeaders, submission, type TestApp } from '../helpers/app';
import { auditCount, invalidInput, refusals, startAppWithRoles } from '../helpers/admin';
import { backends } from '../helpers/backends';

const { forbidden } = refusals;

describe.each(backends)('survey periods on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders, viewer: SessionHeaders, manager: SessionHeaders;
  beforeAll(async () => {
    ({ t, admin, viewer, manager } = await startAppWithRoles(backend, { viewer: 'viewer1', manager: 'manager1' }));
  });
  afterAll(() => t.testDb.destroy());

  const request = (method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown, session = admin) =>
    adminRequest(t.app, session, method, `/api/admin/periods${path}`, body);
  const periodAudit = (code: string) =>
    t.testDb.db
      .selectFrom('audit_log')
      .select(['username', 'action', 'entity', 'entity_id as entityId', 'before', 'after'])
      .where('entity', '=', 'survey_period')
      .where('entity_id', '=', code)
      .orderBy('id')
      .execute();

  test('lists the periods newest first, counting both summarised and pending responses', async () => {
    await postResponse(t);
    await foldPending(t.testDb.db);
    await postResponse(t);
    const res = await request('GET', '');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      periods: [
        { code: '2026-H2', startsOn: '2026-07-01', endsOn: '2026-12-31', target: 90, status: 'open', responses: 2 },
        { code: '2026-H1', startsOn: '2026-01-01', endsOn: '2026-06-30', target: 90, status: 'closed', responses: 0 },
      ],
    });
  });

  test('asks an anonymous visitor to sign in', async () => {
    const res = await t.app.request('/api/admin/periods');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Please sign in.' } });
  });

  test('lets viewers and unit managers read the periods', async () => {
    const asViewer = await request('GET', '', undefined, viewer);
    const asManager = await request('GET', '', undefined, manager);
    expect([asViewer.status, asManager.status]).toEqual([200, 200]);
    expect(await asManager.json()).toEqual(await asViewer.json());
  });

  test('creates both halves of a year as drafts with the default target, and records each', async () => {
    const res = await request('POST', '/year', { year: 2027 });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      periods: [
        { code: '2027-H1', startsOn: '2027-01-01', endsOn: '2027-06-30', target: 90, status: 'draft', responses: 0 },
        { code: '2027-H2', startsOn: '2027-07-01', endsOn: '2027-12-31', target: 90, status: 'draft', responses: 0 },
      ],
    });
    expect(await periodAudit('2027-H2')).toEqual([
      {
        username: 'admin',
        action: 'create',
        entity: 'survey_period',
        entityId: '2027-H2',
        before: null,
        after: { code: '2027-H2', startsOn: '2027-07-01', endsOn: '2027-12-31', target: 90, status: 'draft' },
      },
    ]);
  });

  test('creates a year with the target it is given', async () => {
    const res = await request('POST', '/year', { year: 2029, target: 85.5 });
    expect((await res.json()).periods.map((p: { target: number }) => p.target)).toEqual([85.5, 85.5]);
  });

  test('refuses to create a year whose periods exist', async () => {
    const res = await request('POST', '/year', { year: 2026 });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: 'period_exists', message: '2026-H1 and 2026-H2 already exist.' } });
  });

  test('names each invalid field of a new year', async () => {
    const res = await request('POST', '/year', { year: 1999.5, target: 0, extra: true });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(
      invalidInput([
        { path: 'year', message: 'Invalid input: expected int, received number' },
        { path: 'target', message: 'Too small: expected number to be >=1' },
        { path: '', message: 'Unrecognized key: "extra"' },
      ]),
    );
  });

  test('refuses every change from viewers and unit managers, and records nothing', async () => {
    const before = await auditCount(t);
    for (const session of [viewer, manager]) {
      const answers = [
        await request('POST', '/year', { year: 2030 }, session),
        await request('PATCH', '/2026-H2', { target: 80 }, session),
        await request('POST', '/2026-H2/close', undefined, session),
        await request('POST', '/2027-H1/open', undefined, session),
      ];
      expect(answers.map((r) => r.status)).toEqual([403, 403, 403, 403]);
      expect(await answers[0]!.json()).toEqual(forbidden);
    }
    expect(await auditCount(t)).toBe(before);
  });

  test('changes the dates and target of a period and records both versions', async () => {
    const res = await request('PATCH', '/2027-H1', { startsOn: '2027-01-15', target: 92.5 });
    expect(res.status).toBe(200);
    const changed = { code: '2027-H1', startsOn: '2027-01-15', endsOn: '2027-06-30', target: 92.5, status: 'draft' };
    expect(await res.json()).toEqual({ ...changed, responses: 0 });
    expect((await periodAudit('2027-H1')).at(-1)).toEqual({
      username: 'admin',
      action: 'update',
      entity: 'survey_period',
      entityId: '2027-H1',
      before: { code: '2027-H1', startsOn: '2027-01-01', endsOn: '2027-06-30', target: 90, status: 'draft' },
      after: changed,
    });
  });

  test('refuses dates outside the half, naming each', async () => {
    const res = await request('PATCH', '/2027-H2', { startsOn: '2027-06-30', endsOn: '2028-01-01' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(
      invalidInput([
        { path: 'startsOn', message: 'must lie within 2027-H2: 2027-07-01 to 2027-12-31' },
        { path: 'endsOn', message: 'must lie within 2027-H2: 2027-07-01 to 2027-12-31' },
      ]),
    );
  });

  test('refuses an end before the start, also against the stored start', async () => {
    await request('PATCH', '/2027-H2', { startsOn: '2027-09-01' });
    const res = await request('PATCH', '/2027-H2', { endsOn: '2027-08-31' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues).toEqual([{ path: 'endsOn', message: 'must not be before startsOn' }]);
  });

  test('refuses an empty change and a day that is not in the calendar', async () => {
    const empty = await request('PATCH', '/2027-H1', {});
    const impossible = await request('PATCH', '/2027-H1', { startsOn: '2027-02-30' });
    expect((await empty.json()).error.issues).toEqual([{ path: '', message: 'name at least one of startsOn, endsOn, target' }]);
    expect((await impossible.json()).error.issues).toEqual([{ path: 'startsOn', message: 'a date written YYYY-MM-DD' }]);
  });

  test('answers 404 for a period that does not exist and 400 for a malformed code', async () => {
    const missing = await request('PATCH', '/2031-H1', { target: 95 });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not_found', message: 'No survey period 2031-H1.' } });
    const malformed = await request('POST', '/2031-H3/open');
    expect((await malformed.json()).error.issues).toEqual([{ path: 'code', message: 'a period code like 2026-H1' }]);
  });

  test('refuses to change a closed period', async () => {
    const res = await request('PATCH', '/2026-H1', { target: 95 });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: { code: 'period_closed', message: '2026-H1 is closed: its results are frozen and it cannot be changed or reopened.' },
    });
  });

  test('refuses to open a period while another is open, naming the open one', async () => {
    const res = await request('POST', '/2027-H1/open');
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: { code: 'another_period_open', message: '2026-H2 is open: close it before opening 2027-H1.' },
    });
  });

  test('refuses to close a period that was never opened', async () => {
    const res = await request('POST', '/2027-H1/close');
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: 'not_open', message: '2027-H1 has not been opened, so it cannot be closed.' } });
  });

  test('closes the open period and records who closed it', async () => {
    const res = await request('POST', '/2026-H2/close');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      code: '2026-H2',
      startsOn: '2026-07-01',
      endsOn: '2026-12-31',
      target: 90,
      status: 'closed',
      responses: 2,
    });
    const period = { code: '2026-H2', startsOn: '2026-07-01', endsOn: '2026-12-31', target: 90 };
    // Closing froze the period: its snapshot was taken in the same transaction, digest recorded.
    const snapshot = await t.testDb.db
      .selectFrom('period_snapshots as s')
      .innerJoin('survey_periods as p', 'p.id', 's.period_id')
      .select('s.digest')
      .where('p.code', '=', '2026-H2')
      .executeTakeFirstOrThrow();
    expect(snapshot.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await periodAudit('2026-H2')).toEqual([
      {
        username: 'admin',
        action: 'close',
        entity: 'survey_period',
        entityId: '2026-H2',
        before: { ...period, status: 'open' },
        after: { ...period, status: 'closed', digest: snapshot.digest },
      },
    ]);
  });

  test('after closing, the public form and new responses are turned away', async () => {
    const form = await t.app.request('/api/forms/DEMO-01');
    const response = await postJson(t.app, '/api/responses', submission());
    const noOpenPeriod = { error: { code: 'no_open_period', message: 'No survey period is open at the moment.' } };
    expect([form.status, response.status]).toEqual([409, 409]);
    expect(await form.json()).toEqual(noOpenPeriod);
    expect(await response.json()).toEqual(noOpenPeriod);
  });

  test('never reopens a closed period', async () => {
    const res = await request('POST', '/2026-H2/open');
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('period_closed');
  });

  test('opens a draft period once none is open, and new responses join it', async () => {
    const res = await request('POST', '/2027-H1/open');
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('open');
    const response = await postJson(t.app, '/api/responses', submission());
    expect(response.status).toBe(201);
    expect((await response.json()).period).toBe('2027-H1');
    expect((await periodAudit('2027-H1')).at(-1)).toMatchObject({ action: 'open', before: { status: 'draft' }, after: { status: 'open' } });
  });

  test('refuses to open the period that is already open', async () => {
    const res = await request('POST', '/2027-H1/open');
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: 'already_open', message: '2027-H1 is already open.' } });
  });
});
