import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureFirstAdmin } from '../../api/src/auth/bootstrap';
import { verifyPassword } from '../../api/src/auth/password';
import { backends } from '../helpers/backends';
import { adminPassword, postJson, signIn, startApp, type TestApp } from '../helpers/app';

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
    expect(await res.json()).toEqual({ user: { username: 'ana', role: 'province_admin', unitId: null } });
    expect(res.headers.get('set-cookie')).toMatch(/^sipas_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
  });

  test('answers 401 for a wrong password and for an unknown user alike', async () => {
    await signIn(t, 'binh');
    for (const body of [{ username: 'binh', password: 'wrong-password' }, { username: 'nobody', password: adminPassword }]) {
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
    expect((await t.app.request('/api/admin/me', { headers: { cookie } })).status).toBe(200);
    const out = await t.app.request('/api/admin/logout', { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(204);
    expect((await t.app.request('/api/admin/me', { headers: { cookie } })).status).toBe(401);
  });

  test('ends every session of a user who is disabled', async () => {
    const cookie = await signIn(t, 'dung');
    await t.testDb.db.updateTable('users').set({ disabled: true }).where('username', '=', 'dung').execute();
    expect((await t.app.request('/api/admin/me', { headers: { cookie } })).status).toBe(401);
  });

  test('ends a session that stayed idle too long', async () => {
    const cookie = await signIn(t, 'giang');
    await t.testDb.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 9 * 3600 * 1000) }).execute();
    expect((await t.app.request('/api/admin/me', { headers: { cookie } })).status).toBe(401);
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
});
