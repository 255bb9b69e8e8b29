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

/**
 * What a phone survey costs on the wire, in a fresh context (nothing cached): the bytes Chromium
 * received (CDP encodedDataLength: headers and body as sent) for the requests sent before the
 * first step showed — the first screen — and for everything until the network is idle, which adds
 * the review step the page fetches once the first step is up.
 */
async function surveyWire(url: string) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  // The moment the first step is in the DOM, before any effect of its render can send a request.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.page-heading')) return;
      (window as unknown as { firstStepAt: number }).firstStepAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map<string, { url: string; sentAt: number; encoding: string; wire: number; body: number }>();
  cdp.on('Network.requestWillBeSent', (e) =>
    requests.set(e.requestId, { url: e.request.url, sentAt: e.wallTime * 1000, encoding: 'identity', wire: 0, body: 0 }),
  );
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    if (r) r.encoding = headers['content-encoding'] ?? 'identity';
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.body += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.wire = e.encodedDataLength;
  });
  await page.goto(url);
  await page.waitForSelector('.page-heading');
  await page.waitForLoadState('networkidle');
  const firstStepAt = await page.evaluate(() => (window as unknown as { firstStepAt: number }).firstStepAt);
  await context.close();
  const all = [...requests.values()];
  const sum = (rs: typeof all, key: 'wire' | 'body') => rs.reduce((n, r) => n + r[key], 0);
  const first = all.filter((r) => r.sentAt < firstStepAt);
  return {
    firstWire: sum(first, 'wire'),
    firstBody: sum(first, 'body'),
    idleWire: sum(all, 'wire'),
    idleBody: sum(all, 'body'),
    requests: all,
    firstStepAt,
  };
}

const runs = [
  { label: 'phone-360', url: `${base}/s/DEMO-01`, viewport: { width: 360, height: 740 }, kiosk: false },
  { label: 'kiosk-1280', url: `${base}/k/${kioskKey}`, viewport: { width: 1280, height: 800 }, kiosk: true },
  ...(values.shots ? [{ label: 'phone-320', url: `${base}/s/DEMO-01`, viewport: { width: 320, height: 640 }, kiosk: false }] : []),
];
if (values.shots) mkdirSync(values.shots, { recursive: true });
try {
  const wire = await surveyWire(`${base}/s/DEMO-01`);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`/s/DEMO-01 on the wire (phone, empty cache):`);
  console.log(`  first screen: ${kb(wire.firstWire)} (${kb(wire.firstBody)} decoded)`);
  console.log(`  until the network is idle: ${kb(wire.idleWire)} (${kb(wire.idleBody)} decoded)`);
  for (const r of wire.requests)
    console.log(
      `  ${kb(r.wire).padStart(8)}  ${r.encoding.padEnd(8)}  ${r.sentAt < wire.firstStepAt ? 'first ' : 'later '}  ${r.url.replace(base, '')}`,
    );
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
