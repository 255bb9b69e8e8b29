import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { axeViolations, createKiosk, haveBrowser, revokeKiosk, screenshot, useBrowserPlatform } from './harness';
import { answerFactorPage, expectStep } from './survey-steps';

const tablet = { viewport: { width: 1024, height: 768 }, hasTouch: true };
const landscape = { viewport: { width: 1280, height: 800 }, hasTouch: true };
const invite = 'Mời Ông/Bà đánh giá mức độ hài lòng';

async function checkScreen(page: Page, name: string) {
  await screenshot(page, name);
  expect(await axeViolations(page)).toEqual([]);
}

describe.skipIf(!haveBrowser).each(backends)('the kiosk in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);

  async function openKiosk(key: string, device = tablet): Promise<Page> {
    const page = await (await env.browser.newContext(device)).newPage();
    await page.goto(`${env.platform.baseUrl}/k/${key}`);
    return page;
  }

  test(
    'a kiosk left alone warns with a countdown, then clears the answers and shows the start screen when its idle time is up',
    { timeout: 60_000 },
    async () => {
      const { key } = await createKiosk(env.platform, { idleSeconds: 9, minIntervalSeconds: 0 });
      const page = await openKiosk(key);
      await expect.poll(() => page.getByRole('heading', { name: invite }).count()).toBe(1);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('20px');
      await checkScreen(page, 'kiosk-01-attract');

      await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
      await page.getByText('Cá nhân (công dân)').click();
      await answerFactorPage(page, '4');
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      await expectStep(page, 'Bước 2/6');
      await checkScreen(page, 'kiosk-02-rating');

      // The warning takes the last third of the 9 s; a touch during it keeps the answers.
      const countdown = page.getByTestId('idle-countdown');
      await expect.poll(() => countdown.textContent(), { timeout: 10_000 }).toMatch(/^Còn \d+ giây… chạm để tiếp tục$/);
      await checkScreen(page, 'kiosk-03-countdown');
      await page.keyboard.press('Shift');
      await expect.poll(() => countdown.count()).toBe(0);
      await expectStep(page, 'Bước 2/6');

      // Left alone again: 9 s after the touch, back to the start with nothing kept, on screen or on the device.
      const touched = Date.now();
      await expect.poll(() => countdown.count(), { timeout: 10_000 }).toBe(1);
      await expect.poll(() => page.getByRole('heading', { name: invite }).count(), { timeout: 15_000 }).toBe(1);
      expect((Date.now() - touched) / 1000).toBeLessThan(12);
      await page.reload();
      await expect.poll(() => page.getByRole('heading', { name: invite }).count()).toBe(1);
      await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
      await expectStep(page, 'Bước 1/6');
      expect(await page.locator('input:checked').count()).toBe(0);
      await page.context().close();
    },
  );

  test(
    'a kiosk response is sent with the kiosk key, the reference stays, then the start screen waits out the minimum interval',
    { timeout: 90_000 },
    async () => {
      const { id, key } = await createKiosk(env.platform, { idleSeconds: 60, minIntervalSeconds: 45 });
      const page = await openKiosk(key);
      await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
      await page.getByText('Tổ chức, doanh nghiệp').click();
      for (let step = 1; step <= 4; step++) {
        await expectStep(page, `Bước ${step}/6`);
        await answerFactorPage(page, '5');
        await page.getByRole('button', { name: 'Tiếp tục' }).click();
      }
      await page.getByRole('button', { name: 'Bỏ qua' }).click();
      await checkScreen(page, 'kiosk-04-review');
      await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
      await expect.poll(() => page.getByTestId('reference').count()).toBe(1);
      const thanked = Date.now();
      await checkScreen(page, 'kiosk-05-thanks');
      // Nothing about the queue for the respondent to puzzle over.
      expect(await page.getByTestId('sync-state').count()).toBe(0);
      const stored = () =>
        env.platform.testDb.db.selectFrom('responses').select(['channel', 'kiosk_id', 'completed_at']).where('kiosk_id', '=', id).execute();
      await expect.poll(async () => (await stored()).length, { timeout: 15_000 }).toBe(1);
      const [row] = await stored();
      expect({ channel: row!.channel, kioskId: row!.kiosk_id, completed: row!.completed_at !== null }).toEqual({
        channel: 'kiosk',
        kioskId: id,
        completed: true,
      });

      // About 20 s after the thanks, the start screen; the next respondent waits out the interval.
      await expect.poll(() => page.getByRole('heading', { name: invite }).count(), { timeout: 30_000 }).toBe(1);
      expect((Date.now() - thanked) / 1000).toBeGreaterThan(15);
      expect(await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).isDisabled()).toBe(true);
      expect(await page.locator('#attract-wait').textContent()).toMatch(/^Vui lòng chờ \d+ giây…$/);
      // With nothing waiting on the tablet, staff have nothing to read either.
      expect(await page.getByTestId('sync-state').count()).toBe(0);
      await checkScreen(page, 'kiosk-06-wait');
      await page.context().close();
    },
  );

  test(
    'on a landscape tablet the statements take two columns and a page fits the screen; a reload goes on at the same step',
    { timeout: 60_000 },
    async () => {
      const { key } = await createKiosk(env.platform, { idleSeconds: 120, minIntervalSeconds: 0 });
      const page = await openKiosk(key, landscape);
      await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
      await page.getByText('Cá nhân (công dân)').click();
      await answerFactorPage(page, '3');
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      await expectStep(page, 'Bước 2/6');
      const tops = await page
        .locator('fieldset[id^="q-"]')
        .evaluateAll((sets) => sets.map((f) => Math.round(f.getBoundingClientRect().top)));
      expect(tops[0]).toBe(tops[1]);
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
      await checkScreen(page, 'kiosk-07-landscape');

      await page.locator('#q-TT2').locator('label:has(input[value="5"])').click();
      // Kept on the tablet as soon as the page has drawn the answer.
      await expect.poll(() => page.evaluate(() => localStorage.getItem('sipas-draft:kiosk') ?? '')).toContain('"TT2":5');
      await page.reload();
      await expectStep(page, 'Bước 2/6');
      expect(await page.locator('input[name="TT2"]:checked').getAttribute('value')).toBe('5');
      await page.getByRole('button', { name: 'Quay lại' }).click();
      await expectStep(page, 'Bước 1/6');
      expect(await page.locator('input[name="TC1"]:checked').getAttribute('value')).toBe('3');
      await page.context().close();
    },
  );

  test('an unknown kiosk key tells staff what to do', async () => {
    const page = await openKiosk('an-unknown-key-of-the-right-length');
    // The API answers an unknown key exactly as a revoked one, so that a forged key learns nothing.
    await expect.poll(() => page.getByTestId('revoked').textContent()).toContain('cấp một liên kết kiosk mới');
    expect(await page.getByTestId('revoked').textContent()).not.toContain('QR');
    await checkScreen(page, 'kiosk-08-unknown');
    await page.context().close();
  });

  test('a revoked kiosk says so on the whole screen', async () => {
    const { id, key } = await createKiosk(env.platform);
    await revokeKiosk(env.platform, id);
    const page = await openKiosk(key);
    await expect.poll(() => page.getByTestId('revoked').textContent()).toContain('đã bị thu hồi hoặc không đúng');
    expect(await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).count()).toBe(0);
    await checkScreen(page, 'kiosk-09-revoked');
    await page.context().close();
  });
});
