// The first screen of /s/:code on a weak mobile connection: everything it downloads, gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type TestApp } from '../helpers/app';

const budgetBytes = 30_720;
const dist = fileURLToPath(new URL('../../survey-app/dist', import.meta.url));

let t: TestApp;
beforeAll(async () => {
  t = await startApp('pglite');
});
afterAll(() => t?.testDb.destroy());

const gzipped = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/** The scripts, stylesheets and module preloads index.html names; lazy chunks are not among them. */
function firstScreenAssets(html: string): string[] {
  const urls = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\/s\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(urls)];
}

test('the first screen of the phone survey stays within 30 KB gzipped', async () => {
  if (!existsSync(`${dist}/index.html`)) throw new Error('survey-app is not built: run npm run build -w survey-app');
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const assets = firstScreenAssets(html);
  expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
  expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
  const res = await t.app.request('/api/forms/DEMO-01');
  expect(res.status).toBe(200);
  const parts: Record<string, number> = { 'index.html': gzipped(html), 'form JSON': gzipped(await res.text()) };
  for (const asset of assets) parts[asset] = gzipped(readFileSync(`${dist}${asset.slice('/s'.length)}`));
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  console.log(`survey first screen: ${total} bytes gzipped of ${budgetBytes}`, parts);
  expect(total).toBeLessThanOrEqual(budgetBytes);
});
