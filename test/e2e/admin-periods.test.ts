import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sipasQuestionnaire } from '@sipas/db';
import { backends } from '../helpers/backends';
import { adminUser, axeViolations, haveBrowser, screenshot, useBrowserPlatform } from './harness';

const laptop = { width: 1280, height: 800 };
const tablet = { width: 768, height: 1024 };

describe.skipIf(!haveBrowser).each(backends)('periods, questionnaires and transactions pages in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);

  async function signedIn(path: string, heading: string, viewport = laptop): Promise<Page> {
    const page = await env.browser.newPage({ viewport });
    // A missing element fails the step in 15 s with its name, rather than the whole test later.
    page.setDefaultTimeout(15_000);
    await page.goto(`${env.platform.baseUrl}${path}`);
    await page.getByLabel('Tên đăng nhập').fill(adminUser.username);
    await page.getByLabel('Mật khẩu').fill(adminUser.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
    return page;
  }

  const statusOf = (page: Page, code: string) => page.getByTestId(`period-${code}`).locator('.badge').textContent();
  const periodStatus = async (code: string) =>
    (await env.platform.testDb.db.selectFrom('survey_periods').select('status').where('code', '=', code).executeTakeFirstOrThrow()).status;

  test('the office creates next year, closes the open period once it confirms, and opens the next one', { timeout: 60_000 }, async () => {
    const page = await signedIn('/admin/periods', 'Đợt khảo sát');
    await expect.poll(() => statusOf(page, '2026-H2')).toBe('Đang mở');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Tạo hai đợt của năm 2027' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Đã tạo hai đợt của năm 2027.');
    expect(await statusOf(page, '2027-H1')).toBe('Chưa mở');

    await page.getByRole('button', { name: 'Sửa đợt 2027-H1' }).click();
    await page.getByLabel('Mục tiêu hài lòng (%)').first().fill('92');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByTestId('period-2027-H1').locator('td').nth(1).textContent()).toBe('92%');

    // Cancelling the dialog leaves the period open.
    await page.getByRole('button', { name: 'Đóng đợt 2026-H2' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đóng đợt 2026-H2?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain(
      'Đóng đợt sẽ chốt kết quả của đợt: số liệu đã công bố không thay đổi nữa. Không thể hoàn tác',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'periods-close-dialog-1280');
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await periodStatus('2026-H2')).toBe('open');

    await page.getByRole('button', { name: 'Đóng đợt 2026-H2' }).click();
    await dialog.getByRole('button', { name: 'Đóng đợt và chốt kết quả' }).click();
    await expect.poll(() => statusOf(page, '2026-H2')).toBe('Đã đóng');
    expect(await periodStatus('2026-H2')).toBe('closed');

    await page.getByRole('button', { name: 'Mở đợt 2027-H1' }).click();
    await expect.poll(() => statusOf(page, '2027-H1')).toBe('Đang mở');
    expect(await periodStatus('2027-H1')).toBe('open');
    await screenshot(page, 'periods-1280');
    await page.setViewportSize(tablet);
    await screenshot(page, 'periods-768');
    await page.close();
  });

  test('the office imports counts from a CSV file, after seeing each bad line named', { timeout: 60_000 }, async () => {
    const page = await signedIn('/admin/transactions', 'Số hồ sơ', tablet);
    const period = await page.getByLabel('Đợt khảo sát').inputValue();
    await expect.poll(() => page.getByTestId('count-DEMO-01').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    const upload = async (name: string, csv: string) => {
      await page.getByLabel('Tệp CSV số hồ sơ').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('button', { name: 'Nhập tệp' }).click();
    };
    await upload('sai.csv', 'Mã quầy,Số hồ sơ\nDEMO-01,1200\nXYZ-99,5\nSTP-01,1.234\n');
    await expect
      .poll(() => page.getByTestId('transaction-issues').locator('li').allTextContents())
      .toEqual([
        'Dòng 3: không có quầy nào mang mã XYZ-99',
        'Dòng 4: "1.234" không phải số nguyên từ 0 trở lên (viết liền, không dấu phân cách)',
      ]);
    expect(await page.getByLabel('Số hồ sơ của quầy DEMO-01').inputValue()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'transactions-errors-768');

    await upload('dung.csv', '\uFEFFMã quầy;Số hồ sơ\r\nDEMO-01;1200\r\nSTP-01;1234\r\nXAB-01;310\r\n');
    await expect.poll(() => page.getByText('Đã nhập số hồ sơ của 3 quầy.').count()).toBe(1);
    await expect.poll(() => page.getByLabel('Số hồ sơ của quầy STP-01').inputValue()).toBe('1234');

    await page.getByLabel('Số hồ sơ của quầy DEMO-02').fill('45');
    await page.getByRole('button', { name: 'Lưu thay đổi (1 quầy)' }).click();
    await expect.poll(() => page.getByText('Đã lưu số hồ sơ của 1 quầy.').count()).toBe(1);
    expect(await page.getByTestId('transactions-total').textContent()).toBe('2.789');
    const stored = await env.platform.testDb.db
      .selectFrom('service_point_transactions as t')
      .innerJoin('service_points as sp', 'sp.id', 't.service_point_id')
      .innerJoin('survey_periods as p', 'p.id', 't.period_id')
      .select(['sp.code', 't.transactions'])
      .where('p.code', '=', period)
      .orderBy('sp.code')
      .execute();
    expect(stored).toEqual([
      { code: 'DEMO-01', transactions: 1200 },
      { code: 'DEMO-02', transactions: 45 },
      { code: 'STP-01', transactions: 1234 },
      { code: 'XAB-01', transactions: 310 },
    ]);
    await screenshot(page, 'transactions-768');
    await page.setViewportSize(laptop);
    await screenshot(page, 'transactions-1280');
    await page.close();
  });

  test(
    'the office reads a version, imports a new one after fixing its problems, and puts it in use once it confirms',
    { timeout: 60_000 },
    async () => {
      const page = await signedIn('/admin/questionnaires', 'Phiếu khảo sát');
      await page.getByRole('button', { name: 'Xem phiên bản SIPAS-2026.1' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Nội dung phiên bản SIPAS-2026.1' }).count()).toBe(1);
      expect(await page.locator('.questionnaire-view').textContent()).toContain('Công chức giao tiếp lịch sự, tôn trọng');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'questionnaires-view-1280');

      const upload = async (q: unknown) => {
        await page
          .getByLabel('Tệp JSON của phiếu')
          .setInputFiles({ name: 'phieu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(q)) });
        await page.getByRole('button', { name: 'Nhập phiếu' }).click();
      };
      const next = structuredClone(sipasQuestionnaire);
      next.code = 'SIPAS-2027.1';
      next.factors[1]!.items[0]!.code = 'TC1';
      await upload(next);
      await expect
        .poll(() => page.getByTestId('questionnaire-issues').locator('li').allTextContents())
        .toEqual([
          'factors.1.items.0.code — item code TC1 is already used at factors.0.items.0.code',
          'factors.1.items.0.code — TC1 is under factor TT: its code must start with TT',
        ]);
      expect(await axeViolations(page)).toEqual([]);

      next.factors[1]!.items[0]!.code = 'TT1';
      await upload(next);
      await expect.poll(() => page.getByTestId('version-SIPAS-2027.1').locator('.badge').textContent()).toBe('Không dùng');
      await page.getByRole('button', { name: 'Dùng phiếu này phiên bản SIPAS-2027.1' }).click();
      const dialog = page.getByRole('dialog', { name: 'Dùng phiên bản SIPAS-2027.1 cho phiếu mới?' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await dialog.getByRole('button', { name: 'Dùng phiên bản này' }).click();
      await expect.poll(() => page.getByTestId('version-SIPAS-2027.1').locator('.badge').textContent()).toBe('Đang dùng');
      expect(await page.getByTestId('version-SIPAS-2026.1').locator('.badge').textContent()).toBe('Không dùng');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'questionnaires-1280');
      await page.setViewportSize(tablet);
      await screenshot(page, 'questionnaires-768');
      await page.close();
    },
  );
});
