import { randomUUID } from 'node:crypto';
import { createApp } from '@sipas/api/app';
import { type Role, sipasQuestionnaire } from '@sipas/db';
import { hashPassword } from '../../api/src/auth/password';
import { insertUser } from '../../api/src/auth/queries';
import type { Backend } from './backends';
import { freshDb, type TestDb } from './db';

export type App = ReturnType<typeof createApp>;

export const itemCodes: string[] = sipasQuestionnaire.factors.flatMap((f) => f.items.map((i) => i.code));

/** Every item answered with `value` (N/A items too, unless `na` says otherwise). */
export function allAnswers(value: number, na: string[] = []): Record<string, number | 'na'> {
  return Object.fromEntries(itemCodes.map((code) => [code, na.includes(code) ? 'na' : value]));
}

export function submission(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    servicePoint: 'DEMO-01',
    respondentType: 'citizen',
    channel: 'qr',
    lang: 'vi',
    answers: allAnswers(4),
    ...overrides,
  };
}

/** Submits a response through the public endpoint, `submission(overrides)`, and returns what was sent; throws unless it was stored. */
export async function postResponse(t: TestApp, overrides: Record<string, unknown> = {}) {
  const body = submission(overrides);
  const res = await postJson(t.app, '/api/responses', body);
  if (res.status !== 201) throw new Error(`response not stored: ${res.status} ${await res.text()}`);
  return body;
}

export function postJson(app: App, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export interface TestApp {
  app: App;
  testDb: TestDb;
}

export async function startApp(backend: Backend): Promise<TestApp> {
  const testDb = await freshDb(backend);
  return { app: createApp({ db: testDb.db, publicBaseUrl: 'http://localhost' }), testDb };
}

export const adminPassword = 'correct-horse-battery-staple';

/** The headers of a signed-in session: its cookie and the CSRF token that changes need. */
export type SessionHeaders = { cookie: string; 'x-csrf-token': string };

/** Creates a user (a unit manager needs unitId) and returns the headers of a signed-in session. */
export async function signIn(
  t: TestApp,
  username = 'admin',
  role: Role = 'province_admin',
  unitId: number | null = null,
): Promise<SessionHeaders> {
  await insertUser(t.testDb.db, { username, passwordHash: await hashPassword(adminPassword), role, unitId });
  return signInAs(t, username);
}

/** Signs an existing user in with the test password. */
export async function signInAs(t: TestApp, username: string, password = adminPassword): Promise<SessionHeaders> {
  const res = await postJson(t.app, '/api/admin/login', { username, password });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie');
  if (!cookie) throw new Error('sign-in set no cookie');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: cookie.split(';')[0]!, 'x-csrf-token': csrfToken };
}

/** A JSON request to the admin API with a session's headers (no body for GET and DELETE). */
export function adminRequest(
  app: App,
  session: SessionHeaders,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
) {
  const headers: Record<string, string> = { ...session };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return app.request(path, { method, headers, body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body) });
}
