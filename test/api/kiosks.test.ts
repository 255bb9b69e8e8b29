import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '@sipas/api/app';
import { backends } from '../helpers/backends';
import { adminRequest, postJson, signIn, startApp, submission, type TestApp, type SessionHeaders } from '../helpers/app';
import { invalidInput } from '../helpers/admin';

describe.each(backends)('kiosks on %s', (backend) => {
  let t: TestApp;
  let cookie: SessionHeaders;
  let key: string;
  let kioskId: number;
  beforeAll(async () => {
    t = await startApp(backend);
    cookie = await signIn(t);
    const res = await postJson(t.app, '/api/admin/kiosks', { servicePoint: 'demo-01', name: 'Quầy 1', idleSeconds: 45 }, cookie);
    expect(res.status).toBe(201);
    const body = await res.json();
    key = body.key;
    kioskId = body.id;
    expect(body).toEqual({
      id: 1,
      key: expect.stringMatching(/^[\w-]{43}$/),
      path: `/k/${body.key}`,
      name: 'Quầy 1',
      servicePoint: 'DEMO-01',
      idleSeconds: 45,
      minIntervalSeconds: 10,
      createdAt: expect.any(String),
    });
  });
  afterAll(() => t.testDb.destroy());

  const kioskPost = (body: Record<string, unknown>, k = key) => postJson(t.app, '/api/responses', body, { 'x-kiosk-key': k });
  // Completion times within the offline window: an hour ago, to the second.
  const start = Math.floor(Date.now() / 1000) * 1000 - 3_600_000;
  const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();
  const count = async () =>
    Number(
      (
        await t.testDb.db
          .selectFrom('responses')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('lists kiosks without their keys, to province administrators only', async () => {
    const res = await t.app.request('/api/admin/kiosks', { headers: cookie });
    expect(await res.json()).toEqual({
      kiosks: [
        {
          id: kioskId,
          name: 'Quầy 1',
          servicePoint: 'DEMO-01',
          servicePointName: 'Quầy số 1 – Trung tâm Phục vụ hành chính công',
          idleSeconds: 45,
          minIntervalSeconds: 10,
          revokedAt: null,
          lastSeenAt: null,
          queued: null,
          createdAt: expect.any(String),
          stale: false,
        },
      ],
    });
    expect((await t.app.request('/api/admin/kiosks')).status).toBe(401);
    const viewer = await signIn(t, 'viewer1', 'viewer');
    const refused = await postJson(t.app, '/api/admin/kiosks', { servicePoint: 'DEMO-01', name: 'x' }, viewer);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: { code: 'forbidden', message: 'Only a province administrator manages kiosks.' } });
  });

  const auditRows = () =>
    t.testDb.db
      .selectFrom('audit_log')
      .select(['username', 'action', 'entity', 'entity_id', 'before', 'after'])
      .where('entity', '=', 'kiosk')
      .orderBy('id')
      .execute();

  test('issuing a kiosk is audited with its settings, never its key', async () => {
    const rows = await auditRows();
    expect(rows).toEqual([
      {
        username: 'admin',
        action: 'create',
        entity: 'kiosk',
        entity_id: String(kioskId),
        before: null,
        after: { name: 'Quầy 1', servicePoint: 'DEMO-01', idleSeconds: 45, minIntervalSeconds: 10 },
      },
    ]);
    const hash = (await t.testDb.db.selectFrom('kiosks').select('key_hash').where('id', '=', kioskId).executeTakeFirstOrThrow()).key_hash;
    expect(JSON.stringify(rows)).not.toContain(key);
    expect(JSON.stringify(rows)).not.toContain(hash);
  });

  test('renames a kiosk and audits the old and new name', async () => {
    const res = await adminRequest(t.app, cookie, 'PATCH', `/api/admin/kiosks/${kioskId}`, { name: '  Quầy 1 (sảnh) ' });
    expect(res.status).toBe(200);
    expect((await res.json()).name).toBe('Quầy 1 (sảnh)');
    expect((await auditRows()).at(-1)).toEqual({
      username: 'admin',
      action: 'update',
      entity: 'kiosk',
      entity_id: String(kioskId),
      before: { name: 'Quầy 1' },
      after: { name: 'Quầy 1 (sảnh)' },
    });
    await adminRequest(t.app, cookie, 'PATCH', `/api/admin/kiosks/${kioskId}`, { name: 'Quầy 1' });
  });

  test('names an invalid rename and changes nothing', async () => {
    const before = await auditRows();
    const blank = await adminRequest(t.app, cookie, 'PATCH', `/api/admin/kiosks/${kioskId}`, { name: ' ' });
    const unknown = await adminRequest(t.app, cookie, 'PATCH', '/api/admin/kiosks/999', { name: 'Quầy 9' });
    expect([blank.status, await blank.json(), unknown.status, await unknown.json()]).toEqual([
      400,
      {
        error: {
          code: 'invalid_input',
          message: 'The request has invalid fields.',
          issues: [{ path: 'name', message: 'Too small: expected string to have >=1 characters' }],
        },
      },
      404,
      { error: { code: 'not_found', message: 'No kiosk has this id.' } },
    ]);
    expect(await auditRows()).toEqual(before);
  });

  test('a unit manager may not rename a kiosk', async () => {
    const manager = await signIn(t, 'manager2', 'unit_manager', 2);
    const res = await adminRequest(t.app, manager, 'PATCH', `/api/admin/kiosks/${kioskId}`, { name: 'Quầy X' });
    expect([res.status, await res.json()]).toEqual([
      403,
      { error: { code: 'forbidden', message: 'Only a province administrator manages kiosks.' } },
    ]);
  });

  test('shows a kiosk as stale once it has been silent for more than 3 minutes', async () => {
    const seen = new Date('2026-09-01T08:00:00Z');
    await t.testDb.db.updateTable('kiosks').set({ last_seen_at: seen }).where('id', '=', kioskId).execute();
    const at = (seconds: number) => createApp({ db: t.testDb.db, now: () => new Date(seen.getTime() + seconds * 1000) });
    const stale = async (seconds: number) =>
      (await (await at(seconds).request('/api/admin/kiosks', { headers: cookie })).json()).kiosks[0].stale;
    expect([await stale(180), await stale(181)]).toEqual([false, true]);
  });

  test('gives a kiosk its counter form and its settings', async () => {
    const body = await (await t.app.request(`/api/kiosk/${key}/form?lang=en`)).json();
    expect(body.servicePoint.code).toBe('DEMO-01');
    expect(body.questionnaire.lang).toBe('en');
    expect(body.kiosk).toEqual({ name: 'Quầy 1', idleSeconds: 45, minIntervalSeconds: 10 });
    const unknown = await t.app.request(`/api/kiosk/${'x'.repeat(43)}/form`);
    expect(unknown.status).toBe(403);
    expect(await unknown.json()).toEqual({
      error: {
        code: 'kiosk_revoked',
        message: 'This kiosk key is unknown or has been revoked. Please ask the office for a new kiosk link.',
      },
    });
  });

  test('stores kiosk responses with the kiosk and their completion time', async () => {
    const body = submission({ channel: 'kiosk', completedAt: at(0) });
    const res = await kioskPost(body);
    expect(res.status).toBe(201);
    const row = await t.testDb.db
      .selectFrom('responses')
      .select(['kiosk_id', 'completed_at', 'channel'])
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect({ ...row, completed_at: new Date(row.completed_at!).toISOString() }).toEqual({
      kiosk_id: kioskId,
      completed_at: at(0),
      channel: 'kiosk',
    });
    expect((await kioskPost(body)).status).toBe(200);
  });

  test('refuses a second response within the minimum interval, judged on completion times', async () => {
    const before = await count();
    const soon = await kioskPost(submission({ channel: 'kiosk', completedAt: at(5) }));
    expect(soon.status).toBe(429);
    expect(await soon.json()).toEqual({ error: { code: 'kiosk_too_soon', message: 'This kiosk accepts one response every 10 seconds.' } });
    expect(await count()).toBe(before);
    // Delivered late and together (after a day offline), responses 10 s apart are accepted.
    expect((await kioskPost(submission({ channel: 'kiosk', completedAt: at(10) }))).status).toBe(201);
    expect((await kioskPost(submission({ channel: 'kiosk', completedAt: at(20) }))).status).toBe(201);
  });

  test('names what a kiosk submission lacks', async () => {
    const res = await kioskPost(submission({ servicePoint: 'DEMO-02' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(
      invalidInput([
        { path: 'channel', message: 'a kiosk submits on the kiosk channel' },
        { path: 'servicePoint', message: 'this kiosk belongs to another counter' },
        { path: 'completedAt', message: 'a kiosk sends the time the response was completed' },
      ]),
    );
    const noKey = await postJson(t.app, '/api/responses', submission({ channel: 'kiosk' }));
    expect(await noKey.json()).toEqual({
      error: {
        code: 'invalid_input',
        message: 'The request has invalid fields.',
        issues: [{ path: 'channel', message: 'the kiosk channel needs the x-kiosk-key header' }],
      },
    });
  });

  test('records heartbeats for the staff overview', async () => {
    const res = await postJson(t.app, `/api/kiosk/${key}/heartbeat`, { queued: 3 });
    expect(res.status).toBe(204);
    const row = await t.testDb.db
      .selectFrom('kiosks')
      .select(['queued_count', 'last_seen_at'])
      .where('id', '=', kioskId)
      .executeTakeFirstOrThrow();
    expect(row.queued_count).toBe(3);
    expect(row.last_seen_at).not.toBeNull();
  });

  test('a revoked key is refused everywhere with a clear message and nothing is stored', async () => {
    const revoke = await t.app.request(`/api/admin/kiosks/${kioskId}/revoke`, { method: 'POST', headers: cookie });
    expect(revoke.status).toBe(204);
    const before = await count();
    const revoked = {
      error: {
        code: 'kiosk_revoked',
        message: 'This kiosk key is unknown or has been revoked. Please ask the office for a new kiosk link.',
      },
    };
    for (const res of [
      await t.app.request(`/api/kiosk/${key}/form`),
      await postJson(t.app, `/api/kiosk/${key}/heartbeat`, { queued: 0 }),
      await kioskPost(submission({ channel: 'kiosk', completedAt: at(100) })),
    ]) {
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual(revoked);
    }
    expect(await count()).toBe(before);
    expect((await t.app.request(`/api/admin/kiosks/${kioskId}/revoke`, { method: 'POST', headers: cookie })).status).toBe(404);
  });

  test('an unknown key and a revoked key get the same answer, which names no counter', async () => {
    // After the test above, `key` is revoked; the forged key was never issued.
    const forged = 'f'.repeat(43);
    const answers = async (k: string) => {
      const all = [
        await t.app.request(`/api/kiosk/${k}/form`),
        await postJson(t.app, `/api/kiosk/${k}/heartbeat`, { queued: 0 }),
        await kioskPost(submission({ channel: 'kiosk', completedAt: at(200) }), k),
        await kioskPost(submission({ servicePoint: 'DEMO-02', channel: 'kiosk', completedAt: at(300) }), k),
      ];
      return Promise.all(all.map(async (res) => ({ status: res.status, body: await res.text() })));
    };
    const revokedAnswers = await answers(key);
    expect(await answers(forged)).toEqual(revokedAnswers);
    expect(revokedAnswers.map((a) => a.status)).toEqual([403, 403, 403, 403]);
    expect(revokedAnswers.some((a) => /DEMO-0|Quầy/.test(a.body))).toBe(false);
  });

  test('revoking is audited once, with the time it took effect', async () => {
    const revokedAt = (await t.testDb.db.selectFrom('kiosks').select('revoked_at').where('id', '=', kioskId).executeTakeFirstOrThrow())
      .revoked_at;
    const revokes = (await auditRows()).filter((r) => r.action === 'revoke');
    expect(revokes).toEqual([
      {
        username: 'admin',
        action: 'revoke',
        entity: 'kiosk',
        entity_id: String(kioskId),
        before: { name: 'Quầy 1', revokedAt: null },
        after: { name: 'Quầy 1', revokedAt: new Date(revokedAt!).toISOString() },
      },
    ]);
  });

  test('a filled honeypot gets a receipt and stores nothing', async () => {
    const before = await count();
    const body = submission({ website: 'http://spam.example' });
    const res = await postJson(t.app, '/api/responses', body);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      id: body.id,
      reference: expect.stringMatching(/^[0-9A-F]{4}-[0-9A-F]{4}$/),
      period: '2026-H2',
      receivedAt: expect.any(String),
    });
    expect(await count()).toBe(before);
  });
});

describe.each(backends)('rate limit on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(backend);
  });
  afterAll(() => t.testDb.destroy());

  test('answers 429 with Retry-After past the limit, per client address', async () => {
    const app = createApp({ db: t.testDb.db, rateLimitPerMinute: 3 });
    const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await app.request('/api/forms/DEMO-01', {}, from('203.0.113.7'))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await app.request('/api/responses', { method: 'POST', body: '{}' }, from('203.0.113.7'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toEqual({
      error: { code: 'rate_limited', message: 'Too many requests from this address. Please wait a moment and try again.' },
    });
    expect((await app.request('/api/forms/DEMO-01', {}, from('198.51.100.2'))).status).toBe(200);
  });
});
