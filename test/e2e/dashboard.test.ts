import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { hashPassword } from '../../api/src/auth/password';
import { insertUser } from '../../api/src/auth/queries';
import { foldPending } from '../../api/src/stats/summaries';
import { allAnswers, submission } from '../helpers/app';
import { backends } from '../helpers/backends';
import { adminHeaders, adminUser, axeViolations, haveBrowser, type Platform, screenshot, useBrowserPlatform } from './harness';

const manager = { username: 'center-manager', password: 'center-manager-2026' };

interface Figure {
  value: number | null;
  n: number;
}
interface StatsBody {
  n: number;
  index: Figure;
  factors: (Figure & { code: string })[];
  groups: { label: string; n: number; rank: number | null; index: Figure }[];
}

// The page's formatting, written out independently: a decimal comma, one decimal, dots for thousands.
const percent = (v: number | null) => (v === null ? '—' : `${v.toFixed(1).replace('.', ',')}%`);
const count = (n: number) => n.toLocaleString('de-DE');

async function post(platform: Platform, body: Record<string, unknown>) {
  const res = await fetch(`${platform.baseUrl}/api/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(submission(body)),
  });
  if (res.status !== 201) throw new Error(`submission failed: ${res.status} ${await res.text()}`);
}

async function apiStats(platform: Platform, query: string, session?: Record<string, string>): Promise<StatsBody> {
  const res = await fetch(`${platform.baseUrl}/api/admin/stats?${query}`, { headers: session ?? (await adminHeaders(platform)) });
  if (res.status !== 200) throw new Error(`stats failed: ${res.status}`);
  return (await res.json()) as StatsBody;
}

async function signIn(
  browser: Browser,
  platform: Platform,
  user: { username: string; password: string },
  width = 1280,
  height = 800,
  path = '/admin/',
) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${platform.baseUrl}${path}`);
  await page.getByLabel('Tên đăng nhập').fill(user.username);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect.poll(() => page.getByTestId('responses-count').count(), { timeout: 15_000 }).toBe(1);
  return page;
}

/** The cells of a card's table, row by row, as the reader sees them. */
function tableRows(page: Page, card: string) {
  return page
    .locator(`[data-testid="${card}-card"] table tbody tr`)
    .evaluateAll((rows) => rows.map((r) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent!.trim())));
}

/** What the page shows of the headline, factors and ranking, beside the same from the API. */
async function shown(page: Page) {
  return {
    index: await page.getByTestId('index-value').textContent(),
    n: await page.getByTestId('responses-count').textContent(),
    factors: (await tableRows(page, 'factors')).map((r) => [r[1], r[3]]),
    // The figures only; which rows carry the data-quality mark ⚑ is checked on its own below.
    ranking: (await tableRows(page, 'ranking')).map((r) => [r[0], r[1]!.replace(/ ⚑$/, ''), r[2], r[4]]),
  };
}

/** The ranking's labels that carry the data-quality mark ⚑. */
async function marked(page: Page) {
  return (await tableRows(page, 'ranking')).filter((r) => r[1]!.endsWith(' ⚑')).map((r) => r[1]!.replace(/ ⚑$/, ''));
}
function expected(stats: StatsBody) {
  return {
    index: percent(stats.index.value),
    n: count(stats.n),
    factors: stats.factors.map((f) => [percent(f.value), count(f.n)]),
    ranking: stats.groups.map((g) => [g.rank === null ? 'Không xếp hạng' : String(g.rank), g.label, percent(g.index.value), count(g.n)]),
  };
}

