// Keying a paper sheet on the entry page with the keyboard only, as the browser test and
// `npm run bench:paper` both do; counts the keys the person presses (the scanner's are its own).
import type { Page } from 'playwright-core';
import type { Platform } from './harness';
import { adminHeaders } from './harness';

/** Prints `count` sheets for DEMO-01 through the API and returns their codes, in print order. */
export async function printSheets(platform: Platform, count: number): Promise<string[]> {
  const res = await fetch(`${platform.baseUrl}/api/admin/service-points/DEMO-01/paper-forms.pdf?count=${count}`, {
    headers: await adminHeaders(platform),
  });
  if (res.status !== 200) throw new Error(`printing failed: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
  const batch = Number(res.headers.get('x-paper-batch'));
  const rows = await platform.testDb.db.selectFrom('paper_sheets').select('code').where('batch_id', '=', batch).execute();
  return rows.map((r) => r.code);
}

/**
 * One sheet: the scanner types the code and Enter; the person types the respondent type, one digit
 * per statement and Enter. Resolves with the person's keystrokes once the page says it is saved.
 */
export async function keySheet(page: Page, code: string, respondentType: '1' | '2', digits: string): Promise<number> {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await page.locator('.paper-keypad:focus').waitFor();
  let keys = 0;
  for (const key of [respondentType, ...digits]) {
    await page.keyboard.press(key);
    keys++;
  }
  await page.keyboard.press('Enter');
  keys++;
  await page.getByRole('status').filter({ hasText: code }).waitFor();
  // Ready for the next scan: the code field has the focus again.
  await page.locator('#sheet-code:focus').waitFor();
  return keys;
}
