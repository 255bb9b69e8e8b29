import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { adminUser, haveBrowser, useBrowserPlatform } from './harness';

const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Answers every statement on the current factor page with `level` (N/A where offered, if asked). */
async function answerFactorPage(page: Page, level: string, na: string[] = []) {
  const fieldsets = page.locator('fieldset[id^="q-"]');
  const count = await fieldsets.count();
  for (let i = 0; i < count; i++) {
    const fieldset = fieldsets.nth(i);
    const code = (await fieldset.getAttribute('id'))!.slice(2);
    await fieldset.locator(`label:has(input[value="${na.includes(code) ? 'na' : level}"])`).click();
  }
}

describe.skipIf(!haveBrowser).each(backends)('the whole path in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);

  test('a citizen fills the survey on a phone and the office sees the response counted', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${env.platform.baseUrl}/s/DEMO-01`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Quầy số 1 – Trung tâm Phục vụ hành chính công');

    // Next without a choice does not advance.
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect.poll(() => page.getByText('Bước 1/6').count()).toBe(1);
    await page.getByText('Cá nhân (công dân)').click();

    for (let step = 1; step <= 4; step++) {
      await expect.poll(() => page.getByText(`Bước ${step}/6`).count()).toBe(1);
      await answerFactorPage(page, step === 3 ? '3' : '5', ['TT3']);
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
    }
    // Profile and expectations are optional: skipped here.
    await expect.poll(() => page.getByText('Bước 5/6').count()).toBe(1);
    await page.getByRole('button', { name: 'Bỏ qua' }).click();
    await expect.poll(() => page.getByText('Bước 6/6').count()).toBe(1);
    await page.locator('#field').selectOption('dat-dai');
    await page.locator('#comment').fill('Cán bộ hướng dẫn tận tình.');
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();

    const reference = page.getByTestId('reference');
    await expect.poll(() => reference.textContent(), { timeout: 10_000 }).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    // The answers go through the outbox: the reference shows at once, the row follows.
    await expect
      .poll(
        () =>
          env.platform.testDb.db
            .selectFrom('responses')
            .select('id')
            .execute()
            .then((r) => r.length),
        { timeout: 10_000 },
      )
      .toBe(1);
    const stored = await env.platform.testDb.db.selectFrom('responses').selectAll().executeTakeFirstOrThrow();
    expect(await reference.textContent()).toBe(
      stored.id
        .replace(/-/g, '')
        .slice(0, 8)
        .toUpperCase()
        .replace(/^(.{4})/, '$1-'),
    );
    expect({
      type: stored.respondent_type,
      channel: stored.channel,
      field: stored.field,
      comment: stored.comment,
      answers: stored.answers,
    }).toEqual({
      type: 'citizen',
      channel: 'qr',
      field: 'dat-dai',
      comment: 'Cán bộ hướng dẫn tận tình.',
      // TC, TT (TT3 not applicable) at 5; CC at 3; KQ, PA at 5.
      answers: [5, 5, 5, 5, 5, 5, 0, 5, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5],
    });
    await context.close();

    const admin = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await admin.goto(`${env.platform.baseUrl}/admin/`);
    await admin.getByLabel('Tên đăng nhập').fill(adminUser.username);
    await admin.getByLabel('Mật khẩu').fill(adminUser.password);
    await admin.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => admin.getByTestId('responses-count').textContent(), { timeout: 10_000 }).toBe('1');
    // 4 of 5 factors fully satisfied, civil servants not: (4 × 100 + 0) / 5 = 80%.
    expect(await admin.getByTestId('index-value').innerText()).toMatch(/^80,0%/);
    await admin.close();
  });

  test('a wrong password is refused with a message in Vietnamese', async () => {
    const admin = await env.browser.newPage();
    await admin.goto(`${env.platform.baseUrl}/admin/`);
    await admin.getByLabel('Tên đăng nhập').fill(adminUser.username);
    await admin.getByLabel('Mật khẩu').fill('not-the-password');
    await admin.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => admin.getByTestId('sign-in-error').textContent()).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    await admin.close();
  });
});
