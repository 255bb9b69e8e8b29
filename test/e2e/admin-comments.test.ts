import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hashPassword } from '../../api/src/auth/password';
import { insertUser } from '../../api/src/auth/queries';
import { itemCodes } from '../helpers/app';
import { backends } from '../helpers/backends';
import { adminUser, axeViolations, haveBrowser, screenshot, useBrowserPlatform } from './harness';

const injected = '<script>alert(1)</script><img src=x onerror="alert(2)">';
const manager = { username: 'manager2', password: 'manager-password-2026' };

describe.skipIf(!haveBrowser).each(backends)('the comments page in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);

  async function insertResponse(comment: string | null, answers: number[], receivedAt: string) {
    const db = env.platform.testDb.db;
    const period = await db.selectFrom('survey_periods').select('id').where('status', '=', 'open').executeTakeFirstOrThrow();
    const id = randomUUID();
    await db
      .insertInto('responses')
      .values({
        id,
        service_point_id: 1,
        period_id: period.id,
        questionnaire_version_id: 1,
        respondent_type: 'citizen',
        channel: 'qr',
        lang: 'vi',
        answers,
        score: null,
        factor_scores: [],
        field: null,
        profile: null,
        expectations: null,
        comment,
        digest: id,
        received_at: receivedAt,
      })
      .execute();
    return id;
  }

  async function signIn(page: Page, user: { username: string; password: string }) {
    await page.goto(`${env.platform.baseUrl}/admin/comments`);
    await page.getByLabel('Tên đăng nhập').fill(user.username);
    await page.getByLabel('Mật khẩu').fill(user.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Góp ý và phản ánh');
  }

  test('a comment carrying markup shows as text and nothing in it runs', async () => {
    await insertResponse(
      injected,
      itemCodes.map(() => 5),
      '2026-08-10T08:00:00Z',
    );
    await insertUser(env.platform.testDb.db, {
      username: manager.username,
      passwordHash: await hashPassword(manager.password),
      role: 'unit_manager',
      unitId: 2,
    });
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, manager);
    await expect.poll(() => page.getByTestId('comment-text').textContent()).toBe(injected);
    expect(await page.locator('.comment-list script, .comment-list img').count()).toBe(0);
    // Give an injected handler every chance to fire before checking that none did.
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('a unit manager acknowledges and closes a low-scoring response, and the list says who and when', async () => {
    // Civil servants (CC1–CC5, the 9th to 13th items) rated 2: a low factor, no comment.
    const id = await insertResponse(
      null,
      itemCodes.map((code) => (code.startsWith('CC') ? 2 : 4)),
      '2026-08-12T08:00:00Z',
    );
    const page = await env.browser.newPage({ viewport: { width: 768, height: 1024 } });
    await signIn(page, manager);
    const item = page.locator(`article[data-id="${id}"]`);
    await expect.poll(() => item.locator('.comment-low').textContent()).toContain('Công chức');
    await expect.poll(() => page.getByTestId('count-open').textContent()).toBe('2');

    await item.getByRole('button', { name: 'Tiếp nhận' }).click();
    await item.getByLabel('Ghi chú khi tiếp nhận (không bắt buộc)').fill('Đã chuyển lãnh đạo bộ phận');
    await item.getByRole('button', { name: 'Xác nhận tiếp nhận' }).click();
    await expect.poll(() => item.getByTestId('comment-status').textContent()).toBe('Đã tiếp nhận');
    expect(await page.getByTestId('count-acknowledged').textContent()).toBe('1');

    await item.getByRole('button', { name: 'Đánh dấu đã xử lý' }).click();
    await item.getByLabel('Biện pháp đã thực hiện (bắt buộc)').fill('Nhắc nhở <b>công chức</b> quầy 1');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'comments-768');
    await item.getByRole('button', { name: 'Lưu và đóng' }).click();
    await expect.poll(() => item.getByTestId('comment-status').textContent()).toBe('Đã xử lý xong');

    const followUp = item.getByTestId('comment-follow-up');
    const stored = await env.platform.testDb.db
      .selectFrom('response_follow_ups')
      .select(['acknowledged_at', 'closed_at'])
      .where('response_id', '=', id)
      .executeTakeFirstOrThrow();
    const two = (n: number) => String(n).padStart(2, '0');
    // On Vietnam's clock (UTC+7 all year), whatever zone the machine running the browser is in.
    const vietnam = (at: Date) => {
      const d = new Date(at.getTime() + 7 * 3_600_000);
      return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
    };
    const [acknowledgedAt, when] = [vietnam(new Date(stored.acknowledged_at!)), vietnam(new Date(stored.closed_at!))];
    expect(await followUp.innerText()).toBe(
      [
        'Tiếp nhận',
        `manager2 · ${acknowledgedAt}`,
        'Ghi chú',
        'Đã chuyển lãnh đạo bộ phận',
        'Xử lý xong',
        `manager2 · ${when}`,
        'Biện pháp đã thực hiện',
        'Nhắc nhở <b>công chức</b> quầy 1',
      ].join('\n'),
    );
    expect(await page.getByTestId('count-closed').textContent()).toBe('1');

    // The province sees the same item closed, by whom and when, after a fresh load.
    const admin = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(admin, adminUser);
    // The counter has fewer than 30 responses: the province level sees that a comment exists, not its text.
    await expect
      .poll(() => admin.locator('.comment-withheld').allTextContents())
      .toEqual(['Nội dung góp ý được ẩn: quầy này có dưới 30 phiếu trong đợt, chỉ lãnh đạo đơn vị được xem.']);
    await screenshot(admin, 'comments-1280-open');
    await admin.getByLabel('Tình trạng', { exact: true }).selectOption('closed');
    await expect
      .poll(() => admin.locator(`article[data-id="${id}"] [data-testid="comment-follow-up"]`).innerText())
      .toContain(`manager2 · ${when}`);
    expect(await axeViolations(admin)).toEqual([]);
    await screenshot(admin, 'comments-1280');
    await admin.close();
    await page.close();
  });
});
