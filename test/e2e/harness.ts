// Runs the whole platform on a free port with a fresh database, and a headless system Chromium.
import { afterAll, beforeAll } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createApp } from '@sipas/api/app';
import { hashPassword } from '../../api/src/auth/password';
import { insertUser } from '../../api/src/auth/queries';
import type { Backend } from '../helpers/backends';
import { freshDb, type TestDb } from '../helpers/db';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveBrowser = existsSync(chromiumPath);

if (!haveBrowser) {
  if (process.env.CI === 'true')
    throw new Error(`CI=true but there is no Chromium at ${chromiumPath}: the browser suites may not be skipped.`);
  console.warn(`\n[skipped] browser suites: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH).\n`);
}

const dist = (app: string) => fileURLToPath(new URL(`../../${app}/dist`, import.meta.url));

export interface Platform {
  baseUrl: string;
  testDb: TestDb;
  stop: () => Promise<void>;
}

export const adminUser = { username: 'office', password: 'office-password-2026' };

export async function startPlatform(backend: Backend): Promise<Platform> {
  for (const app of ['survey-app', 'admin-app']) {
    if (!existsSync(`${dist(app)}/index.html`)) throw new Error(`${app} is not built: run npm run build first`);
  }
  const testDb = await freshDb(backend);
  await insertUser(testDb.db, {
    username: adminUser.username,
    passwordHash: await hashPassword(adminUser.password),
    role: 'province_admin',
    unitId: null,
  });
  // QR codes print the configured public address only, so the app is made once the free port is known.
  let app: ReturnType<typeof createApp> | undefined;
  const server = serve({ fetch: (req, env) => app!.fetch(req, env), port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  app = createApp({ db: testDb.db, publicBaseUrl: baseUrl, staticDirs: { survey: dist('survey-app'), admin: dist('admin-app') } });
  return {
    baseUrl,
    testDb,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await testDb.destroy();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** axe-core's violations on the page as it is now, reduced to rule and elements (empty when clean). */
export async function axeViolations(page: Page): Promise<{ id: string; targets: string[] }[]> {
  // Evaluated through the DevTools protocol: the app's CSP refuses inline scripts (addScriptTag).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } })
      .axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

let axeCode: string | undefined;
function axeSource(): string {
  axeCode ??= readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
  return axeCode;
}

/** Saves a screenshot to look at by eye (SHOTS_DIR, /tmp/survey3-shots by default). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR ?? '/tmp/survey3-shots';
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Signs the office user (or another) in over HTTP and returns the session's cookie and CSRF headers. */
export async function adminHeaders(platform: Platform, user = adminUser): Promise<Record<string, string>> {
  const res = await fetch(`${platform.baseUrl}/api/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken };
}

/** Issues a kiosk for DEMO-01 through the admin API; returns its id and key. */
export async function createKiosk(
  platform: Platform,
  settings: { idleSeconds?: number; minIntervalSeconds?: number } = {},
): Promise<{ id: number; key: string }> {
  const res = await fetch(`${platform.baseUrl}/api/admin/kiosks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await adminHeaders(platform)) },
    body: JSON.stringify({ servicePoint: 'DEMO-01', name: 'Quầy 1', ...settings }),
  });
  if (res.status !== 201) throw new Error(`creating a kiosk failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: number; key: string };
}

export async function revokeKiosk(platform: Platform, id: number): Promise<void> {
  const res = await fetch(`${platform.baseUrl}/api/admin/kiosks/${id}/revoke`, { method: 'POST', headers: await adminHeaders(platform) });
  if (res.status !== 204) throw new Error(`revoking kiosk ${id} failed: ${res.status}`);
}

export interface BrowserPlatform {
  platform: Platform;
  browser: Browser;
}

/** For a describe block: the platform on `backend` and a Chromium, started before its tests and stopped after. */
export function useBrowserPlatform(backend: Backend): BrowserPlatform {
  const env = {} as BrowserPlatform;
  beforeAll(async () => {
    env.platform = await startPlatform(backend);
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.platform?.stop();
  });
  return env;
}
