// Report files stay readable and inert whatever text was stored: characters XML cannot hold are
// dropped, and a name that looks like a formula stays text in the CSV.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spreadsheetText, xmlSafe } from '@sipas/api/shared/cell-text';
import { postResponse, signIn, startApp, type SessionHeaders, type TestApp } from '../helpers/app';
import { readDocx } from './report-read';

/** Parses XML strictly (as Word does); throws on a character XML 1.0 does not allow. */
function parseXml(xml: string): void {
  const parser = new SaxesParser();
  parser.on('error', (err) => {
    throw err;
  });
  parser.write(xml).close();
}

describe('report files with hostile stored text', () => {
  let t: TestApp;
  let admin: SessionHeaders, manager: SessionHeaders;
  beforeAll(async () => {
    t = await startApp('pglite');
    admin = await signIn(t);
    // A unit manager of unit 2 (DEMO-01's unit, below the province) reads small groups' comments.
    manager = await signIn(t, 'quan-ly', 'unit_manager', 2);
    const { id } = await postResponse(t, { comment: 'Cần thêm ghế chờ' });
    // As if stored before input validation existed: a non-character and a control inside the text.
    await t.testDb.db.updateTable('responses').set({ comment: 'Cần thêm\uFFFE ghế\u0001 chờ' }).where('id', '=', id).execute();
    await t.testDb.db.updateTable('units').set({ name: '=HYPERLINK("x")' }).where('id', '=', 2).execute();
  });
  afterAll(() => t.testDb.destroy());

  test('a comment holding U+FFFE still gives a DOCX that parses, with the text and without the character', async () => {
    const res = await t.app.request('/api/admin/reports/2026-H2.docx?unit=2', { headers: manager });
    expect(res.status).toBe(200);
    const body = await res.arrayBuffer();
    const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
    expect(() => parseXml(xml)).not.toThrow();
    expect(xml.includes('\uFFFE') || xml.includes('\u0001')).toBe(false);
    expect((await readDocx(body)).paragraphs).toContain('Cần thêm ghế chờ');
  });

  test('a comment withheld from a reader on the comments page is absent from their DOCX too', async () => {
    // DEMO-01 holds one response, under the minimum n: the province administrator does not read it.
    const page = await (await t.app.request('/api/admin/comments?period=2026-H2', { headers: admin })).json();
    const docx = await readDocx(await (await t.app.request('/api/admin/reports/2026-H2.docx?unit=2', { headers: admin })).arrayBuffer());
    const mine = await readDocx(await (await t.app.request('/api/admin/reports/2026-H2.docx', { headers: manager })).arrayBuffer());
    expect({
      page: page.items.map((i: { comment: string | null; withheld: boolean }) => [i.comment, i.withheld]),
      adminDocx: docx.paragraphs.some((p) => p.includes('ghế')),
      managerDocx: mine.paragraphs.includes('Cần thêm ghế chờ'),
    }).toEqual({ page: [[null, true]], adminDocx: false, managerDocx: true });
  });

  test('a unit named like a formula starts with an apostrophe in the report CSV', async () => {
    const res = await t.app.request('/api/admin/reports/2026-H2.csv', { headers: admin });
    expect(res.status).toBe(200);
    const lines = (await res.text()).split('\n');
    // ky,ma_don_vi,don_vi,...: the unit name is the third field, quoted because it holds quotes.
    expect(lines[1]!.split(',').slice(0, 3)).toEqual(['2026-H2', 'TTPVHCC', `"'=HYPERLINK(""x"")"`]);
  });

  test('the shared rules: what is dropped, what is neutralised, what is left alone', () => {
    expect(xmlSafe('a\uFFFEb\uFFFFc\u0000d\u001Fe\tf\ng\rh\uD800i\uDC00j😀k')).toBe('abcde\tf\ng\rhij😀k');
    expect(['=1+1', '+A1', '-A1', '@SUM(A1)', '\tx', '\rx', '-3', '+1,5', '12%', 'Quầy 1', ''].map(spreadsheetText)).toEqual([
      "'=1+1",
      "'+A1",
      "'-A1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      '-3',
      '+1,5',
      '12%',
      'Quầy 1',
      '',
    ]);
  });
});
