// npm run bench:paper [-- --sheets N]
// Keys paper sheets on the admin entry page in Chromium, keyboard only, and prints the keystrokes
// per sheet the person makes (the scanner types the code and its Enter) and the time per sheet.
// The goal: at most 30 keys for a sheet with its 19 answers and nothing optional. Asserts nothing.
import { parseArgs } from 'node:util';
import { adminUser, launchBrowser, startPlatform } from '../e2e/harness';
import { keySheet, printSheets } from '../e2e/paper-keying';
import { itemCodes } from '../helpers/app';

const { values } = parseArgs({ options: { sheets: { type: 'string', default: '10' } } });
const count = Math.max(1, Math.min(200, Number(values.sheets)));
const allowNa = new Set(['TT3', 'PA1', 'PA2', 'PA3']);
const items = itemCodes;

const platform = await startPlatform('pglite');
const browser = await launchBrowser();
try {
  const codes = await printSheets(platform, count);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${platform.baseUrl}/admin/paper-entry`);
  await page.getByLabel('Tên đăng nhập').fill(adminUser.username);
  await page.getByLabel('Mật khẩu').fill(adminUser.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('#sheet-code:focus').waitFor();

  const keys: number[] = [];
  const started = Date.now();
  for (const [n, code] of codes.entries()) {
    // A different sheet each time: answers 1–5, and "không áp dụng" now and then where allowed.
    const digits = items.map((item, i) => (allowNa.has(item) && (n + i) % 3 === 0 ? '0' : String(1 + ((n * 7 + i * 3) % 5)))).join('');
    keys.push(await keySheet(page, code, n % 4 === 0 ? '2' : '1', digits));
  }
  const seconds = (Date.now() - started) / 1000;
  const stored = await platform.testDb.db.selectFrom('responses').select('id').where('channel', '=', 'paper').execute();
  console.log(`sheets keyed: ${codes.length} (stored as paper responses: ${stored.length})`);
  console.log(
    `keystrokes per sheet (person; 19 answers, respondent type, Enter): min ${Math.min(...keys)}, max ${Math.max(...keys)} (goal ≤ 30)`,
  );
  console.log(`scanner per sheet: the 11-character code and Enter`);
  console.log(`browser time per sheet (scripted typing, not a person): ${(seconds / codes.length).toFixed(2)} s`);
} finally {
  await browser.close();
  await platform.stop();
}
