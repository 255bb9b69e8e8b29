import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import { PDFParse } from 'pdf-parse';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { hashPassword } from '../../api/src/auth/password';
import { insertUser } from '../../api/src/auth/queries';
import { callToAction } from '../../api/src/qr/poster';
import { backends } from '../helpers/backends';
import { adminUser, axeViolations, haveBrowser, screenshot, useBrowserPlatform } from './harness';

const laptop = { width: 1280, height: 800 };
const tablet = { width: 768, height: 1024 };

async function signInAt(browser: Browser, url: string, user: { username: string; password: string }, viewport = laptop): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').fill(user.username);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Đơn vị' }).count(), { timeout: 10_000 }).toBe(1);
  return page;
}

/** Clicks a download link and returns the file's suggested name and bytes. */
async function download(page: Page, linkName: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe.skipIf(!haveBrowser).each(backends)('the units page in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);
  const unitsUrl = () => `${env.platform.baseUrl}/admin/units`;

  test('the admin adds a counter and downloads its QR code and its poster', async () => {
    const page = await signInAt(env.browser, unitsUrl(), adminUser);
    await page.getByRole('button', { name: /^Trung tâm Phục vụ hành chính công tỉnh/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Trung tâm Phục vụ hành chính công tỉnh' }).count()).toBe(1);

    await page.getByLabel('Mã quầy').fill('e2e-01');
    await page.getByLabel('Tên quầy', { exact: true }).fill('Quầy số 3 – Thử nghiệm');
    await page.getByRole('button', { name: 'Thêm quầy' }).click();
    await expect.poll(() => page.getByRole('rowheader', { name: 'E2E-01' }).count()).toBe(1);

    const png = await download(page, 'QR (PNG) – E2E-01');
    const image = PNG.sync.read(png.bytes);
    expect({ name: png.name, decoded: jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data }).toEqual({
      name: 'qr-E2E-01.png',
      decoded: `${env.platform.baseUrl}/s/E2E-01`,
    });

    const poster = await download(page, 'Áp phích A4 – E2E-01');
    const parser = new PDFParse({ data: new Uint8Array(poster.bytes) });
    const { total, text } = await parser.getText();
    await parser.destroy();
    const flat = text.replace(/\s+/g, ' ');
    expect({
      name: poster.name,
      pages: total,
      counter: flat.includes('Quầy số 3 – Thử nghiệm'),
      call: flat.includes(callToAction.vi),
    }).toEqual({
      name: 'poster-E2E-01-A4.pdf',
      pages: 1,
      counter: true,
      call: true,
    });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'units-admin-1280');
    await page.close();
  });

  test('the tree opens and closes from the keyboard and the page is axe-clean', async () => {
    const page = await signInAt(env.browser, unitsUrl(), adminUser);
    const branch = page.locator('#unit-children-1');
    await expect.poll(() => branch.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Tỉnh Mẫu/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => branch.isVisible()).toBe(false);
    expect(
      await page.getByRole('button', { name: 'Mở các đơn vị trực thuộc Tỉnh Mẫu (dữ liệu minh hoạ)' }).getAttribute('aria-expanded'),
    ).toBe('false');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => branch.isVisible()).toBe(true);
    await page.close();
  });

  test('the admin adds a sub-unit and moves it under another unit', async () => {
    const page = await signInAt(env.browser, unitsUrl(), adminUser, tablet);
    await page.getByRole('button', { name: /^Sở Tư pháp/ }).click();
    await page.getByLabel('Tên đơn vị mới').fill('Phòng Hành chính tư pháp');
    await page.getByLabel('Mã đơn vị mới').fill('STP-HCTP');
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await page.getByRole('button', { name: /^Phòng Hành chính tư pháp/ }).click();
    await page.getByLabel('Đơn vị cấp trên mới').selectOption({ label: '\u00a0\u00a0Sở Xây dựng' });
    await page.getByRole('button', { name: 'Chuyển', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã chuyển' }).count()).toBe(1);
    // The moved unit stays chosen and in view, under its new parent, and the choice of parent resets.
    await expect.poll(() => page.getByRole('button', { name: /^Phòng Hành chính tư pháp/ }).isVisible()).toBe(true);
    expect(await page.getByLabel('Đơn vị cấp trên mới').evaluate((select: HTMLSelectElement) => select.selectedIndex)).toBe(0);
    const moved = await env.platform.testDb.db
      .selectFrom('units')
      .select(['parent_id', 'path', 'code'])
      .where('name', '=', 'Phòng Hành chính tư pháp')
      .executeTakeFirstOrThrow();
    expect(moved.code).toBe('STP-HCTP');
    expect(moved.path).toBe(`/1/4/${moved.path.split('/')[3]}/`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'units-admin-768');
    await page.close();
  });

  test('a unit manager sees their own subtree read-only, with the downloads', async () => {
    const manager = { username: 'justice-head', password: 'justice-password-2026' };
    await insertUser(env.platform.testDb.db, {
      username: manager.username,
      passwordHash: await hashPassword(manager.password),
      role: 'unit_manager',
      unitId: 3,
    });
    const page = await signInAt(env.browser, unitsUrl(), manager, tablet);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Sở Tư pháp' }).count()).toBe(1);
    expect({
      otherUnits: await page.getByRole('button', { name: /^Sở Xây dựng/ }).count(),
      forms: await page.locator('.unit-panel form').count(),
      poster: await page.getByRole('link', { name: 'Áp phích A5 – STP-01' }).count(),
    }).toEqual({ otherUnits: 0, forms: 0, poster: 1 });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'units-manager-768');
    await page.close();
  });
});