describe.skipIf(!haveBrowser).each(backends)('the dashboard in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);

  beforeAll(async () => {
    const { platform } = env;
    // The centre is well above target, Justice below it, Construction has too few to rank.
    for (let i = 0; i < 34; i++)
      await post(platform, { answers: allAnswers(i % 6 === 0 ? 4 : 5), respondentType: i % 4 === 0 ? 'organization' : 'citizen' });
    await foldPending(platform.testDb.db);
    for (let i = 0; i < 31; i++)
      await post(platform, { servicePoint: 'STP-01', answers: allAnswers(i % 3 === 0 ? 5 : 3, ['PA1']), channel: 'web' });
    for (let i = 0; i < 4; i++) await post(platform, { servicePoint: i % 2 ? 'SXD-01' : 'DEMO-02', answers: allAnswers(2) });
    await insertUser(platform.testDb.db, {
      username: manager.username,
      passwordHash: await hashPassword(manager.password),
      role: 'unit_manager',
      unitId: 2,
    });
  });

  test('shows the index, responses, factors and unit ranking that /api/admin/stats gives', async () => {
    const page = await signIn(env.browser, env.platform, adminUser);
    const stats = await apiStats(env.platform, 'period=2026-H2&by=unit');
    expect(stats.groups.map((g) => g.rank)).toEqual([1, 2, null]);
    await expect.poll(() => shown(page)).toEqual(expected(stats));
    // Responses posted seconds apart are a burst to the quality rules: the units holding those
    // counters (here the province's direct children) are marked, the others not.
    const res = await fetch(`${env.platform.baseUrl}/api/admin/quality?period=2026-H2`, { headers: await adminHeaders(env.platform) });
    const quality = (await res.json()) as { counters: { unit: { name: string } }[] };
    const flaggedUnits = [...new Set(quality.counters.map((c) => c.unit.name))];
    expect(flaggedUnits.length).toBeGreaterThan(0);
    await expect.poll(async () => (await marked(page)).sort()).toEqual(flaggedUnits.sort());
    await page.close();
  });

  test('a filter change updates the figures and the URL, and a reload shows the same view', async () => {
    const page = await signIn(env.browser, env.platform, adminUser);
    await page.getByLabel('Đối tượng', { exact: true }).selectOption('organization');
    await expect.poll(() => new URL(page.url()).search).toBe('?respondentType=organization');
    const stats = await apiStats(env.platform, 'period=2026-H2&respondentType=organization&by=unit');
    expect(stats.n).toBe(9);
    await expect.poll(() => shown(page)).toEqual(expected(stats));

    await page.getByLabel('Đối tượng', { exact: true }).selectOption('');
    await page.getByLabel('Kênh đánh giá', { exact: true }).selectOption('web');
    await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Sở Tư pháp' });
    await expect.poll(() => new URL(page.url()).search).toBe('?unit=3&channel=web');
    await page.reload();
    await expect.poll(() => page.getByLabel('Đơn vị', { exact: true }).inputValue()).toBe('3');
    expect(await page.getByLabel('Kênh đánh giá', { exact: true }).inputValue()).toBe('web');
    const justice = await apiStats(env.platform, 'period=2026-H2&unit=3&channel=web&by=servicePoint');
    expect(justice.n).toBe(31);
    await expect.poll(() => shown(page)).toEqual(expected(justice));
    await page.close();
  });

  test('a unit manager sees only their subtree in the picker, and their figures', async () => {
    const page = await signIn(env.browser, env.platform, manager);
    const options = await page.locator('#filter-unit option').allTextContents();
    expect(options).toEqual(['Trung tâm Phục vụ hành chính công tỉnh']);
    const res = await fetch(`${env.platform.baseUrl}/api/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(manager),
    });
    const session = { cookie: res.headers.get('set-cookie')!.split(';')[0]! };
    const stats = await apiStats(env.platform, 'period=2026-H2&by=servicePoint', session);
    await expect.poll(() => shown(page)).toEqual(expected(stats));
    expect(await page.getByRole('heading', { name: 'Xếp hạng quầy tiếp nhận' }).count()).toBe(1);
    await page.close();
  });

  test('a CSV download has the byte-order mark and the same rows as the table', async () => {
    const page = await signIn(env.browser, env.platform, adminUser);
    const card = page.getByTestId('ranking-card');
    await card.locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /Tải CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('sipas-ranking-2026-H2.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3).toString('utf8')) as string[][];
    const header = await card.locator('table thead th').allTextContents();
    expect(rows).toEqual([header, ...(await tableRows(page, 'ranking'))]);
    await page.close();
  });

  test.each([
    [1280, 800],
    [768, 1024],
  ])(
    'axe finds nothing with every table open at %i px, in both languages',
    async (width, height) => {
      const page = await signIn(env.browser, env.platform, adminUser, width, height, '/admin/?period=2026');
      await expect.poll(() => page.locator('[data-testid="distribution-card"] canvas').count()).toBe(1);
      for (const details of await page.locator('details').all()) {
        if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
      }
      expect(await page.locator('details:not([open])').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `dashboard-${width}`);
      await page.getByLabel('Ngôn ngữ').selectOption('en');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Dashboard');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `dashboard-${width}-en`);
      await page.close();
    },
    120_000,
  );
});
