// The DOCX as the administrative document of Decree 30/2020 (Phụ lục I): well-formed in every part,
// the header and signature from the province settings (dots while unset), A4 and its margins, Times
// New Roman at the decree's sizes, page numbers from the second page, Vietnamese as its language;
// and LibreOffice opens it. Periods and times in words, never codes or ISO UTC.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '@sipas/api/app';
import { placeholder, summaryTitle } from '../../api/src/reports/docx-header';
import { recipientLines } from '../../api/src/reports/docx-signature';
import { columnWidths, textTwips } from '../../api/src/reports/docx-widths';
import { periodInWords } from '../../api/src/shared/periods';
import { vnDateTime } from '../../api/src/reports/texts';
import { backends } from '../helpers/backends';
import { freshDb, type TestDb } from '../helpers/db';
import { adminRequest, postJson, signIn, type SessionHeaders, type TestApp } from '../helpers/app';
import { prng, randomSubmission } from '../helpers/random-responses';
import { readDocx } from './report-read';
import { office as officeHeader } from '../helpers/office';

const run = promisify(execFile);
const now = new Date('2026-12-01T07:05:00Z');
const office = {
  ...officeHeader,
  recipients: ['UBND tỉnh (để báo cáo);', '- Các sở, ban, ngành', 'Lưu: VT, CCHC'],
};

test('periods and times are written in words, in Vietnam time', () => {
  expect(['2026-H1', '2026-H2', '2026'].map(periodInWords)).toEqual(['6 tháng đầu năm 2026', '6 tháng cuối năm 2026', 'năm 2026']);
  expect(vnDateTime('2026-12-01T07:05:00.000Z')).toBe('14 giờ 05 ngày 01 tháng 12 năm 2026');
  // 17:00 UTC on 31 December is already the next year in Vietnam.
  expect(vnDateTime(new Date('2026-12-31T17:00:00Z'))).toBe('00 giờ 00 ngày 01 tháng 01 năm 2027');
});

test('recipients are listed as the decree writes them, whatever punctuation was typed', () => {
  expect(recipientLines(office.recipients)).toEqual(['- UBND tỉnh (để báo cáo);', '- Các sở, ban, ngành;', '- Lưu: VT, CCHC.']);
  expect(recipientLines([])).toEqual(['- ……………;', '- ……………;', '- Lưu: VT.']);
});

