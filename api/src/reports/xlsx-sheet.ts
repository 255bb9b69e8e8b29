// One worksheet of the report workbook, ready to print: every cell in the workbook's one font,
// columns as wide as their text, A4 fitted to the page width, the header row repeated on every page.
import ExcelJS from 'exceljs';
import { xmlSafe } from '../shared/cell-text';
import { wrapLabel } from '../shared/wrap';

export type Cell = string | number | Date | null;
export const font = { name: 'Times New Roman', size: 12 } as const;
export const pct = '0.00%';
export const whole = '#,##0';
export const day = 'dd/mm/yyyy';
/** Changes in percentage points, signed. */
export const points = '+0.00;-0.00;0.00';

const widest = 40;
/** Characters of Times New Roman 12 that surely fit on a line of the widest column (LibreOffice fits about 50). */
const wrapAt = 42;
/** Points a line of Times New Roman 12 takes in a row. */
const lineHeight = 15.75;

/** The lines a text wraps onto in the widest column. */
const wrappedLines = (text: string) => text.split('\n').flatMap((line) => wrapLabel(line, wrapAt)).length;

/** How many characters a cell shows once formatted (a percentage 91,25% is 6; a date 10). */
function shownLength(c: Cell, format: string | undefined): number {
  if (c === null) return 0;
  if (c instanceof Date) return 10;
  if (typeof c === 'number') return format === pct ? 7 : format === points ? 6 : c.toLocaleString('vi-VN').length;
  return Math.max(...c.split('\n').map((l) => l.length));
}

export interface SheetOptions {
  /** Number formats by column; a summary mixing kinds in one column formats cell by cell instead. */
  formats?: (string | undefined)[];
}

export function sheet(book: ExcelJS.Workbook, name: string, headers: string[], rows: Cell[][], options: SheetOptions = {}) {
  const formats = options.formats ?? [];
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  // A string goes in as a string cell, which a spreadsheet never runs as a formula (unlike a CSV
  // field); only what XML cannot hold is dropped.
  const text = (c: Cell) => (typeof c === 'string' ? xmlSafe(c) : c);
  const header = ws.addRow(headers.map(xmlSafe));
  header.font = { ...font, bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  // Room for three lines: LibreOffice does not grow a row for wrapped text it did not lay out itself.
  header.height = 48;
  const widths = headers.map((h, i) => {
    // A header may wrap onto three lines at its spaces; a value never does except the longest texts.
    const headerWords = Math.max(...h.split(' ').map((w) => w.length), Math.ceil(h.length / 3));
    const values = Math.max(0, ...rows.map((r) => shownLength(r[i] ?? null, formats[i])));
    // ExcelJS leaves out a column of width 9 (its default), which LibreOffice then draws narrower.
    return Math.min(widest, Math.max(8, headerWords, values) + 2.5);
  });
  for (const r of rows) {
    const row = ws.addRow(r.map(text));
    row.font = { ...font };
    // As for the header, a row is given the height of its wrapped text: else the lines past the first
    // are drawn over the rows below.
    const lines = Math.max(1, ...r.map((c, i) => (widths[i] === widest && typeof c === 'string' ? wrappedLines(c) : 1)));
    if (lines > 1) {
      row.height = lines * lineHeight + 2;
      // Every cell of it at the top, where the wrapped text starts.
      row.eachCell((cell, column) => {
        cell.alignment = { vertical: 'top', ...(widths[column - 1] === widest ? { wrapText: true } : {}) };
      });
    }
  }
  ws.columns.forEach((col, i) => {
    col.width = widths[i]!;
    const format = formats[i];
    if (format) col.numFmt = format;
    // Texts longer than the widest column wrap inside it instead of being cut.
    if (widths[i] === widest) col.alignment = { wrapText: true, vertical: 'top' };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  const total = widths.reduce((a, b) => a + b, 0);
  ws.pageSetup = {
    paperSize: 9,
    // About 90 characters of Times New Roman 12 fit across portrait A4 inside the margins.
    orientation: total > 90 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: '1:1',
  };
  ws.headerFooter = { oddFooter: `&"Times New Roman"&10${xmlSafe(name)} — trang &P/&N` };
  return ws;
}
