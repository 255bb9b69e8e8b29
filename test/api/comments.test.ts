import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '@sipas/api/app';
import { questionnaireCache } from '../../api/src/questionnaires/cache';
import { runJobs } from '../../api/src/jobs/jobs';
import { backends } from '../helpers/backends';
import {
  adminRequest,
  allAnswers,
  itemCodes,
  postJson,
  signIn,
  startApp,
  submission,
  type SessionHeaders,
  type TestApp,
} from '../helpers/app';
import { invalidInput } from '../helpers/admin';

const now = new Date('2026-08-20T12:00:00Z');
const points: Record<string, number> = { 'DEMO-01': 1, 'DEMO-02': 2, 'STP-01': 3 };

/** Stored answers in the version's item order: every item `base` unless named (0 = N/A, null = skipped). */
function answers(named: Record<string, number | null>, base = 4): (number | null)[] {
  return itemCodes.map((code) => (code in named ? named[code]! : base));
}

const reference = (id: string) => `${id.slice(0, 4)}-${id.slice(4, 8)}`.toUpperCase();

describe.each(backends)('comments and follow-up on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders;
  let viewer: SessionHeaders;
  let manager2: SessionHeaders;
  let manager3: SessionHeaders;
  const ids: Record<string, string> = {};

  async function insert(
    key: string,
    at: string,
    named: Record<string, number | null>,
    options: { base?: number; comment?: string; point?: string; period?: string } = {},
  ) {
    const period = await t.testDb.db
      .selectFrom('survey_periods')
      .select('id')
      .where('code', '=', options.period ?? '2026-H2')
      .executeTakeFirstOrThrow();
    const id = randomUUID();
    ids[key] = id;
    await t.testDb.db
      .insertInto('responses')
      .values({
        id,
        service_point_id: points[options.point ?? 'DEMO-01']!,
        period_id: period.id,
        questionnaire_version_id: 1,
        respondent_type: 'citizen',
        channel: 'qr',
        lang: 'vi',
        answers: answers(named, options.base),
        score: null,
        factor_scores: [],
        field: null,
        profile: null,
        expectations: null,
        comment: options.comment ?? null,
        digest: id,
        received_at: at,
      })
      .execute();
  }

  beforeAll(async () => {
    const started = await startApp(backend);
    t = { ...started, app: createApp({ db: started.testDb.db, now: () => now }) };
    admin = await signIn(t, 'admin');
    viewer = await signIn(t, 'viewer', 'viewer');
    manager2 = await signIn(t, 'manager2', 'unit_manager', 2);
    manager3 = await signIn(t, 'manager3', 'unit_manager', 3);
    await insert('neutral', '2026-08-02T08:00:00Z', {}, { base: 3 });
    await insert('lowMean', '2026-08-03T08:00:00Z', { CC1: 2, CC2: 2, CC3: 3, CC4: 3, CC5: 3 });
    await insert('script', '2026-08-04T08:00:00Z', { TC4: 1 }, { base: 5, comment: '<script>alert(1)</script>' });
    await insert('naOnly', '2026-08-05T08:00:00Z', { TT1: 3, TT2: 3, TT3: 0, TT4: 3 }, { comment: 'Cảm ơn' });
    await insert('skipped', '2026-08-06T08:00:00Z', { PA1: 0, PA2: 0, PA3: 0, KQ1: null, KQ2: null, KQ3: null });
    await insert('justice', '2026-08-07T08:00:00Z', { KQ1: 2, KQ2: 2, KQ3: 2 }, { point: 'STP-01', comment: 'Chờ lâu' });
    await insert('praise', '2026-08-08T08:00:00Z', {}, { base: 5, point: 'DEMO-02', comment: 'Rất tốt' });
    // A closed period takes no new rows; this one is written as if before it closed.
    await t.testDb.db.updateTable('survey_periods').set({ status: 'draft' }).where('code', '=', '2026-H1').execute();
    await insert('lastHalf', '2026-05-10T08:00:00Z', {}, { period: '2026-H1', comment: 'Đợt trước' });
    await t.testDb.db.updateTable('survey_periods').set({ status: 'closed' }).where('code', '=', '2026-H1').execute();
  });
  afterAll(() => t.testDb.destroy());

  const get = async (session: SessionHeaders, query = '') => {
    const res = await adminRequest(t.app, session, 'GET', `/api/admin/comments${query}`);
    return { status: res.status, body: await res.json() };
  };
  const listed = async (session: SessionHeaders, query: string) => (await get(session, query)).body.items.map((i: { id: string }) => i.id);
  const post = (session: SessionHeaders, key: string, step: string, body?: unknown) =>
    adminRequest(t.app, session, 'POST', `/api/admin/comments/${ids[key] ?? key}/${step}`, body);
  const open = { status: 'open', note: null, action: null, acknowledged: null, closed: null };

  test('refuses an anonymous caller', async () => {
    const res = await t.app.request('/api/admin/comments');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Please sign in.' } });
  });

  test('lists a unit manager the comments and low scores of their subtree, newest first, comments of small groups included', async () => {
    const body = (await get(manager2, '?period=2026-H2')).body;
    const item = (key: string, receivedAt: string, ageDays: number, point: string, extra: Record<string, unknown>) => ({
      id: ids[key],
      reference: reference(ids[key]!),
      period: '2026-H2',
      receivedAt,
      ageDays,
      servicePoint: { code: point, name: `Quầy số ${point.slice(-1)} – Trung tâm Phục vụ hành chính công` },
      unit: { id: 2, name: 'Trung tâm Phục vụ hành chính công tỉnh' },
      respondentType: 'citizen',
      channel: 'qr',
      withheld: false,
      followUp: open,
      ...extra,
    });
    expect(body).toEqual({
      items: [
        item('praise', '2026-08-08T08:00:00.000Z', 12, 'DEMO-02', { comment: 'Rất tốt', lowFactors: [], lowItems: [] }),
        item('naOnly', '2026-08-05T08:00:00.000Z', 15, 'DEMO-01', { comment: 'Cảm ơn', lowFactors: [], lowItems: [] }),
        item('script', '2026-08-04T08:00:00.000Z', 16, 'DEMO-01', {
          comment: '<script>alert(1)</script>',
          lowFactors: ['TC'],
          lowItems: ['TC4'],
        }),
        item('lowMean', '2026-08-03T08:00:00.000Z', 17, 'DEMO-01', { comment: null, lowFactors: ['CC'], lowItems: [] }),
      ],
      next: null,
      counts: { open: 4, acknowledged: 0, closed: 0 },
      minN: 30,
      periods: [
        { code: '2026-H2', status: 'open' },
        { code: '2026-H1', status: 'closed' },
      ],
      factors: expect.arrayContaining([{ code: 'CC', name: { vi: 'Công chức trực tiếp giải quyết công việc', en: 'Civil servants' } }]),
    });
  });

  test('detects low scores from the answers: a mean below 3 or an item answered 1, never N/A or skipped items', async () => {
    const body = (await get(admin, '?kind=low')).body;
    expect(body.items.map((i: { id: string; lowFactors: string[]; lowItems: string[] }) => [i.id, i.lowFactors, i.lowItems])).toEqual([
      [ids.justice, ['KQ'], []],
      [ids.script, ['TC'], ['TC4']],
      [ids.lowMean, ['CC'], []],
    ]);
  });

  test('kind=comment lists only responses with a comment, across every period when none is named', async () => {
    expect(await listed(admin, '?kind=comment')).toEqual([ids.praise, ids.justice, ids.naOnly, ids.script, ids.lastHalf]);
  });

  test('factor= keeps the responses low on that factor', async () => {
    expect(await listed(admin, '?factor=CC')).toEqual([ids.lowMean]);
    expect(await listed(admin, '?factor=TC&kind=comment')).toEqual([ids.script]);
    expect(await listed(admin, '?factor=PA')).toEqual([]);
  });

  test('pages with a keyset: next names the last id shown, before= continues after it', async () => {
    const first = (await get(admin, '?period=2026-H2&limit=2')).body;
    expect([first.items.map((i: { id: string }) => i.id), first.next]).toEqual([[ids.praise, ids.justice], ids.justice]);
    const second = (await get(admin, `?period=2026-H2&limit=2&before=${ids.justice}`)).body;
    expect([second.items.map((i: { id: string }) => i.id), second.next]).toEqual([[ids.naOnly, ids.script], ids.script]);
    const last = (await get(admin, `?period=2026-H2&limit=2&before=${ids.script}`)).body;
    expect([last.items.map((i: { id: string }) => i.id), last.next]).toEqual([[ids.lowMean], null]);
  });

  test('withholds the comment of a counter with fewer than 30 responses in the period from the province level', async () => {
    for (const session of [admin, viewer]) {
      const items = (await get(session, '?kind=comment&period=2026-H2')).body.items;
      expect(items.map((i: { id: string; comment: string | null; withheld: boolean }) => [i.id, i.comment, i.withheld])).toEqual([
        [ids.praise, null, true],
        [ids.justice, null, true],
        [ids.naOnly, null, true],
        [ids.script, null, true],
      ]);
    }
  });

  test('a unit manager placed at the province gets comments of small groups withheld too', async () => {
    const provinceManager = await signIn(t, 'manager1', 'unit_manager', 1);
    const items = (await get(provinceManager, `?kind=comment&period=2026-H2&limit=1`)).body.items;
    expect(items.map((i: { comment: string | null; withheld: boolean }) => [i.comment, i.withheld])).toEqual([[null, true]]);
  });

  test('shows a unit manager only their subtree: 403 for another unit, their own items by default', async () => {
    const refused = await get(manager3, '?unit=2');
    expect(refused).toEqual({
      status: 403,
      body: { error: { code: 'out_of_scope', message: 'This unit is outside the part of the province your account covers.' } },
    });
    expect(await listed(manager3, '')).toEqual([ids.justice]);
    expect(await listed(manager2, '?unit=2&factor=KQ')).toEqual([]);
  });

  test('names each invalid filter', async () => {
    expect(await get(admin, '?kind=bad&limit=500&before=x&factor=cc')).toEqual({
      status: 400,
      body: invalidInput([
        { path: 'factor', message: 'a factor code like CC' },
        { path: 'kind', message: 'Invalid option: expected one of "comment"|"low"|"all"' },
        { path: 'before', message: 'Invalid UUID' },
        { path: 'limit', message: 'Too big: expected number to be <=100' },
      ]),
    });
  });

  test('a viewer may not act on an item, and nothing is stored', async () => {
    const res = await post(viewer, 'script', 'acknowledge', {});
    expect([res.status, await res.json()]).toEqual([403, { error: { code: 'forbidden', message: 'Your role does not allow this.' } }]);
    expect(await t.testDb.db.selectFrom('response_follow_ups').select('status').where('status', '<>', 'open').execute()).toEqual([]);
  });

  test('a unit manager may not act on an item outside their subtree', async () => {
    const res = await post(manager3, 'script', 'close', { action: 'Đã xử lý' });
    expect([res.status, await res.json()]).toEqual([
      403,
      { error: { code: 'out_of_scope', message: 'This unit is outside the part of the province your account covers.' } },
    ]);
  });

  test('answers 404 for an unknown response and for one with neither a comment nor a low score', async () => {
    const unknown = await post(admin, randomUUID(), 'acknowledge', {});
    expect([unknown.status, await unknown.json()]).toEqual([404, { error: { code: 'not_found', message: 'No response has this id.' } }]);
    const plain = await post(admin, 'neutral', 'acknowledge', {});
    expect([plain.status, await plain.json()]).toEqual([
      404,
      { error: { code: 'not_found', message: 'This response has neither a comment nor a low score to follow up.' } },
    ]);
  });

  test('names what a change lacks and stores nothing', async () => {
    const noAction = await post(manager2, 'script', 'close', {});
    const tooLong = await post(manager2, 'script', 'close', { action: 'x'.repeat(2001) });
    const blankNote = await post(manager2, 'script', 'acknowledge', { note: '   ' });
    const badId = await adminRequest(t.app, manager2, 'POST', '/api/admin/comments/42/reopen');
    const issues = (path: string, message: string) => ({
      error: { code: 'invalid_input', message: 'The request has invalid fields.', issues: [{ path, message }] },
    });
    expect([
      [noAction.status, await noAction.json()],
      [tooLong.status, await tooLong.json()],
      [blankNote.status, await blankNote.json()],
      [badId.status, await badId.json()],
    ]).toEqual([
      [400, issues('action', 'Invalid input: expected string, received undefined')],
      [400, issues('action', 'Too big: expected string to have <=2000 characters')],
      [400, issues('note', 'Too small: expected string to have >=1 characters')],
      [400, issues('id', 'Invalid UUID')],
    ]);
    expect(await t.testDb.db.selectFrom('response_follow_ups').select('status').where('status', '<>', 'open').execute()).toEqual([]);
    expect(await t.testDb.db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
  });

  test('acknowledges, closes and reopens an item, and the list shows who did what and when', async () => {
    const step = async (name: string, body?: unknown) => {
      const res = await post(manager2, 'lowMean', name, body);
      expect(res.status).toBe(200);
      return (await res.json()).followUp;
    };
    const at = now.toISOString();
    expect(await step('acknowledge', { note: ' Đã liên hệ bộ phận ' })).toEqual({
      status: 'acknowledged',
      note: 'Đã liên hệ bộ phận',
      action: null,
      acknowledged: { by: 'manager2', at },
      closed: null,
    });
    expect(await step('close', { action: 'Nhắc nhở công chức quầy 1' })).toEqual({
      status: 'closed',
      note: 'Đã liên hệ bộ phận',
      action: 'Nhắc nhở công chức quầy 1',
      acknowledged: { by: 'manager2', at },
      closed: { by: 'manager2', at },
    });
    const listedItem = (await get(admin, '?status=closed')).body.items;
    expect(listedItem.map((i: { id: string; followUp: unknown }) => [i.id, i.followUp])).toEqual([
      [
        ids.lowMean,
        {
          status: 'closed',
          note: 'Đã liên hệ bộ phận',
          action: 'Nhắc nhở công chức quầy 1',
          acknowledged: { by: 'manager2', at },
          closed: { by: 'manager2', at },
        },
      ],
    ]);
    expect(await step('reopen')).toEqual(open);
  });

  test('keeps the history: one audit row per change, with the state before and after', async () => {
    const rows = await t.testDb.db
      .selectFrom('audit_log')
      .select(['username', 'action', 'entity', 'entity_id', 'before', 'after'])
      .orderBy('id')
      .execute();
    const at = now.toISOString();
    const openAudit = {
      status: 'open',
      note: null,
      action: null,
      acknowledgedBy: null,
      acknowledgedAt: null,
      closedBy: null,
      closedAt: null,
    };
    const acknowledged = { ...openAudit, status: 'acknowledged', note: 'Đã liên hệ bộ phận', acknowledgedBy: 3, acknowledgedAt: at };
    const closed = { ...acknowledged, status: 'closed', action: 'Nhắc nhở công chức quầy 1', closedBy: 3, closedAt: at };
    const row = (action: string, before: unknown, after: unknown) => ({
      username: 'manager2',
      action,
      entity: 'follow_up',
      entity_id: ids.lowMean,
      before,
      after,
    });
    expect(rows).toEqual([
      row('acknowledge', openAudit, acknowledged),
      row('close', acknowledged, closed),
      row('reopen', closed, openAudit),
    ]);
  });

  test('refuses a change that does not apply to the current state, and records nothing', async () => {
    const auditRows = async () => (await t.testDb.db.selectFrom('audit_log').select('id').execute()).length;
    const before = await auditRows();
    const conflict = (message: string) => [409, { error: { code: 'invalid_transition', message } }];
    const reopenOpen = await post(admin, 'script', 'reopen');
    expect([reopenOpen.status, await reopenOpen.json()]).toEqual(conflict('Only a closed item can be reopened.'));
    expect((await post(admin, 'script', 'acknowledge', {})).status).toBe(200);
    const again = await post(admin, 'script', 'acknowledge', {});
    expect([again.status, await again.json()]).toEqual(conflict('This item is already acknowledged.'));
    expect((await post(admin, 'script', 'close', { action: 'Đã sửa' })).status).toBe(200);
    const closeAgain = await post(admin, 'script', 'close', { action: 'Lần nữa' });
    expect([closeAgain.status, await closeAgain.json()]).toEqual(conflict('This item is already closed.'));
    const acknowledgeClosed = await post(admin, 'script', 'acknowledge', {});
    expect([acknowledgeClosed.status, await acknowledgeClosed.json()]).toEqual(conflict('This item is closed; reopen it first.'));
    expect(await auditRows()).toBe(before + 2);
  });

  test('counts items by status whatever the status filter, and status=open keeps acknowledged items', async () => {
    await post(admin, 'naOnly', 'acknowledge', {});
    const body = (await get(admin, '?period=2026-H2&status=open')).body;
    expect([body.items.map((i: { id: string }) => i.id), body.counts]).toEqual([
      [ids.praise, ids.justice, ids.naOnly, ids.lowMean],
      { open: 3, acknowledged: 1, closed: 1 },
    ]);
  });

  test('shows a comment to everyone once its counter has 30 responses in the period', async () => {
    for (let i = 0; i < 29; i++) await insert(`filler${i}`, '2026-08-01T08:00:00Z', {}, { point: 'STP-01' });
    const items = (await get(viewer, '?kind=comment&period=2026-H2&unit=3')).body.items;
    expect(items.map((i: { comment: string | null; withheld: boolean }) => [i.comment, i.withheld])).toEqual([['Chờ lâu', false]]);
  });

  test('finds the items among responses submitted through the survey', async () => {
    const sent = submission({ servicePoint: 'STP-01', answers: allAnswers(2), comment: 'Thủ tục quá rườm rà' });
    expect((await postJson(t.app, '/api/responses', sent)).status).toBe(201);
    const [first] = (await get(manager3, '?limit=1')).body.items;
    expect([first.id, first.comment, first.lowFactors, first.lowItems]).toEqual([
      sent.id,
      'Thủ tục quá rườm rà',
      ['TC', 'TT', 'CC', 'KQ', 'PA'],
      [],
    ]);
  });

  test('reading writes nothing: queued responses are listed from the queue, and the same once the follow-up job has run', async () => {
    const queued = async () => (await t.testDb.db.selectFrom('follow_up_pending').select('response_id').execute()).length;
    const sent = submission({ servicePoint: 'DEMO-02', answers: allAnswers(1), comment: 'Chưa xử lý' });
    expect((await postJson(t.app, '/api/responses', sent)).status).toBe(201);
    const before = await queued();
    const [page1, page2, all] = [await get(admin, '?limit=2'), await get(admin, `?before=${sent.id}`), await get(admin)];
    expect(page1.body.items[0].id).toBe(sent.id);
    expect(page2.body.items).toEqual(all.body.items.slice(1));
    expect(await queued()).toBe(before);
    const db = t.testDb.db;
    expect((await runJobs({ db, questionnaires: questionnaireCache(db), now: () => now }, ['followUps'])).followUps).toBe(before);
    expect([await queued(), await get(admin, '?limit=2'), await get(admin)]).toEqual([0, page1, all]);
  });

  test('answers 404 for a period that does not exist', async () => {
    expect(await get(admin, '?period=2031-H1')).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: 'No survey period 2031-H1.' } },
    });
  });
});
