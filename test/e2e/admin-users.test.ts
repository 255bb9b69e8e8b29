import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { adminUser, axeViolations, haveBrowser, screenshot, useBrowserPlatform } from './harness';

const manager = { username: 'quanly.ttpvhcc', password: 'Trung-tam-mot-cua-2026', next: 'Sen-hong-giua-dam-2026' };
const center = 'Trung tâm Phục vụ hành chính công tỉnh';

async function signInWith(page: Page, username: string, password: string) {
  // Exact labels: the audit page's filter "Người thực hiện (tên đăng nhập)" may still be on screen.
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Screenshots at a laptop's and a tablet's width, to look at by eye. */
async function shoot(page: Page, name: string) {
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 768, height: 1024 });
  await screenshot(page, `${name}-768`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe.skipIf(!haveBrowser).each(backends)('users, audit log and account in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);
  // One page through the three steps, as one office would use it.
  let page: Page;
  afterAll(() => page?.close());

  test('an administrator creates a unit manager for the service centre on the Users page', async () => {
    page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.platform.baseUrl}/admin/users`);
    await signInWith(page, adminUser.username, adminUser.password);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tài khoản người dùng');
    await expect.poll(() => page.locator('.users-table tbody tr').count()).toBe(1);

    // The unit choice appears for a unit manager (the role chosen first).
    await page.locator('#new-username').fill(manager.username);
    const unit = await page.locator('#new-unit option', { hasText: center }).getAttribute('value');
    await page.locator('#new-unit').selectOption(unit!);
    await page.locator('#new-password').fill(manager.password);
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect.poll(() => page.getByTestId('users-status').textContent()).toBe(`Đã tạo tài khoản ${manager.username}.`);
    const row = page.locator('.users-table tbody tr', { hasText: manager.username });
    expect(await row.locator('td').allInnerTexts()).toEqual([`Lãnh đạo đơn vị\n${center}`, '—', 'Vô hiệu hoá\nĐặt lại mật khẩu']);
    // The reset form opens below the table, for that user (checked by axe too, then left).
    await row.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await expect.poll(() => page.locator('#users-reset-title').textContent()).toBe(`Đặt lại mật khẩu cho ${manager.username}`);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'admin-users');
    await page.getByRole('button', { name: 'Huỷ' }).click();
  });

  test('the audit log page shows the creation with what was set', async () => {
    await page.getByRole('link', { name: 'Nhật ký' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nhật ký thay đổi');
    const first = page.locator('.audit-table tbody tr').first();
    await expect.poll(() => first.locator('td').nth(2).textContent()).toBe('Tạo mới');
    expect(await first.locator('td').allInnerTexts()).toEqual([
      expect.stringMatching(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/),
      adminUser.username,
      'Tạo mới',
      'Tài khoản #2',
      // jsonb keeps keys shortest first.
      `role: unit_manager\nunitId: 2\nusername: ${manager.username}`,
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'admin-audit');
  });

  test('the new manager signs in and changes their password on the Account page', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await signInWith(page, manager.username, manager.password);
    await page.getByTestId('account-link').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Đổi mật khẩu');

    // A guessable password is refused with the API's reason, in Vietnamese, at the field.
    await page.getByLabel('Mật khẩu hiện tại').fill(manager.password);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('quanly.ttpvhcc.2026');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('quanly.ttpvhcc.2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect
      .poll(() => page.locator('#newPassword-error').textContent())
      .toBe('Mật khẩu quá dễ đoán: mật khẩu được tạo từ tên đăng nhập hoặc tên hệ thống.');
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'admin-account');

    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(manager.next);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(manager.next);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect
      .poll(() => page.getByTestId('account-done').textContent())
      .toBe('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.');

    const signIn = (password: string) =>
      fetch(`${env.platform.baseUrl}/api/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: manager.username, password }),
      });
    expect([(await signIn(manager.password)).status, (await signIn(manager.next)).status]).toEqual([401, 200]);
    const actions = await env.platform.testDb.db.selectFrom('audit_log').select(['username', 'action']).orderBy('id').execute();
    expect(actions).toEqual([
      { username: adminUser.username, action: 'create' },
      { username: manager.username, action: 'change_password' },
    ]);
  });
});
