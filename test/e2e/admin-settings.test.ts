import { describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { adminHeaders, adminUser, axeViolations, haveBrowser, screenshot, useBrowserPlatform } from './harness';

describe.skipIf(!haveBrowser).each(backends)('the report details page in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);

  test('a province administrator sets the header and signer the report prints, one recipient a line', async () => {
    const { baseUrl } = env.platform;
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/admin/`);
    await page.getByLabel('Tên đăng nhập').fill(adminUser.username);
    await page.getByLabel('Mật khẩu').fill(adminUser.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('link', { name: 'Thông tin báo cáo' }).click();
    await page.getByLabel('Cơ quan chủ quản').fill('UBND tỉnh Hà Giang');
    await page.getByLabel('Cơ quan ban hành').fill('Sở Nội vụ');
    await page.getByLabel('Chữ viết tắt trong số, ký hiệu').fill('SNV');
    await page.getByLabel('Quyền hạn ký').fill('KT. Giám đốc');
    await page.getByLabel('Nơi nhận (mỗi dòng một nơi)').fill('UBND tỉnh (để báo cáo)\n\nLưu: VT, CCHC\n');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByTestId('settings-status').textContent()).toBe('Đã lưu. Báo cáo tải về từ nay in các thông tin này.');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-1280');
    const res = await fetch(`${baseUrl}/api/admin/settings`, { headers: await adminHeaders(env.platform) });
    expect(await res.json()).toEqual({
      settings: {
        parentBody: 'UBND tỉnh Hà Giang',
        issuingBody: 'Sở Nội vụ',
        symbol: 'SNV',
        place: null,
        signerAuthority: 'KT. Giám đốc',
        signerPosition: null,
        signerName: null,
        recipients: ['UBND tỉnh (để báo cáo)', 'Lưu: VT, CCHC'],
      },
    });
    await page.close();
  });
});
