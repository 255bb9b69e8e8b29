import { describe, expect, test } from 'vitest';
import { adminHeaders, adminUser, haveBrowser, screenshot, useBrowserPlatform } from './harness';

describe.skipIf(!haveBrowser).each(['pglite'] as const)('the paper coverage page in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);

  test('picks the period from the existing ones, newest first and named as the dashboard names them, starting at the open one', async () => {
    const { platform } = env;
    const office = await adminHeaders(platform);
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${platform.baseUrl}${path}`, {
        method,
        headers: { ...office, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    // 2026-H1 is closed and 2026-H2 open (the seed); 2027's halves are drafts, and one can print for them.
    expect((await call('POST', '/api/admin/periods/year', { year: 2027 })).status).toBe(201);
    for (const [counter, count, period] of [
      ['DEMO-01', 2, '2026-H2'],
      ['DEMO-02', 3, '2027-H1'],
    ] as const) {
      const res = await call('GET', `/api/admin/service-points/${counter}/paper-forms.pdf?count=${count}&period=${period}`);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }

    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${platform.baseUrl}/admin/paper`);
    await page.getByLabel('Tên đăng nhập').fill(adminUser.username);
    await page.getByLabel('Mật khẩu').fill(adminUser.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();

    const picker = page.getByLabel('Đợt', { exact: true });
    const heading = page.locator('section.card h2').first();
    const rows = () => page.locator('section.card table').first().locator('tbody tr').allInnerTexts();
    await expect.poll(() => heading.textContent()).toBe('Tỉnh Mẫu (dữ liệu minh hoạ) · 6 tháng cuối năm 2026');
    expect(
      await picker.locator('option').evaluateAll((options) => options.map((o) => [(o as HTMLOptionElement).value, o.textContent])),
    ).toEqual([
      ['2027-H2', '6 tháng cuối năm 2027'],
      ['2027-H1', '6 tháng đầu năm 2027'],
      ['2026-H2', '6 tháng cuối năm 2026'],
      ['2026-H1', '6 tháng đầu năm 2026'],
    ]);
    expect(await picker.inputValue()).toBe('2026-H2');
    expect(await rows()).toEqual(['Quầy số 1 – Trung tâm Phục vụ hành chính công (DEMO-01)\t2\t0\t0\t0', 'Tổng\t2\t0\t0\t0']);
    await screenshot(page, 'paper-coverage');

    await picker.selectOption('2027-H1');
    await expect.poll(() => heading.textContent()).toBe('Tỉnh Mẫu (dữ liệu minh hoạ) · 6 tháng đầu năm 2027');
    await expect.poll(rows).toEqual(['Quầy số 2 – Trung tâm Phục vụ hành chính công (DEMO-02)\t3\t0\t0\t0', 'Tổng\t3\t0\t0\t0']);
    await picker.selectOption('2026-H1');
    await expect.poll(() => heading.textContent()).toBe('Tỉnh Mẫu (dữ liệu minh hoạ) · 6 tháng đầu năm 2026');
    await page.getByText('Chưa in phiếu nào trong đợt này.').waitFor();
  });
});