describe.each(backends)('the DOCX report as an administrative document on %s', (backend) => {
  let t: TestApp & { testDb: TestDb };
  let admin: SessionHeaders;
  let unsetDocx: ArrayBuffer;
  let docx: ArrayBuffer;
  beforeAll(async () => {
    const testDb = await freshDb(backend);
    t = { app: createApp({ db: testDb.db, now: () => now }), testDb };
    admin = await signIn(t);
    const random = prng(12);
    // A few at once, as counters send them: the form, not the figures, is under test here.
    const bodies = Array.from({ length: 24 }, () => randomSubmission(random));
    for (let i = 0; i < bodies.length; i += 8) {
      const statuses = await Promise.all(bodies.slice(i, i + 8).map(async (b) => (await postJson(t.app, '/api/responses', b)).status));
      expect(statuses).toEqual(Array(statuses.length).fill(201));
    }
    const get = async () => {
      const res = await adminRequest(t.app, admin, 'GET', '/api/admin/reports/2026-H2.docx');
      expect(res.status).toBe(200);
      return res.arrayBuffer();
    };
    unsetDocx = await get();
    expect((await adminRequest(t.app, admin, 'PUT', '/api/admin/settings', office)).status).toBe(200);
    docx = await get();
  });
  afterAll(() => t.testDb.destroy());

  const part = async (body: ArrayBuffer, name: string) => (await JSZip.loadAsync(body)).file(name)!.async('string');
  const attrs = (xml: string, element: string) =>
    Object.fromEntries(
      [...(xml.match(new RegExp(`<${element} ([^>]*)/>`))?.[1] ?? '').matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );

  test('is well-formed XML in every part', async () => {
    const zip = await JSZip.loadAsync(docx);
    const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
    expect(parts).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/settings.xml', 'word/numbering.xml']));
    for (const name of parts)
      expect({ name, valid: XMLValidator.validate(await zip.file(name)!.async('string')) }).toEqual({ name, valid: true });
  });

  test('opens with the header block: the bodies, the number, the Quốc hiệu and Tiêu ngữ, place and date; then BÁO CÁO over its summary', async () => {
    const doc = await readDocx(docx);
    expect(doc.tables[0]).toEqual([
      ['UBND TỈNH HÀ GIANGSỞ NỘI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc'],
      ['Số: ……/BC-SNV', 'Hà Giang, ngày …… tháng …… năm 2026'],
    ]);
    expect(doc.paragraphs.slice(0, 3)).toEqual(['BÁO CÁO', summaryTitle('2026-H2'), '']);
    expect(summaryTitle('2026-H2')).toBe(
      'Kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước 6 tháng cuối năm 2026',
    );
    const xml = await part(docx, 'word/document.xml');
    // The issuing body, the Quốc hiệu, the Tiêu ngữ and the document's name are bold; the date line italic.
    for (const text of ['SỞ NỘI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO'])
      expect({ text, bold: runOf(xml, text).includes('<w:b/>') }).toEqual({ text, bold: true });
    expect(runOf(xml, 'Hà Giang, ngày').includes('<w:i/>')).toBe(true);
    expect(runOf(xml, 'UBND TỈNH HÀ GIANG').includes('<w:b/>')).toBe(false);
  });

  test('ends with "Nơi nhận:" (bold italic 12 pt, recipients 11 pt) and the signature block', async () => {
    const doc = await readDocx(docx);
    expect(doc.tables.at(-1)).toEqual([
      ['Nơi nhận:- UBND tỉnh (để báo cáo);- Các sở, ban, ngành;- Lưu: VT, CCHC.', 'KT. GIÁM ĐỐCPHÓ GIÁM ĐỐCNguyễn Văn An'],
    ]);
    const xml = await part(docx, 'word/document.xml');
    const title = runOf(xml, 'Nơi nhận:');
    expect([title.includes('<w:b/>'), title.includes('<w:i/>'), title.includes('<w:sz w:val="24"/>')]).toEqual([true, true, true]);
    expect(runOf(xml, '- Lưu: VT, CCHC.')).toContain('<w:sz w:val="22"/>');
    expect(runOf(xml, 'Nguyễn Văn An')).toContain('<w:b/>');
  });

  test('prints dotted placeholders where the settings are unset', async () => {
    const doc = await readDocx(unsetDocx);
    expect(doc.tables[0]).toEqual([
      [placeholder + placeholder, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc'],
      [`Số: ……/BC-${placeholder}`, `${placeholder}, ngày …… tháng …… năm 2026`],
    ]);
    expect(placeholder).toBe('……………');
    expect(doc.tables.at(-1)).toEqual([[`Nơi nhận:- ${placeholder};- ${placeholder};- Lưu: VT.`, placeholder + placeholder]]);
  });

  test('is A4 with the decree’s margins, page numbers centred at the top from the second page', async () => {
    const xml = await part(docx, 'word/document.xml');
    expect(attrs(xml, 'w:pgSz')).toMatchObject({ w: '11906', h: '16838' });
    const mm = Object.fromEntries(Object.entries(attrs(xml, 'w:pgMar')).map(([k, v]) => [k, Math.round((Number(v) * 25.4) / 144) / 10]));
    expect([
      mm.top! >= 20 && mm.top! <= 25,
      mm.bottom! >= 20 && mm.bottom! <= 25,
      mm.left! >= 30 && mm.left! <= 35,
      mm.right! >= 15 && mm.right! <= 20,
    ]).toEqual([true, true, true, true]);
    expect(xml).toContain('<w:titlePg/>');
    const sectPr = xml.slice(xml.lastIndexOf('<w:sectPr'));
    const header = (type: string) => sectPr.match(new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`))?.[1];
    const rels = await part(docx, 'word/_rels/document.xml.rels');
    const target = (id: string | undefined) =>
      rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ?? rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`))?.[1];
    const numbered = await part(docx, `word/${target(header('default'))}`);
    const first = await part(docx, `word/${target(header('first'))}`);
    expect(numbered).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(numbered).toContain('<w:jc w:val="center"/>');
    expect(first).not.toContain('PAGE');
  });

  test('is in Times New Roman, 14 pt body and 12 pt tables, bold black headings numbered I., 1., a), in Vietnamese', async () => {
    const styles = await part(docx, 'word/styles.xml');
    const defaults = styles.match(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/)![0];
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="vi-VN"/>');
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style = styles.match(new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">[\\s\\S]*?</w:style>`))![0];
      expect({
        id,
        bold: style.includes('<w:b/>'),
        black: style.includes('<w:color w:val="000000"/>'),
        keepNext: style.includes('<w:keepNext/>'),
      }).toEqual({
        id,
        bold: true,
        black: true,
        keepNext: true,
      });
    }
    expect(await part(docx, 'word/settings.xml')).toContain('<w:themeFontLang w:val="vi-VN"');
    const numbering = await part(docx, 'word/numbering.xml');
    const levels = [...numbering.matchAll(/<w:numFmt w:val="(\w+)"\/>(?:<w:suff w:val="\w+"\/>)?<w:lvlText w:val="([^"]*)"\/>/g)].map(
      (m) => `${m[2]} ${m[1]}`,
    );
    expect(levels).toEqual(expect.arrayContaining(['%1. upperRoman', '%2. decimal', '%3) lowerLetter']));
    const xml = await part(docx, 'word/document.xml');
    const tableSizes = new Set(
      [
        ...tablesOf(xml)
          .slice(1, -1)
          .join('')
          .matchAll(/<w:sz w:val="(\d+)"\/>/g),
      ].map((m) => m[1]),
    );
    expect([...tableSizes]).toEqual(['24']);
  });

  test('numbers its tables and charts, and lays tables out to fit: fixed widths, rows kept whole, header rows repeated', async () => {
    const doc = await readDocx(docx);
    const captions = doc.paragraphs.filter((p) => /^(Bảng|Biểu đồ) \d+\./.test(p));
    expect(captions.slice(0, 5)).toEqual([
      'Bảng 1. Số phiếu theo kênh khảo sát',
      'Bảng 2. Số phiếu theo đối tượng',
      'Bảng 3. Tỷ lệ hài lòng theo yếu tố',
      'Biểu đồ 1. Tỷ lệ hài lòng theo yếu tố so với chỉ tiêu',
      'Bảng 4. Tỷ lệ hài lòng theo tiêu chí',
    ]);
    expect(doc.paragraphs).toContain('Đơn vị tính: %');
    const xml = await part(docx, 'word/document.xml');
    const data = tablesOf(xml).slice(1, -1);
    expect(data.length).toBeGreaterThan(5);
    for (const tbl of data) {
      const rows = tbl.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
      expect({
        fixed: tbl.includes('<w:tblLayout w:type="fixed"/>'),
        header: rows[0]!.includes('<w:tblHeader/>'),
        whole: rows.every((r) => r.includes('<w:cantSplit/>')),
      }).toEqual({ fixed: true, header: true, whole: true });
    }
    // The statements' column is the widest of the criteria table.
    const criteria = data.find((tbl) => tbl.includes('>Tiêu chí<'))!;
    const widths = [...criteria.match(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/)![1]!.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths.indexOf(Math.max(...widths))).toBe(1);
  });

  test('writes periods and times in words, never as codes or ISO UTC', async () => {
    const doc = await readDocx(docx);
    const text = [...doc.paragraphs, ...doc.tables.flat(2)].join('\n');
    expect(text).not.toMatch(/\d{4}-H[12]|\d{4}-\d{2}-\d{2}/);
    expect(doc.paragraphs).toContain('Báo cáo được lập từ hệ thống lúc 14 giờ 05 ngày 01 tháng 12 năm 2026.');
  });

  test(
    'opens in LibreOffice, which prints it with the Quốc hiệu, the document’s name and numbered headings',
    { timeout: 180_000 },
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'sipas-docx-'));
      try {
        await writeFile(join(dir, 'report.docx'), new Uint8Array(docx));
        // A profile of its own, so test files converting at once do not share (and lock) one.
        const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
        await run('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')], {
          timeout: 150_000,
        }).catch((err: NodeJS.ErrnoException) => {
          throw new Error(
            err.code === 'ENOENT' ? 'soffice is not installed (Debian: libreoffice-writer); the DOCX test needs it' : err.message,
          );
        });
        const { stdout: info } = await run('pdfinfo', [join(dir, 'report.pdf')]);
        expect(Number(info.match(/Pages:\s+(\d+)/)![1])).toBeGreaterThanOrEqual(2);
        const { stdout: text } = await run('pdftotext', ['-layout', join(dir, 'report.pdf'), '-']);
        expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(text).toContain('BÁO CÁO');
        expect(text).toMatch(/I\. Mục đích và phương pháp/);
        expect(text).toMatch(/1\. Số phiếu theo kênh và đối tượng/);
        expect(text).toMatch(/II\. Chỉ số hài lòng chung/);
        // The page number: none on the first page, "2" alone at the top of the second.
        const pages = text.split('\f');
        expect(pages[1]!.trim().split('\n')[0]!.trim()).toBe('2');
        expect(pages[0]!.trim().split('\n')[0]).not.toMatch(/^\s*1\s*$/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});

