// npm run bench:survey [-- --shots DIR]
// How long the survey is for a citizen: taps and screen-heights (the page's scroll height over the
// viewport's, summed over the steps) for the whole survey, answering every statement and skipping
// everything optional, on a phone (360×740) and on a landscape kiosk (1280×800). Prints figures;
// asserts nothing. With --shots, saves a full-page screenshot of every step at 320, 360 and 1280 px.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { chromium, type Page } from 'playwright-core';
import { createApp } from '@sipas/api/app';
import { createDb, migrateToLatest, seedIfEmpty } from '@sipas/db';
import { findActiveServicePoint } from '../../api/src/forms/queries';
import { insertKiosk, keyHash } from '../../api/src/kiosks/queries';

const { values } = parseArgs({ options: { shots: { type: 'string' } } });
const dist = (app: string) => fileURLToPath(new URL(`../../${app}/dist`, import.meta.url));
if (!existsSync(`${dist('survey-app')}/index.html`)) throw new Error('survey-app is not built: run npm run build first');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const db = await createDb({ kind: 'pglite' });
await migrateToLatest(db);
await seedIfEmpty(db, new Date());
const point = await findActiveServicePoint(db, 'DEMO-01');
if (!point) throw new Error('the seed has no DEMO-01');
const kioskKey = randomBytes(24).toString('base64url');
await insertKiosk(db, { servicePointId: point.id, name: 'Bench', keyHash: keyHash(kioskKey), idleSeconds: 600, minIntervalSeconds: 0 });
const app = createApp({ db, rateLimitPerMinute: 0, staticDirs: { survey: dist('survey-app'), admin: dist('admin-app') } });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({
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

interface Run {
  taps: number;
  steps: { name: string; screens: number }[];
}

/** A tap on the first visible element the locator finds, counted. */
async function tap(page: Page, run: Run, selector: string) {
  await page.locator(selector).first().click();
  run.taps++;
}

const doneButtons = ['Bỏ qua', 'Tiếp tục', 'Xem lại', 'Gửi đánh giá'];

/** Walks the survey from its first step to the thank-you page, rating every statement 4. */
async function walk(page: Page, label: string, shots: string | undefined): Promise<Run> {
  const run: Run = { taps: 0, steps: [] };
  for (let guard = 0; guard < 30; guard++) {
    await page.waitForSelector('.page-heading');
    if ((await page.getByTestId('reference').count()) > 0) break;
    const heading = (await page.locator('h2.page-heading').first().textContent())?.trim() ?? '?';
    const screensNow = () => page.evaluate(() => document.documentElement.scrollHeight / innerHeight);
    const before = await screensNow();
    if (shots) await page.screenshot({ path: `${shots}/${label}-${String(run.steps.length + 1).padStart(2, '0')}.png`, fullPage: true });
    if (
      (await page.locator('input[name="respondentType"]:checked').count()) === 0 &&
      (await page.locator('input[name="respondentType"]').count()) > 0
    ) {
      await tap(page, run, 'label:has(input[name="respondentType"][value="citizen"])');
    }
    const statements = page.locator('fieldset[id^="q-"]');
    for (let i = 0; i < (await statements.count()); i++) {
      const fieldset = statements.nth(i);
      if ((await fieldset.locator('input:checked').count()) === 0) {
        await fieldset.locator('label:has(input[value="4"])').click();
        run.taps++;
      }
    }
    // Measured as the step arrives and once it is answered (words shown under the chosen levels); the larger counts.
    run.steps.push({ name: heading, screens: Math.max(before, await screensNow()) });
    if (shots)
      await page.screenshot({ path: `${shots}/${label}-${String(run.steps.length).padStart(2, '0')}-answered.png`, fullPage: true });
    const buttons = page.locator('main button');
    const names = await buttons.allTextContents();
    const next = doneButtons.find((b) => names.some((n) => n.trim() === b));
    if (!next) throw new Error(`${label}: no way on from step "${heading}" (buttons: ${names.join(', ')})`);
    await page.getByRole('button', { name: next, exact: true }).first().click();
    run.taps++;
    await page.waitForFunction(
      (h) => document.querySelector('h2.page-heading')?.textContent?.trim() !== h || !!document.querySelector('[data-testid="reference"]'),
      heading,
    );
  }
  return run;
}

async function measure(label: string, url: string, viewport: { width: number; height: number }, kiosk: boolean, shots: string | undefined) {
  const context = await browser.newContext({ viewport, hasTouch: true, ...(kiosk ? {} : { isMobile: true, deviceScaleFactor: 2 }) });
  const page = await context.newPage();
  await page.goto(url);
  let startTaps = 0;
  if (kiosk) {
    await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
    startTaps = 1;
  }
  const run = await walk(page, label, shots);
  if (shots) await page.screenshot({ path: `${shots}/${label}-thanks.png`, fullPage: true });
  await context.close();
  const screens = run.steps.reduce((sum, s) => sum + s.screens, 0);
  return { label, taps: run.taps + startTaps, screens, steps: run.steps };
}

const runs = [
  { label: 'phone-360', url: `${base}/s/DEMO-01`, viewport: { width: 360, height: 740 }, kiosk: false },
  { label: 'kiosk-1280', url: `${base}/k/${kioskKey}`, viewport: { width: 1280, height: 800 }, kiosk: true },
  ...(values.shots ? [{ label: 'phone-320', url: `${base}/s/DEMO-01`, viewport: { width: 320, height: 640 }, kiosk: false }] : []),
];
if (values.shots) mkdirSync(values.shots, { recursive: true });
try {
  for (const r of runs) {
    const result = await measure(r.label, r.url, r.viewport, r.kiosk, values.shots);
    console.log(
      `${result.label} (${r.viewport.width}×${r.viewport.height}): ${result.taps} taps, ${result.screens.toFixed(1)} screen-heights over ${result.steps.length} steps`,
    );
    for (const s of result.steps) console.log(`  ${s.screens.toFixed(2)}  ${s.name}`);
  }
} finally {
  await browser.close();
  server.close();
  await db.destroy();
}
