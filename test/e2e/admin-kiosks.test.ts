import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { adminUser, axeViolations, haveBrowser, screenshot, useBrowserPlatform } from './harness';

describe.skipIf(!haveBrowser).each(backends)('the kiosk page in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);

  async function signIn(page: Page) {
    await page.goto(`${env.platform.baseUrl}/admin/kiosks`);
    await page.getByLabel('Tên đăng nhập').fill(adminUser.username);
    await page.getByLabel('Mật khẩu').fill(adminUser.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kiosk');
  }

  const formStatus = async (key: string) => (await fetch(`${env.platform.baseUrl}/api/kiosk/${key}/form`)).status;

  test('an administrator issues a kiosk link, copies it, renames the kiosk and revokes it', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.platform.baseUrl });
    const page = await context.newPage();
    await signIn(page);
    await expect.poll(() => page.getByText('Chưa có kiosk nào.').count()).toBe(1);

    await page.getByLabel('Quầy').selectOption('DEMO-01');
    await page.getByLabel('Tên kiosk').fill('Máy tính bảng quầy 1');
    await page.getByLabel('Tự quay về màn hình đầu sau (giây)').fill('45');
    await page.getByLabel('Khoảng cách tối thiểu giữa hai phiếu (giây)').fill('5');
    await page.getByRole('button', { name: 'Cấp đường dẫn' }).click();

    const url = page.getByTestId('kiosk-url');
    await expect.poll(() => url.inputValue()).toMatch(new RegExp(`^${env.platform.baseUrl}/k/[\\w-]{43}$`));
    const link = await url.inputValue();
    const key = link.slice(link.lastIndexOf('/') + 1);
    expect(await formStatus(key)).toBe(200);
    await page.getByRole('button', { name: 'Sao chép' }).click();
    await expect.poll(() => page.getByText('Đã sao chép.').count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const row = page.locator('tbody tr').first();
    await expect.poll(() => row.locator('th').textContent()).toBe('Máy tính bảng quầy 1');
    expect((await row.locator('td').allInnerTexts()).slice(0, 4)).toEqual([
      'DEMO-01\nQuầy số 1 – Trung tâm Phục vụ hành chính công',
      'Chưa kết nối',
      '—',
      'Đang hoạt động',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'kiosks-1280');

    await row.getByRole('button', { name: 'Đổi tên Máy tính bảng quầy 1' }).click();
    await row.getByLabel('Tên mới cho kiosk Máy tính bảng quầy 1').fill('Kiosk sảnh chính');
    await row.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => row.locator('th').textContent()).toBe('Kiosk sảnh chính');

    await row.getByRole('button', { name: 'Thu hồi Kiosk sảnh chính' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thu hồi kiosk?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'kiosks-dialog');
    // Cancelling leaves the kiosk working.
    await dialog.getByRole('button', { name: 'Không thu hồi' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await formStatus(key)).toBe(200);

    await row.getByRole('button', { name: 'Thu hồi Kiosk sảnh chính' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Thu hồi kiosk' }).click();
    await expect.poll(() => row.getByTestId('kiosk-state').textContent()).toMatch(/^Đã thu hồi ngày \d{2}\/\d{2}\/\d{4}$/);
    expect(await formStatus(key)).toBe(403);
    const audit = await env.platform.testDb.db
      .selectFrom('audit_log')
      .select(['action', 'entity'])
      .where('entity', '=', 'kiosk')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'revoke']);
    await context.close();
  });

  test('a kiosk silent for more than three minutes shows as not responding, with its queue', async () => {
    const db = env.platform.testDb.db;
    const { id } = await db
      .insertInto('kiosks')
      .values({
        service_point_id: 3,
        name: 'Kiosk Sở Tư pháp',
        key_hash: 'a'.repeat(64),
        last_seen_at: new Date(Date.now() - 10 * 60_000),
        queued_count: 4,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const page = await env.browser.newPage({ viewport: { width: 768, height: 1024 } });
    await signIn(page);
    const row = page.locator(`tr[data-id="${id}"]`);
    await expect.poll(() => row.locator('td').nth(1).innerText()).toBe('10 phút trước Mất kết nối');
    expect(await row.locator('td').nth(2).innerText()).toBe('4');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'kiosks-768');
    await page.close();
  });
});
