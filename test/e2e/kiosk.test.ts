import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { axeViolations, createKiosk, haveBrowser, revokeKiosk, screenshot, useBrowserPlatform } from './harness';
import { answerFactorPage, expectStep } from './survey-steps';

const tablet = { viewport: { width: 1024, height: 768 }, hasTouch: true };
const invite = 'Mời Ông/Bà đánh giá mức độ hài lòng';

async function checkScreen(page: Page, name: string) {
  await screenshot(page, name);
  expect(await axeViolations(page)).toEqual([]);
}

describe.skipIf(!haveBrowser).each(backends)('the kiosk in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);

  async function openKiosk(key: string): Promise<Page> {
    const page = await (await env.browser.newContext(tablet)).newPage();
    await page.goto(`${env.platform.baseUrl}/k/${key}`);
    return page;
  }

  test('a kiosk left alone warns with a countdown, then clears the answers and shows the start screen', { timeout: 60_000 }, async () => {
    const { key } = await createKiosk(env.platform, { idleSeconds: 3, minIntervalSeconds: 0 });
    const page = await openKiosk(key);
    await expect.poll(() => page.getByRole('heading', { name: invite }).count()).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('20px');
    await checkScreen(page, 'kiosk-01-attract');

    await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
    await page.getByText('Cá nhân (công dân)').click();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expectStep(page, 'Bước 2/10');
    await checkScreen(page, 'kiosk-02-factor');
    await answerFactorPage(page, '4');

    // A touch during the countdown keeps the answers.
    const countdown = page.getByTestId('idle-countdown');
    await expect.poll(() => countdown.textContent(), { timeout: 10_000 }).toMatch(/^Còn \d+ giây… chạm để tiếp tục$/);
    await checkScreen(page, 'kiosk-03-countdown');
    await page.keyboard.press('Shift');
    await expect.poll(() => countdown.count()).toBe(0);
    await expectStep(page, 'Bước 2/10');

    // Left alone again: after 3 s and the 10 s countdown, back to the start with nothing kept.
    await expect.poll(() => countdown.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: invite }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
    await expectStep(page, 'Bước 1/10');
    expect(await page.locator('input[name="respondentType"]:checked').count()).toBe(0);
    await page.context().close();
  });

  test('a kiosk response is sent with the kiosk key, then the start screen waits out the minimum interval', { timeout: 60_000 }, async () => {
    const { id, key } = await createKiosk(env.platform, { idleSeconds: 60, minIntervalSeconds: 30 });
    const page = await openKiosk(key);
    await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
    await page.getByText('Tổ chức, doanh nghiệp').click();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    for (let step = 2; step <= 6; step++) {
      await expectStep(page, `Bước ${step}/10`);
      await answerFactorPage(page, '5');
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
    }
    for (const button of ['Tiếp tục', 'Tiếp tục', 'Xem lại']) await page.getByRole('button', { name: button }).click();
    await checkScreen(page, 'kiosk-04-review');
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await expect.poll(() => page.getByTestId('reference').count()).toBe(1);
    await checkScreen(page, 'kiosk-05-thanks');
    // The queue indicator may still show the empty queue of before this response for a moment, so
    // wait for the stored row itself, then for the indicator to agree.
    const stored = () => env.platform.testDb.db.selectFrom('responses').select(['channel', 'kiosk_id', 'completed_at']).where('kiosk_id', '=', id).execute();
    await expect.poll(async () => (await stored()).length, { timeout: 15_000 }).toBe(1);
    const [row] = await stored();
    expect({ channel: row!.channel, kioskId: row!.kiosk_id, completed: row!.completed_at !== null }).toEqual({ channel: 'kiosk', kioskId: id, completed: true });
    await expect.poll(() => page.getByTestId('sync-state').textContent(), { timeout: 15_000 }).toBe('Đã gửi hết');

    // About 8 s after the thanks, the start screen; the next respondent waits out the interval.
    await expect.poll(() => page.getByRole('heading', { name: invite }).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).isDisabled()).toBe(true);
    expect(await page.locator('#attract-wait').textContent()).toMatch(/^Vui lòng chờ \d+ giây…$/);
    await checkScreen(page, 'kiosk-06-wait');
    await page.context().close();
  });

  test('a revoked kiosk says so on the whole screen', async () => {
    const { id, key } = await createKiosk(env.platform);
    await revokeKiosk(env.platform, id);
    const page = await openKiosk(key);
    await expect.poll(() => page.getByTestId('revoked').textContent()).toContain('Thiết bị này đã bị thu hồi');
    expect(await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).count()).toBe(0);
    await checkScreen(page, 'kiosk-07-revoked');
    await page.context().close();
  });
});
