import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hashPassword } from '../../api/src/auth/password';
import { insertUser } from '../../api/src/auth/queries';
import { itemCodes } from '../helpers/app';
import { adminHeaders, adminUser, haveBrowser, screenshot, useBrowserPlatform } from './harness';
import { keySheet, printSheets } from './paper-keying';

// 19 statements: TT3 and PA1–PA3 allow "không áp dụng" (0).
const digits = '4544' + '5404' + '45534' + '444' + '000';

describe.skipIf(!haveBrowser).each(['pglite'] as const)('the paper entry page in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);

  async function signIn(page: Page) {
    await page.goto(`${env.platform.baseUrl}/admin/paper-entry`);
    await page.getByLabel('Tên đăng nhập').fill(adminUser.username);
    await page.getByLabel('Mật khẩu').fill(adminUser.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Nhập phiếu giấy');
    await page.locator('#sheet-code:focus').waitFor();
  }

  test('two sheets keyed with the keyboard only are stored as paper responses, 21 keys each', async () => {
    const codes = await printSheets(env.platform, 2);
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(page);

    // A wrong check character is refused before anything is keyed, naming it.
    const wrong = codes[0]!.slice(0, 10) + (codes[0]![10] === '0' ? '1' : '0');
    await page.keyboard.type(wrong);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`sheet: the check character ${wrong[10]} does not match`);
    await page.locator('#sheet-code').fill('');

    // An off-scale digit and a "không áp dụng" where the item has none are refused at once.
    await page.keyboard.type(codes[0]!);
    await page.keyboard.press('Enter');
    await page.locator('.paper-keypad:focus').waitFor();
    await page.keyboard.press('1');
    await page.keyboard.press('0');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('TC1 không có ô "Không áp dụng".');
    await page.keyboard.press('7');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('TC1: chỉ nhận 1–5.');
    await page.keyboard.press('4');
    await expect.poll(() => page.locator('#paper-current').textContent()).toMatch(/^TC2\. /);
    await screenshot(page, 'paper-entry');
    for (const key of digits.slice(1)) await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: codes[0]! }).waitFor();
    await page.locator('#sheet-code:focus').waitFor();

    const keys = await keySheet(page, codes[1]!, '2', digits);
    expect(keys).toBe(21);

    const stored = await env.platform.testDb.db
      .selectFrom('responses as r')
      .innerJoin('paper_sheets as s', 's.response_id', 'r.id')
      .select(['s.code', 's.status', 'r.channel', 'r.respondent_type as type', 'r.answers'])
      .orderBy('r.respondent_type')
      .execute();
    const answers = [...digits].map(Number);
    expect(stored).toEqual([
      { code: codes[0], status: 'entered', channel: 'paper', type: 'citizen', answers },
      { code: codes[1], status: 'entered', channel: 'paper', type: 'organization', answers },
    ]);
  });

  test('a profile and expectations ticked below the digits are stored on the response, and a second entry with the same ticks verifies it', async () => {
    const [code] = await printSheets(env.platform, 1);
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(page);
    await page.keyboard.type(code!);
    await page.keyboard.press('Enter');
    await page.locator('.paper-keypad:focus').waitFor();
    for (const key of ['1', ...digits]) await page.keyboard.press(key);
    // A citizen: the organisation's question is shown where the sheet prints it, but closed.
    expect(await page.getByLabel('Loại hình tổ chức').isDisabled()).toBe(true);
    await page.getByLabel('Giới tính').selectOption('female');
    await page.getByLabel('Độ tuổi').selectOption('35-49');
    await page.getByLabel('Rút ngắn thời gian giải quyết').selectOption('very-much');
    await page.getByLabel('Mở rộng dịch vụ công trực tuyến').selectOption('much');
    await screenshot(page, 'paper-entry-extras');
    await page.getByRole('button', { name: 'Lưu (Enter)' }).click();
    await page.getByRole('status').filter({ hasText: code! }).waitFor();

    const profile = { gender: 'female', ageBand: '35-49' };
    const expectations = { faster: 'very-much', online: 'much' };
    const stored = await env.platform.testDb.db
      .selectFrom('responses as r')
      .innerJoin('paper_sheets as s', 's.response_id', 'r.id')
      .select(['s.status', 'r.respondent_type as type', 'r.profile', 'r.expectations'])
      .where('s.code', '=', code!)
      .execute();
    expect(stored).toEqual([{ status: 'entered', type: 'citizen', profile, expectations }]);

    await insertUser(env.platform.testDb.db, {
      username: 'office2',
      passwordHash: await hashPassword(adminUser.password),
      role: 'province_admin',
      unitId: null,
    });
    const office2 = await adminHeaders(env.platform, { username: 'office2', password: adminUser.password });
    const answers = Object.fromEntries(itemCodes.map((c, i) => [c, digits[i] === '0' ? 'na' : Number(digits[i])]));
    const second = await fetch(`${env.platform.baseUrl}/api/admin/paper-entries`, {
      method: 'POST',
      headers: { ...office2, 'content-type': 'application/json' },
      body: JSON.stringify({ sheet: code, respondentType: 'citizen', answers, profile, expectations }),
    });
    expect({ status: second.status, sheet: ((await second.json()) as { status: string }).status }).toEqual({
      status: 200,
      sheet: 'verified',
    });
  });
});
