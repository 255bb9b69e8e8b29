// Issue 11, points 3-7: what the edge refuses before anything reaches the database, with the
// whole answer and nothing stored.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import { backends } from '../helpers/backends';
import { adminRequest, postJson, signIn, startApp, submission, type SessionHeaders, type TestApp } from '../helpers/app';
import { invalidInput } from '../helpers/admin';

const unstorable = 'contains a character that cannot be stored (NUL, a control character or a non-character)';
const unsupported = { error: { code: 'unsupported_media_type', message: 'Send the body as application/json.' } };
const tooLarge = { error: { code: 'payload_too_large', message: 'The body is over 64 KB.' } };

describe.each(backends)('the edge on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders;
  let key: string;
  beforeAll(async () => {
    t = await startApp(backend);
    admin = await signIn(t);
    const res = await postJson(t.app, '/api/admin/kiosks', { servicePoint: 'demo-01', name: 'Quầy biên' }, admin);
    expect(res.status).toBe(201);
    key = (await res.json()).key;
  });
  afterAll(() => t.testDb.destroy());

  const responseCount = async () =>
    Number(
      (
        await t.testDb.db
          .selectFrom('responses')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const kioskCount = async () =>
    Number(
      (
        await t.testDb.db
          .selectFrom('kiosks')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const kioskPost = (body: Record<string, unknown>) => postJson(t.app, '/api/responses', body, { 'x-kiosk-key': key });
  const ago = (seconds: number) => new Date(Math.floor(Date.now() / 1000) * 1000 - seconds * 1000).toISOString();

  test('NUL and control characters in a body, a query or a path answer 400 naming the field; nothing stored', async () => {
    const before = [await responseCount(), await kioskCount()];
    const publicBody = await postJson(t.app, '/api/responses', submission({ comment: 'a\u0000b' }));
    expect([publicBody.status, await publicBody.json()]).toEqual([400, invalidInput([{ path: 'comment', message: unstorable }])]);
    const formFeed = await postJson(t.app, '/api/responses', submission({ comment: 'a\u000cb\uFFFE' }));
    expect([formFeed.status, await formFeed.json()]).toEqual([400, invalidInput([{ path: 'comment', message: unstorable }])]);
    const adminBody = await postJson(t.app, '/api/admin/kiosks', { servicePoint: 'demo-01', name: 'Q\u0000' }, admin);
    expect([adminBody.status, await adminBody.json()]).toEqual([400, invalidInput([{ path: 'name', message: unstorable }])]);
    const publicQuery = await t.app.request('/api/forms/DEMO-01?lang=vi%00');
    expect([publicQuery.status, await publicQuery.json()]).toEqual([400, invalidInput([{ path: 'query.lang', message: unstorable }])]);
    const adminQuery = await adminRequest(t.app, admin, 'GET', '/api/admin/comments?period=%00');
    expect([adminQuery.status, await adminQuery.json()]).toEqual([400, invalidInput([{ path: 'query.period', message: unstorable }])]);
    const publicPath = await t.app.request(`/api/kiosk/${key}%00/form`);
    expect([publicPath.status, await publicPath.json()]).toEqual([400, invalidInput([{ path: 'path', message: unstorable }])]);
    const adminPath = await adminRequest(t.app, admin, 'GET', '/api/admin/questionnaires/1%00');
    expect([adminPath.status, await adminPath.json()]).toEqual([400, invalidInput([{ path: 'path', message: unstorable }])]);
    expect([await responseCount(), await kioskCount()]).toEqual(before);
  });

  test('a query, path or body string far past its bound answers 400 on its length, naming the field', async () => {
    const long = `2026-H2${'9'.repeat(5000)}`;
    const stats = await adminRequest(t.app, admin, 'GET', `/api/admin/stats?period=${long}`);
    expect([stats.status, await stats.json()]).toEqual([
      400,
      invalidInput([
        { path: 'period', message: 'Too big: expected string to have <=7 characters' },
        { path: 'period', message: 'a period code like 2026-H1, or a year for the full year' },
      ]),
    ]);
    const period = await adminRequest(t.app, admin, 'PATCH', `/api/admin/periods/${long}`, { target: 90 });
    expect([period.status, await period.json()]).toEqual([
      400,
      invalidInput([
        { path: 'code', message: 'Too big: expected string to have <=7 characters' },
        { path: 'code', message: 'a period code like 2026-H1' },
      ]),
    ]);
    const user = await adminRequest(t.app, admin, 'POST', '/api/admin/users', {
      username: 'a'.repeat(5000),
      role: 'viewer',
      unitId: null,
      password: 'correct-horse-battery-staple-9',
    });
    expect([user.status, await user.json()]).toEqual([
      400,
      invalidInput([
        { path: 'username', message: 'Too big: expected string to have <=64 characters' },
        { path: 'username', message: 'Use 3–64 lowercase letters, digits, dots, underscores or hyphens.' },
      ]),
    ]);
  });

  test('an integer beyond PostgreSQL int4 answers 400', async () => {
    const before = await responseCount();
    const version = await postJson(t.app, '/api/responses', submission({ questionnaireVersion: 3_000_000_000 }));
    expect(version.status).toBe(400);
    expect((await version.json()).error.issues).toEqual([{ path: 'questionnaireVersion', message: expect.any(String) }]);
    const path = await adminRequest(t.app, admin, 'GET', '/api/admin/questionnaires/3000000000');
    expect(path.status).toBe(400);
    expect((await path.json()).error.code).toBe('invalid_input');
    expect(await responseCount()).toBe(before);
  });

  test('an impossible date or time offset answers 400', async () => {
    const before = await responseCount();
    const day = await kioskPost(submission({ channel: 'kiosk', completedAt: '2026-02-30T10:00:00Z' }));
    expect(day.status).toBe(400);
    expect((await day.json()).error.issues).toEqual([{ path: 'completedAt', message: expect.any(String) }]);
    const offset = await kioskPost(submission({ channel: 'kiosk', completedAt: ago(60).replace('.000Z', '+23:00') }));
    expect([offset.status, await offset.json()]).toEqual([
      400,
      invalidInput([{ path: 'completedAt', message: 'a time offset between -14:00 and +14:00' }]),
    ]);
    expect(await responseCount()).toBe(before);
  });

  test('completedAt in 2099 or in year 1 answers 400', async () => {
    const before = await responseCount();
    const future = await kioskPost(submission({ channel: 'kiosk', completedAt: '2099-01-01T00:00:00Z' }));
    expect([future.status, await future.json()]).toEqual([
      400,
      invalidInput([{ path: 'completedAt', message: "is more than 5 minutes ahead of the server's clock" }]),
    ]);
    const past = await kioskPost(submission({ channel: 'kiosk', completedAt: '0001-01-01T00:00:00Z' }));
    expect([past.status, await past.json()]).toEqual([
      400,
      invalidInput([{ path: 'completedAt', message: 'is more than 7 days in the past' }]),
    ]);
    expect(await responseCount()).toBe(before);
  });

  test('a burst of backdated responses from a kiosk answers 429 after the latest one', async () => {
    expect((await kioskPost(submission({ channel: 'kiosk', completedAt: ago(30) }))).status).toBe(201);
    const before = await responseCount();
    for (const seconds of [3600, 7200, 10_800]) {
      const res = await kioskPost(submission({ channel: 'kiosk', completedAt: ago(seconds) }));
      expect([res.status, await res.json()]).toEqual([
        429,
        { error: { code: 'kiosk_too_soon', message: 'This kiosk accepts one response every 10 seconds.' } },
      ]);
    }
    expect(await responseCount()).toBe(before);
  });

  test('a JSON route given text/plain or no content type answers 415, public and admin; nothing stored', async () => {
    const before = [await responseCount(), await kioskCount()];
    const body = JSON.stringify(submission());
    for (const headers of [{ 'content-type': 'text/plain' }, {}] as Record<string, string>[]) {
      const pub = await t.app.request('/api/responses', { method: 'POST', headers, body });
      expect([pub.status, await pub.json()]).toEqual([415, unsupported]);
      const adm = await t.app.request('/api/admin/kiosks', {
        method: 'POST',
        headers: { ...admin, ...headers },
        body: JSON.stringify({ servicePoint: 'demo-01', name: 'Quầy 415' }),
      });
      expect([adm.status, await adm.json()]).toEqual([415, unsupported]);
    }
    expect([await responseCount(), await kioskCount()]).toEqual(before);
  });

  test('invalid UTF-8 answers 400', async () => {
    const before = await responseCount();
    const text = new TextEncoder().encode(JSON.stringify(submission({ comment: 'XX' })));
    const at = text.indexOf('X'.charCodeAt(0));
    text.set([0xc3, 0x28], at);
    const res = await t.app.request('/api/responses', { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
    expect([res.status, await res.json()]).toEqual([400, { error: { code: 'invalid_json', message: 'The body is not valid UTF-8.' } }]);
    expect(await responseCount()).toBe(before);
  });

  test('a __proto__ key in expectations answers 400', async () => {
    const before = await responseCount();
    const body = JSON.stringify(submission()).replace(/}$/, ',"expectations":{"__proto__":{"x":"y"}}}');
    const res = await t.app.request('/api/responses', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect([res.status, await res.json()]).toEqual([
      400,
      invalidInput([{ path: 'expectations.__proto__', message: 'this key is not allowed' }]),
    ]);
    expect(await responseCount()).toBe(before);
  });

  test('an upper-case id is the same response as its lower-case form', async () => {
    const first = submission();
    expect((await postJson(t.app, '/api/responses', first)).status).toBe(201);
    const receipt = await (await postJson(t.app, '/api/responses', first)).json();
    const resend = await postJson(t.app, '/api/responses', { ...first, id: first.id.toUpperCase() });
    expect([resend.status, await resend.json()]).toEqual([200, receipt]);

    const upper = randomUUID().toUpperCase();
    const created = await postJson(t.app, '/api/responses', submission({ id: upper }));
    expect(created.status).toBe(201);
    expect((await created.json()).id).toBe(upper.toLowerCase());
    const rows = await t.testDb.db.selectFrom('responses').select('id').where('id', 'in', [upper, upper.toLowerCase()]).execute();
    expect(rows).toEqual([{ id: upper.toLowerCase() }]);
  });

  test('oversized sign-in and heartbeat bodies answer 413 before they are parsed or the key is checked', async () => {
    const big = 'x'.repeat(64 * 1024 + 1);
    const signInRes = await t.app.request('/api/admin/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect([signInRes.status, await signInRes.json()]).toEqual([413, tooLarge]);
    const heartbeat = await t.app.request(`/api/kiosk/${'x'.repeat(43)}/heartbeat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
      body: big,
    });
    expect([heartbeat.status, await heartbeat.json()]).toEqual([413, tooLarge]);
  });
});
