import { randomUUID } from 'node:crypto';
import { createApp } from '@sipas/api/app';
import { sipasQuestionnaire } from '@sipas/db';
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
  return { app: createApp({ db: testDb.db }), testDb };
}

export const adminPassword = 'correct-horse-battery-staple';

/** Creates a user and returns the Cookie header of a signed-in session. */
export async function signIn(t: TestApp, username = 'admin', role: 'province_admin' | 'viewer' = 'province_admin'): Promise<string> {
  await insertUser(t.testDb.db, { username, passwordHash: await hashPassword(adminPassword), role, unitId: null });
  const res = await postJson(t.app, '/api/admin/login', { username, password: adminPassword });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie');
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie.split(';')[0]!;
}
