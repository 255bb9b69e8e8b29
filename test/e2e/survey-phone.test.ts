import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { axeViolations, haveBrowser, screenshot, useBrowserPlatform } from './harness';
import { answerFactorPage, answerQuickly, expectStep, phone, referenceOfId } from './survey-steps';

/** No axe violation on the screen now showing; a screenshot of it for the eye. */
async function checkScreen(page: Page, name: string) {
  await screenshot(page, name);
  expect(await axeViolations(page)).toEqual([]);
}

describe.skipIf(!haveBrowser).each(backends)('the phone survey in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);

  async function storedRow(id: string) {
    await expect.poll(() => env.platform.testDb.db.selectFrom('responses').select('id').where('id', '=', id).execute(), { timeout: 15_000 }).toHaveLength(1);
    const row = await env.platform.testDb.db.selectFrom('responses').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return {
      respondentType: row.respondent_type,
      channel: row.channel,
      lang: row.lang,
      answers: row.answers,
      field: row.field,
      profile: row.profile,
      expectations: row.expectations,
      comment: row.comment,
    };
  }

  /** The stored response behind a reference shown on screen. */
  async function idOf(reference: string): Promise<string> {
    const rows = await env.platform.testDb.db.selectFrom('responses').select('id').execute();
    const match = rows.find((r) => referenceOfId(r.id) === reference);
    if (!match) throw new Error(`no stored response has the reference ${reference}`);
    return match.id;
  }

  test('a citizen answers in Vietnamese, reviews, edits a profile answer and sends', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${env.platform.baseUrl}/s/DEMO-01`);
    await expectStep(page, 'Bước 1/10');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await checkScreen(page, 'phone-vi-01-respondent');
    await page.getByText('Cá nhân (công dân)').click();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    for (let step = 2; step <= 6; step++) {
      await expectStep(page, `Bước ${step}/10`);
      if (step === 2) await checkScreen(page, 'phone-vi-02-factor');
      await answerFactorPage(page, step === 4 ? '3' : '5', ['TT3']);
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
    }
    await expectStep(page, 'Bước 7/10');
    await page.getByRole('group', { name: /Giới tính/ }).getByText('Nữ').click();
    await page.getByRole('group', { name: /Độ tuổi/ }).getByText('Trên 60').click();
    await checkScreen(page, 'phone-vi-07-profile');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    await expectStep(page, 'Bước 8/10');
    await page.getByRole('group', { name: /Rút ngắn thời gian/ }).getByText('Rất nhiều').click();
    await checkScreen(page, 'phone-vi-08-expectations');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    await expectStep(page, 'Bước 9/10');
    await page.locator('#field').selectOption('dat-dai');
    await page.locator('#comment').fill('Cán bộ hướng dẫn tận tình.');
    await checkScreen(page, 'phone-vi-09-final');
    // The honeypot is there for bots only: hidden from screen readers, out of the tab order, left empty.
    const honeypot = page.locator('input[name="website"]');
    expect({
      tabIndex: await honeypot.getAttribute('tabindex'),
      autocomplete: await honeypot.getAttribute('autocomplete'),
      hidden: await honeypot.evaluate((input) => input.closest('[aria-hidden="true"]') !== null),
      value: await honeypot.inputValue(),
    }).toEqual({ tabIndex: '-1', autocomplete: 'off', hidden: true, value: '' });
    await page.getByRole('button', { name: 'Xem lại' }).click();

    await expectStep(page, 'Bước 10/10');
    await checkScreen(page, 'phone-vi-10-review');
    const profile = page.getByRole('region', { name: 'Thông tin về Ông/Bà' });
    expect(await profile.locator('dd').allTextContents()).toEqual(['Nữ', 'Trên 60', 'Không trả lời', 'Không trả lời']);
    // Edit goes back to the profile step; Next walks forward to the review again.
    await profile.getByRole('button', { name: 'Sửa' }).click();
    await expectStep(page, 'Bước 7/10');
    await page.getByRole('group', { name: /Nghề nghiệp/ }).getByText('Nghỉ hưu').click();
    for (const button of ['Tiếp tục', 'Tiếp tục', 'Xem lại']) await page.getByRole('button', { name: button }).click();
    await expectStep(page, 'Bước 10/10');
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();

    const reference = page.getByTestId('reference');
    await expect.poll(() => reference.textContent()).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    await expect.poll(() => page.getByTestId('sync-state').textContent(), { timeout: 15_000 }).toBe('Phiếu đã được gửi đến máy chủ.');
    await checkScreen(page, 'phone-vi-11-thanks');
    expect(await storedRow(await idOf((await reference.textContent())!))).toEqual({
      respondentType: 'citizen',
      channel: 'qr',
      lang: 'vi',
      answers: [5, 5, 5, 5, 5, 5, 0, 5, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5],
      field: 'dat-dai',
      profile: { gender: 'female', ageBand: 'over-60', occupation: 'retired' },
      expectations: { faster: 'very-much' },
      comment: 'Cán bộ hướng dẫn tận tình.',
    });
    await context.close();
  });

  test('an organisation answers in English and sends', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${env.platform.baseUrl}/s/DEMO-01?lang=en`);
    await expectStep(page, 'Step 1/10');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await checkScreen(page, 'phone-en-01-respondent');
    await page.getByText('An organisation or business').click();
    await page.getByRole('button', { name: 'Next' }).click();
    for (let step = 2; step <= 6; step++) {
      await expectStep(page, `Step ${step}/10`);
      await answerFactorPage(page, '4', ['PA1', 'PA2', 'PA3']);
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await expectStep(page, 'Step 7/10');
    await page.getByRole('group', { name: /Kind of organisation/ }).getByText('Cooperative').click();
    await checkScreen(page, 'phone-en-07-profile');
    await page.getByRole('button', { name: 'Next' }).click();
    await expectStep(page, 'Step 8/10');
    await page.getByRole('button', { name: 'Next' }).click();
    await expectStep(page, 'Step 9/10');
    await page.getByRole('button', { name: 'Review' }).click();
    await expectStep(page, 'Step 10/10');
    await checkScreen(page, 'phone-en-10-review');
    await page.getByRole('button', { name: 'Send my answers' }).click();

    const reference = page.getByTestId('reference');
    await expect.poll(() => reference.textContent()).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    await expect.poll(() => page.getByTestId('sync-state').textContent(), { timeout: 15_000 }).toBe('Your answers have reached the server.');
    await checkScreen(page, 'phone-en-11-thanks');
    expect(await storedRow(await idOf((await reference.textContent())!))).toEqual({
      respondentType: 'organization',
      channel: 'qr',
      lang: 'en',
      answers: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0],
      field: null,
      profile: { orgKind: 'cooperative' },
      expectations: null,
      comment: null,
    });
    await context.close();
  });

  test('a bot that fills the honeypot is thanked like a person and nothing is stored', async () => {
    const before = await env.platform.testDb.db.selectFrom('responses').select('id').execute();
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${env.platform.baseUrl}/s/DEMO-01`);
    await answerQuickly(page, '2', () => page.locator('input[name="website"]').fill('https://spam.example', { force: true }));
    await expect.poll(() => page.getByTestId('sync-state').textContent(), { timeout: 15_000 }).toBe('Phiếu đã được gửi đến máy chủ.');
    expect(await env.platform.testDb.db.selectFrom('responses').select('id').execute()).toEqual(before);
    await context.close();
  });
});
