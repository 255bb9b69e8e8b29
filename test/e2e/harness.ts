// Runs the whole platform on a free port with a fresh database, and a headless system Chromium.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { createApp } from '@sipas/api/app';
import { hashPassword } from '../../api/src/auth/password';
import { insertUser } from '../../api/src/auth/queries';
import type { Backend } from '../helpers/backends';
import { freshDb, type TestDb } from '../helpers/db';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveBrowser = existsSync(chromiumPath);

if (!haveBrowser) {
  if (process.env.CI === 'true') throw new Error(`CI=true but there is no Chromium at ${chromiumPath}: the browser suites may not be skipped.`);
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
  await insertUser(testDb.db, { username: adminUser.username, passwordHash: await hashPassword(adminUser.password), role: 'province_admin', unitId: null });
  const app = createApp({ db: testDb.db, staticDirs: { survey: dist('survey-app'), admin: dist('admin-app') } });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
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
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}
