import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureFirstAdmin } from '../../api/src/auth/bootstrap';
import { verifyPassword } from '../../api/src/auth/password';
import { backends } from '../helpers/backends';
import { createApp } from '@sipas/api/app';
import { adminPassword, postJson, signIn, signInAs, startApp, type TestApp } from '../helpers/app';

describe.each(backends)('admin sign-in on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(backend);
  });
  afterAll(() => t.testDb.destroy());

  test('signs in with the right password and sets an httpOnly, SameSite session cookie', async () => {
    await signIn(t, 'ana');
    const res = await postJson(t.app, '/api/admin/login', { username: 'ANA', password: adminPassword });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: { id: number }; csrfToken: string };
    expect(body).toEqual({ user: { id: body.user.id, username: 'ana', role: 'province_admin', unitId: null }, csrfToken: body.csrfToken });
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(res.headers.get('set-cookie')).toMatch(/^sipas_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
  });

  test('answers 401 for a wrong password and for an unknown user alike', async () => {
    await signIn(t, 'binh');
    for (const body of [
      { username: 'binh', password: 'wrong-password' },
      { username: 'nobody', password: adminPassword },
    ]) {
      const res = await postJson(t.app, '/api/admin/login', body);
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.json()).toEqual({ error: { code: 'invalid_credentials', message: 'The username or password is wrong.' } });
    }
  });

  test('refuses the admin API to an anonymous caller', async () => {
    for (const path of ['/api/admin/me', '/api/admin/stats']) {
      const res = await t.app.request(path);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Please sign in.' } });
    }
  });

  test('ends the session on sign-out', async () => {
    const cookie = await signIn(t, 'chi');
    expect((await t.app.request('/api/admin/me', { headers: cookie })).status).toBe(200);
    const out = await t.app.request('/api/admin/logout', { method: 'POST', headers: cookie });
    expect(out.status).toBe(204);
    expect((await t.app.request('/api/admin/me', { headers: cookie })).status).toBe(401);
  });

  test('a second sign-in on the same browser ends the session it replaces', async () => {
    const first = await signIn(t, 'duc');
    await signIn(t, 'duyen');
    const again = await postJson(t.app, '/api/admin/login', { username: 'duyen', password: adminPassword }, { cookie: first.cookie });
    expect(again.status).toBe(200);
    const second = { cookie: again.headers.get('set-cookie')!.split(';')[0]! };
    const me = async (headers: Record<string, string>) => (await t.app.request('/api/admin/me', { headers })).status;
    expect({ first: await me(first), second: await me(second) }).toEqual({ first: 401, second: 200 });
    // Another browser's session of the same user is left alone.
    const other = await signInAs(t, 'duc');
    await postJson(t.app, '/api/admin/login', { username: 'duc', password: adminPassword });
    expect(await me(other)).toBe(200);
  });

  test('marks every admin answer no-store, and sends HSTS only when the install is on HTTPS', async () => {
    const session = await signIn(t, 'hoa');
    const answers = [
      await t.app.request('/api/admin/me', { headers: session }),
      await t.app.request('/api/admin/stats', { headers: session }),
      await t.app.request('/api/admin/me'),
      await postJson(t.app, '/api/admin/login', { username: 'hoa', password: adminPassword }),
    ];
    expect(answers.map((res) => [res.status, res.headers.get('cache-control'), res.headers.get('strict-transport-security')])).toEqual([
      [200, 'no-store', null],
      [200, 'no-store', null],
      [401, 'no-store', null],
      [200, 'no-store', null],
    ]);
    const https = createApp({ db: t.testDb.db, cookieSecure: true });
    expect((await https.request('/api/admin/me')).headers.get('strict-transport-security')).toBe('max-age=15552000; includeSubDomains');
  });

  test('ends every session of a user who is disabled', async () => {
    const cookie = await signIn(t, 'dung');
    await t.testDb.db.updateTable('users').set({ disabled: true }).where('username', '=', 'dung').execute();
    expect((await t.app.request('/api/admin/me', { headers: cookie })).status).toBe(401);
  });

  test('ends a session that stayed idle too long', async () => {
    const cookie = await signIn(t, 'giang');
    await t.testDb.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 9 * 3600 * 1000) })
      .execute();
    expect((await t.app.request('/api/admin/me', { headers: cookie })).status).toBe(401);
  });

  test('creates the first administrator only on an empty user table', async () => {
    await t.testDb.db.deleteFrom('users').execute();
    const first = await ensureFirstAdmin(t.testDb.db, { username: 'admin', password: undefined });
    expect(first.created).toBe(true);
    expect(first.generatedPassword).toMatch(/^[\w-]{24}$/);
    const stored = await t.testDb.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(stored.role).toBe('province_admin');
    expect(stored.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword(first.generatedPassword!, stored.password_hash)).toBe(true);
    expect(await ensureFirstAdmin(t.testDb.db, { username: 'other', password: 'another-password-1' })).toEqual({ created: false });
  });

  test("refuses a change without the session CSRF token, or with another session's", async () => {
    const own = await signIn(t, 'hoa');
    const other = await signIn(t, 'hung');
    for (const token of [undefined, other['x-csrf-token'], '']) {
      const headers: Record<string, string> = { cookie: own.cookie };
      if (token !== undefined) headers['x-csrf-token'] = token;
      const res = await t.app.request('/api/admin/logout', { method: 'POST', headers });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({
        error: { code: 'csrf_failed', message: "A change needs the session's x-csrf-token header; reload the page and try again." },
      });
    }
    // The session is still there: nothing was done.
    expect((await t.app.request('/api/admin/me', { headers: own })).status).toBe(200);
  });

  test('gives the same CSRF token back from /me for the page to use after a reload', async () => {
    const session = await signIn(t, 'khanh');
    const res = await t.app.request('/api/admin/me', { headers: { cookie: session.cookie } });
    const body = (await res.json()) as { user: { id: number } };
    expect(body).toEqual({
      user: { id: body.user.id, username: 'khanh', role: 'province_admin', unitId: null },
      csrfToken: session['x-csrf-token'],
    });
  });

  test('refuses a sign-in sent as a form, which another site could post', async () => {
    await signIn(t, 'lan');
    const res = await t.app.request('/api/admin/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `username=lan&password=${adminPassword}`,
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: { code: 'unsupported_media_type', message: 'Send the body as application/json.' } });
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  test('five wrong passwords from one client do not lock the username for another, and guessing stays slow', async () => {
    await signIn(t, 'minh');
    let clock = Date.now();
    const app = createApp({ db: t.testDb.db, now: () => new Date(clock) });
    const from = (address: string, password: string) =>
      app.request(
        '/api/admin/login',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'minh', password }) },
        { incoming: { socket: { remoteAddress: address } } },
      );
    const answer = async (res: Response) => ({ status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() });
    for (let i = 0; i < 5; i++) expect((await from('10.0.0.66', `wrong-${i}`)).status).toBe(401);
    // The guessing client is stopped for this username, even with the right password…
    const stopped = await answer(await from('10.0.0.66', adminPassword));
    // The window runs (on the real clock, in the limit store) from the first failure, a few scrypt checks ago.
    expect(Number(stopped.retryAfter)).toBeGreaterThan(850);
    expect(Number(stopped.retryAfter)).toBeLessThanOrEqual(900);
    expect({ ...stopped, retryAfter: '900' }).toEqual({
      status: 429,
      retryAfter: '900',
      body: {
        error: {
          code: 'sign_in_throttled',
          message: 'Too many failed sign-ins for this username from this address. Try again in 15 minutes.',
        },
      },
    });
    // …while the user, from another client, waits a second at most, not fifteen minutes.
    expect(await answer(await from('10.0.0.7', adminPassword))).toEqual({
      status: 429,
      retryAfter: '1',
      body: { error: { code: 'sign_in_throttled', message: 'Too many failed sign-ins for this username. Try again in 1 second.' } },
    });
    clock += 1000;
    expect((await from('10.0.0.7', adminPassword)).status).toBe(200);
    // Guessing from many clients: each new failure doubles the wait, up to a minute.
    for (let i = 0; i < 5; i++) expect((await from('10.0.1.66', `wrong-${i}`)).status).toBe(401);
    const waits = [];
    for (let i = 0; i < 8; i++) {
      const tooSoon = await from(`10.0.2.${i}`, 'guess');
      const wait = Number(tooSoon.headers.get('retry-after'));
      waits.push(wait);
      clock += wait * 1000;
      expect((await from(`10.0.2.${i}`, `guess-${i}`)).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
  });

  test('lets a username in again once its failures are fifteen minutes old', async () => {
    await signIn(t, 'nga');
    for (let i = 0; i < 5; i++) await postJson(t.app, '/api/admin/login', { username: 'nga', password: 'wrong' });
    await t.testDb.db
      .updateTable('sign_in_failures')
      .set({ at: new Date(Date.now() - 16 * 60 * 1000) })
      .where('username', '=', 'nga')
      .execute();
    const app = createApp({ db: t.testDb.db });
    expect((await postJson(app, '/api/admin/login', { username: 'nga', password: adminPassword })).status).toBe(200);
  });
});

describe('sign-in throttle per client', () => {
  test('answers 429 to one client after 30 failed sign-ins, whatever the usernames', async () => {
    const t = await startApp('pglite');
    try {
      for (let i = 0; i < 30; i++) {
        expect((await postJson(t.app, '/api/admin/login', { username: `user${i}`, password: 'wrong' })).status).toBe(401);
      }
      const res = await postJson(t.app, '/api/admin/login', { username: 'admin', password: adminPassword });
      expect(res.status).toBe(429);
      expect(await res.json()).toEqual({
        error: { code: 'sign_in_throttled', message: 'Too many sign-in attempts from this address. Please wait 15 minutes and try again.' },
      });
    } finally {
      await t.testDb.destroy();
    }
    // 31 scrypt checks: slow on a busy machine, so this test gets more than the default time.
  }, 180_000);
});
