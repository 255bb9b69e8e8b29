// Reads generated report files back with real parsers (jszip for DOCX, exceljs for XLSX).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join('');

export interface DocxText {
  /** Every paragraph outside tables, in order. */
  paragraphs: string[];
  /** Every table as rows of cell texts, the header row first. */
  tables: string[][][];
  images: number;
}

export async function readDocx(body: ArrayBuffer): Promise<DocxText> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1]!)),
    ),
  );
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...outside.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((p) => textOf(p[1]!));
  const images = Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png')).length;
  return { paragraphs, tables, images };
}

/** The table whose header row starts with these cells. */
export function tableStarting(doc: DocxText, ...headers: string[]): string[][] {
  const found = doc.tables.find((t) => headers.every((h, i) => t[0]?.[i] === h));
  if (!found) throw new Error(`no table starting ${headers.join(' | ')}`);
  return found;
}

export async function readXlsx(body: ArrayBuffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body);
  return book;
}

/** A sheet's rows below the header, as plain values. */
export function sheetRows(book: ExcelJS.Workbook, name: string): unknown[][] {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  ws.eachRow((row, i) => {
    // row.values is sparse (empty cells are holes) and 1-based.
    const values = row.values as unknown[];
    if (i > 1) rows.push(Array.from({ length: ws.columnCount }, (_, c) => values[c + 1] ?? null));
  });
  return rows;
}

/** An Excel fraction (0.9125) back in the API's percent (91.25). */
export const asPercent = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1_000_000) / 10_000 : v);
