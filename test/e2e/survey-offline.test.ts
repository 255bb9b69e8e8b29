import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { haveBrowser, screenshot, useBrowserPlatform } from './harness';
import { answerQuickly, phone, referenceOfId } from './survey-steps';

/** How many submissions wait in the page's IndexedDB outbox. */
function queuedCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('sipas-survey');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

describe.skipIf(!haveBrowser).each(backends)('the phone survey offline in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);

  test('three surveys answered offline, across reloads, are each stored once when the phone is back online', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    const url = `${env.platform.baseUrl}/s/DEMO-01`;
    await page.goto(url);
    // The service worker controls the page and holds the form and the lazily loaded review step.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
    await expect
      .poll(
        () => page.evaluate(async () => (await (await caches.open('sipas-survey-v1')).keys()).map((r) => new URL(r.url).pathname).sort()),
        { timeout: 15_000 },
      )
      .toEqual(expect.arrayContaining(['/api/forms/DEMO-01', '/s/index.html', expect.stringMatching(/^\/s\/assets\/review-step-.+\.js$/)]));

    // Offline as a phone without a network: navigator.onLine false, and every request to the API
    // refused by the browser itself (Chromium's offline emulation alone has let one through).
    await context.setOffline(true);
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    const references: string[] = [];
    for (let i = 0; i < 3; i++) {
      if (i > 0) await page.goto(url);
      references.push(await answerQuickly(page, String(3 + i)));
      await expect
        .poll(() => page.getByTestId('sync-state').textContent())
        .toBe('Phiếu đã được lưu trên máy và sẽ tự động gửi khi có kết nối mạng.');
    }
    await screenshot(page, 'phone-offline-thanks');
    await page.reload();
    await expect.poll(() => page.getByText('Bước 1/6', { exact: true }).count()).toBe(1);
    // The outbox survived the reload: all three are queued in IndexedDB, none reached the server.
    expect(await queuedCount(page)).toBe(3);
    expect(await env.platform.testDb.db.selectFrom('responses').select('id').execute()).toEqual([]);

    await context.unroute('**/api/**');
    await context.setOffline(false);
    await expect
      .poll(
        () =>
          env.platform.testDb.db
            .selectFrom('responses')
            .select('id')
            .execute()
            .then((r) => r.length),
        { timeout: 20_000 },
      )
      .toBe(3);
    // Give a duplicate sender the chance to show itself, then check the outbox is empty.
    await page.waitForTimeout(1_000);
    expect(await queuedCount(page)).toBe(0);
    const rows = await env.platform.testDb.db.selectFrom('responses').select(['id', 'answers']).execute();
    expect(rows.map((r) => ({ reference: referenceOfId(r.id), first: r.answers[0] })).sort((a, b) => a.first! - b.first!)).toEqual(
      references.map((reference, i) => ({ reference, first: 3 + i })),
    );
    await context.close();
  });
});
