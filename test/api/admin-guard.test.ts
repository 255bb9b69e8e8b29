// Properties that must hold for every admin endpoint, including ones added later: the routes are
// read from the app itself, so a new endpoint is covered without touching this file.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminRequest, signIn, startApp, type SessionHeaders, type TestApp } from '../helpers/app';

function adminRoutes(t: TestApp) {
  const seen = new Set<string>();
  return t.app.routes
    .filter((r) => r.path.startsWith('/api/admin/') && r.method !== 'ALL' && r.path !== '/api/admin/login')
    .map((r) => ({ method: r.method, path: r.path.replace(/:(\w+)(\{[^}]*\})?/g, (_, name: string) => (name === 'id' ? '1' : 'X')) }))
    .filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`));
}

describe('every admin endpoint', () => {
  let t: TestApp;
  let session: SessionHeaders;
  beforeAll(async () => {
    t = await startApp('pglite');
    session = await signIn(t);
  });
  afterAll(() => t.testDb.destroy());

  test('is found by reading the routes of the app', () => {
    const paths = adminRoutes(t).map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(
      expect.arrayContaining(['GET /api/admin/me', 'POST /api/admin/logout', 'GET /api/admin/stats', 'GET /api/admin/units']),
    );
  });

  test('refuses an anonymous caller with 401 and the error envelope', async () => {
    for (const route of adminRoutes(t)) {
      const res = await t.app.request(route.path, {
        method: route.method,
        headers: { 'content-type': 'application/json' },
        body: route.method === 'GET' ? null : '{}',
      });
      expect({ route, status: res.status, body: await res.json() }).toEqual({
        route,
        status: 401,
        body: { error: { code: 'unauthenticated', message: 'Please sign in.' } },
      });
    }
  });

  test('refuses a change from a signed-in session that does not send its CSRF token', async () => {
    const changes = adminRoutes(t).filter((r) => r.method !== 'GET');
    expect(changes.length).toBeGreaterThan(0);
    for (const route of changes) {
      const res = await t.app.request(route.path, {
        method: route.method,
        headers: { cookie: session.cookie, 'content-type': 'application/json' },
        body: '{}',
      });
      expect({ route, status: res.status, code: ((await res.json()) as { error: { code: string } }).error.code }).toEqual({
        route,
        status: 403,
        code: 'csrf_failed',
      });
    }
    // The session itself still works.
    expect((await adminRequest(t.app, session, 'GET', '/api/admin/me')).status).toBe(200);
  });
});

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('pglite');
  });
  afterAll(() => t.testDb.destroy());

  test('are sent on API answers, errors included', async () => {
    for (const path of ['/healthz', '/api/admin/me', '/api/nowhere']) {
      const res = await t.app.request(path);
      expect({
        path,
        csp: res.headers.get('content-security-policy'),
        nosniff: res.headers.get('x-content-type-options'),
        referrer: res.headers.get('referrer-policy'),
        frame: res.headers.get('x-frame-options'),
      }).toEqual({
        path,
        csp: "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
        nosniff: 'nosniff',
        referrer: 'same-origin',
        frame: 'DENY',
      });
    }
  });
});