/** The properties of the run whose text starts with `text`. */
function runOf(xml: string, text: string): string {
  const at = xml.indexOf(`>${text}`);
  if (at < 0) throw new Error(`no run with ${text}`);
  return xml.slice(xml.lastIndexOf('<w:r>', at), at);
}

function tablesOf(xml: string): string[] {
  return xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
}

test('column widths give each figure its line and the statements the rest', () => {
  const widths = columnWidths(
    [
      { header: 'Mã', cells: ['TC1'], numeric: false },
      {
        header: 'Tiêu chí',
        cells: ['Thông tin về thủ tục hành chính được cung cấp bằng nhiều hình thức, dễ tiếp cận, dễ hiểu'],
        numeric: false,
      },
      { header: 'Khoảng tin cậy 95%', cells: ['44,52–52,50%'], numeric: true },
    ],
    9355,
    24,
    160,
  );
  expect(widths.reduce((a, b) => a + b, 0)).toBe(9355);
  // "44,52–52,50%" in 12 pt Times New Roman is about 1,260 twips wide.
  expect(widths[2]! - 160).toBeGreaterThanOrEqual(textTwips('44,52–52,50%', 24));
  expect(textTwips('44,52–52,50%', 24)).toBeGreaterThan(1200);
  expect(widths[1]).toBeGreaterThan(widths[0]! + widths[2]!);
});
