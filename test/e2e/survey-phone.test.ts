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
    await expect
      .poll(() => env.platform.testDb.db.selectFrom('responses').select('id').where('id', '=', id).execute(), { timeout: 15_000 })
      .toHaveLength(1);
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

  test('a citizen answers in Vietnamese, answers the optional questions, edits a statement and a profile answer from the review, and sends', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${env.platform.baseUrl}/s/DEMO-01`);
    await expectStep(page, 'Bước 1/6');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await checkScreen(page, 'phone-vi-01-first');
    await page.getByText('Cá nhân (công dân)').click();
    for (let step = 1; step <= 4; step++) {
      await expectStep(page, `Bước ${step}/6`);
      await answerFactorPage(page, step === 3 ? '3' : '5', ['TT3']);
      if (step === 1) await checkScreen(page, 'phone-vi-01-answered');
      // One heading per step.
      expect(await page.locator('h2').count()).toBe(1);
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
    }

    await expectStep(page, 'Bước 5/6');
    await checkScreen(page, 'phone-vi-05-about');
    await page.getByRole('button', { name: 'Trả lời các câu này' }).click();
    await page
      .getByRole('group', { name: /Giới tính/ })
      .getByText('Nữ')
      .click();
    await page
      .getByRole('group', { name: /Độ tuổi/ })
      .getByText('Trên 60')
      .click();
    await page
      .getByRole('group', { name: /Rút ngắn thời gian/ })
      .getByText('Rất nhiều')
      .click();
    await checkScreen(page, 'phone-vi-05-about-open');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    await expectStep(page, 'Bước 6/6');
    await page.locator('#field').selectOption('dat-dai');
    await page.locator('#comment').fill('Cán bộ hướng dẫn tận tình.');
    await checkScreen(page, 'phone-vi-06-review');
    // The honeypot is there for bots only: hidden from screen readers, out of the tab order, left empty.
    const honeypot = page.locator('input[name="website"]');
    expect({
      tabIndex: await honeypot.getAttribute('tabindex'),
      autocomplete: await honeypot.getAttribute('autocomplete'),
      hidden: await honeypot.evaluate((input) => input.closest('[aria-hidden="true"]') !== null),
      value: await honeypot.inputValue(),
    }).toEqual({ tabIndex: '-1', autocomplete: 'off', hidden: true, value: '' });
    const about = page.getByRole('region', { name: 'Thông tin về Ông/Bà' });
    expect(await about.locator('dd').allTextContents()).toEqual(['Nữ', 'Trên 60', 'Rất nhiều']);

    // A rating on the review opens its own statement, with focus; the button there leads back to the review.
    await page.getByRole('button', { name: /^Sửa: Công chức tuân thủ đúng quy định: Bình thường$/ }).click();
    await expectStep(page, 'Bước 3/6');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-CC4');
    await page.locator('#q-CC4').locator('label:has(input[value="4"])').click();
    await page.getByRole('button', { name: 'Về trang xem lại' }).click();
    await expectStep(page, 'Bước 6/6');
    expect(await page.locator('#comment').inputValue()).toBe('Cán bộ hướng dẫn tận tình.');

    // Edit on the optional part goes to it, open; its button too leads back to the review.
    await about.getByRole('button', { name: 'Sửa' }).click();
    await expectStep(page, 'Bước 5/6');
    await page
      .getByRole('group', { name: /Nghề nghiệp/ })
      .getByText('Nghỉ hưu')
      .click();
    await page.getByRole('button', { name: 'Về trang xem lại' }).click();
    await expectStep(page, 'Bước 6/6');
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();

    const reference = page.getByTestId('reference');
    await expect.poll(() => reference.textContent()).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    await expect.poll(() => page.getByTestId('sync-state').textContent(), { timeout: 15_000 }).toBe('Phiếu đã được gửi đi.');
    await checkScreen(page, 'phone-vi-07-thanks');
    expect(await storedRow(await idOf((await reference.textContent())!))).toEqual({
      respondentType: 'citizen',
      channel: 'qr',
      lang: 'vi',
      answers: [5, 5, 5, 5, 5, 5, 0, 5, 3, 3, 3, 4, 3, 5, 5, 5, 5, 5, 5],
      field: 'dat-dai',
      profile: { gender: 'female', ageBand: 'over-60', occupation: 'retired' },
      expectations: { faster: 'very-much' },
      comment: 'Cán bộ hướng dẫn tận tình.',
    });
    await context.close();
  });

  test('an organisation answers in English, skips the optional questions with one tap and sends', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${env.platform.baseUrl}/s/DEMO-01?lang=en`);
    await expectStep(page, 'Step 1/6');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await checkScreen(page, 'phone-en-01-first');
    await page.getByText('An organisation or business').click();
    for (let step = 1; step <= 4; step++) {
      await expectStep(page, `Step ${step}/6`);
      await answerFactorPage(page, '4', ['PA1', 'PA2', 'PA3']);
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await expectStep(page, 'Step 5/6');
    await checkScreen(page, 'phone-en-05-about');
    await page.getByRole('button', { name: 'Skip' }).click();
    await expectStep(page, 'Step 6/6');
    await checkScreen(page, 'phone-en-06-review');
    expect(await page.getByRole('region', { name: 'About you' }).locator('dd').allTextContents()).toEqual(['Not answered']);
    await page.getByRole('button', { name: 'Send my answers' }).click();

    const reference = page.getByTestId('reference');
    await expect.poll(() => reference.textContent()).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    await expect.poll(() => page.getByTestId('sync-state').textContent(), { timeout: 15_000 }).toBe('Your answers have been sent.');
    await checkScreen(page, 'phone-en-07-thanks');
    expect(await storedRow(await idOf((await reference.textContent())!))).toEqual({
      respondentType: 'organization',
      channel: 'qr',
      lang: 'en',
      answers: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0],
      field: null,
      profile: null,
      expectations: null,
      comment: null,
    });
    await context.close();
  });

  test('a reload mid-survey offers to continue at the same step with the answers, or to start over', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${env.platform.baseUrl}/s/DEMO-01`);
    await expectStep(page, 'Bước 1/6');
    await page.getByText('Cá nhân (công dân)').click();
    await answerFactorPage(page, '2');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expectStep(page, 'Bước 2/6');
    await page.locator('#q-TT1').locator('label:has(input[value="5"])').click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sipas-draft:DEMO-01') ?? '')).toContain('"TT1":5');

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Tiếp tục phiếu đang làm dở?' }).count()).toBe(1);
    await checkScreen(page, 'phone-vi-resume');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expectStep(page, 'Bước 2/6');
    expect(await page.locator('input[name="TT1"]:checked').getAttribute('value')).toBe('5');
    await page.getByRole('button', { name: 'Quay lại' }).click();
    await expectStep(page, 'Bước 1/6');
    expect(
      await page
        .locator('input:checked')
        .evaluateAll((inputs) => inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`)),
    ).toEqual(['respondentType=citizen', 'TC1=2', 'TC2=2', 'TC3=2', 'TC4=2']);

    // Starting over drops the saved answers for good.
    await page.reload();
    await page.getByRole('button', { name: 'Làm lại từ đầu' }).click();
    await expectStep(page, 'Bước 1/6');
    expect(await page.locator('input:checked').count()).toBe(0);
    await page.reload();
    await expectStep(page, 'Bước 1/6');
    expect(await page.getByRole('button', { name: 'Làm lại từ đầu' }).count()).toBe(0);
    await context.close();
  });

  test('a bot that fills the honeypot is thanked like a person and nothing is stored', async () => {
    const before = await env.platform.testDb.db.selectFrom('responses').select('id').execute();
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${env.platform.baseUrl}/s/DEMO-01`);
    await answerQuickly(page, '2', () => page.locator('input[name="website"]').fill('https://spam.example', { force: true }));
    await expect.poll(() => page.getByTestId('sync-state').textContent(), { timeout: 15_000 }).toBe('Phiếu đã được gửi đi.');
    expect(await env.platform.testDb.db.selectFrom('responses').select('id').execute()).toEqual(before);
    await context.close();
  });
});
