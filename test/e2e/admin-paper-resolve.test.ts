import { describe, expect, test } from 'vitest';
import { hashPassword } from '../../api/src/auth/password';
import { insertUser } from '../../api/src/auth/queries';
import { adminHeaders, adminUser, haveBrowser, type Platform, screenshot, useBrowserPlatform } from './harness';
import { printSheets } from './paper-keying';
import { itemCodes } from '../helpers/app';

// 19 statements, TT3 and PA1–PA3 allow "không áp dụng"; the second keyer misreads TC1, CC2 and the gender.
const codes = itemCodes;
const first: Record<string, number | 'na'> = Object.fromEntries(codes.map((c) => [c, 4]));
const second = { ...first, TC1: 2, CC2: 5 };

async function keyAs(platform: Platform, headers: Record<string, string>, sheet: string, answers: typeof first, gender: string) {
  const res = await fetch(`${platform.baseUrl}/api/admin/paper-entries`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ sheet, respondentType: 'citizen', answers, profile: { gender } }),
  });
  return res.status;
}

describe.skipIf(!haveBrowser).each(['pglite'] as const)('settling a disputed paper sheet in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);

  async function signedIn(path: string) {
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${env.platform.baseUrl}${path}`);
    await page.getByLabel('Tên đăng nhập').fill(adminUser.username);
    await page.getByLabel('Mật khẩu').fill(adminUser.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    return page;
  }

  test('a supervisor sees both entries with the differing rows marked, sets the right values, and the sheet is verified', async () => {
    const { platform } = env;
    const [code] = await printSheets(platform, 1);
    await insertUser(platform.testDb.db, {
      username: 'office2',
      passwordHash: await hashPassword(adminUser.password),
      role: 'province_admin',
      unitId: null,
    });
    const office = await adminHeaders(platform);
    const office2 = await adminHeaders(platform, { username: 'office2', password: adminUser.password });
    expect(await keyAs(platform, office, code!, first, 'male')).toBe(201);
    expect(await keyAs(platform, office2, code!, second, 'female')).toBe(409);

    // The sheet is on the period's list of disputed sheets; choosing it opens it as its code would.
    const page = await signedIn('/admin/paper');
    const listed = page.locator('.paper-disputed tbody tr');
    await expect
      .poll(() => listed.locator('th, td').allTextContents())
      .toEqual([
        code,
        'Quầy số 1 – Trung tâm Phục vụ hành chính công (DEMO-01)',
        '6 tháng cuối năm 2026',
        expect.stringMatching(/^\d\d\/\d\d\/20\d\d \d\d:\d\d$/),
      ]);
    await screenshot(page, 'paper-disputed-list');
    await page.getByRole('button', { name: `Mở phiếu ${code}` }).click();
    await page.locator('.paper-resolve').waitFor();
    expect(await page.locator('#resolve-code').inputValue()).toBe(code);
    const marked = await page.locator('.paper-resolve tr.paper-differs th').allTextContents();
    expect(marked).toEqual(['TC1', 'CC2', 'Giới tính']);
    const cells = (n: number) => page.locator(`.paper-resolve tr.paper-differs td:nth-child(${n})`).allTextContents();
    expect([await cells(2), await cells(3)]).toEqual([
      ['4', '4', 'Nam'],
      ['2', '5', 'Nữ'],
    ]);
    // The paper says TC1 is 3, CC2 is 5 and the respondent ticked Nữ.
    await page.getByLabel('TC1', { exact: true }).selectOption('3');
    await page.getByLabel('CC2', { exact: true }).selectOption('5');
    await page.getByLabel('Giới tính', { exact: true }).selectOption('female');
    await screenshot(page, 'paper-resolve');
    await page.getByRole('button', { name: 'Lưu giá trị đúng' }).click();
    await expect.poll(() => page.getByRole('status').last().textContent()).toBe(`Đã lưu phiếu ${code}: đã đối chiếu.`);
    // Settled, it leaves the list.
    await page.getByText('Không còn phiếu nào có sai khác chờ xử lý.').waitFor();
    expect(await listed.count()).toBe(0);

    const res = await fetch(`${platform.baseUrl}/api/admin/paper-sheets/${code}`, { headers: office });
    const body = (await res.json()) as { status: string; entries: { username: string; kind: string }[] };
    expect(body.status).toBe('verified');
    expect(body.entries.map((e) => [e.username, e.kind])).toEqual([
      ['office', 'entry'],
      ['office2', 'entry'],
      ['office', 'resolution'],
    ]);
    const stored = await platform.testDb.db
      .selectFrom('responses as r')
      .innerJoin('paper_sheets as s', 's.response_id', 'r.id')
      .select(['s.status', 'r.answers', 'r.profile'])
      .execute();
    expect(stored).toEqual([
      { status: 'verified', answers: codes.map((c) => (c === 'TC1' ? 3 : c === 'CC2' ? 5 : 4)), profile: { gender: 'female' } },
    ]);
  });

  test('closing a period with a sheet not keyed in shows the count and closes only when told to', async () => {
    const { platform } = env;
    await printSheets(platform, 1);
    const open = await platform.testDb.db
      .selectFrom('survey_periods')
      .select('code')
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    const page = await signedIn('/admin/periods');
    await page.getByRole('button', { name: `Đóng đợt ${open.code}` }).click();
    await page.getByRole('button', { name: 'Đóng đợt và chốt kết quả' }).click();
    const warning = page.locator('dialog[open]');
    await expect
      .poll(() => warning.locator('p').textContent())
      .toBe('Còn 1 phiếu giấy đã in nhưng chưa nhập và 0 phiếu có sai khác chưa xử lý. Sau khi đóng đợt, các phiếu này không được tính.');
    expect(
      (await platform.testDb.db.selectFrom('survey_periods').select('status').where('code', '=', open.code).executeTakeFirstOrThrow())
        .status,
    ).toBe('open');
    await page.getByRole('button', { name: 'Đóng kỳ dù còn phiếu chưa nhập' }).click();
    await expect
      .poll(
        async () =>
          (await platform.testDb.db.selectFrom('survey_periods').select('status').where('code', '=', open.code).executeTakeFirstOrThrow())
            .status,
      )
      .toBe('closed');
  });
});
