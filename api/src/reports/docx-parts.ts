// Small building blocks for the DOCX: headings, paragraphs, tables, images and their numbered
// titles. Every text goes through a TextRun, which escapes it: user text stays text; and through
// xmlSafe, which drops what XML cannot hold, so no stored text can break the document.
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { xmlSafe } from '../shared/cell-text';
import { columnWidths } from './docx-widths';
import { dashList, firstLine, headingNumbering, size, textWidth } from './docx-styles';

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
/** A number written into a heading's text ("IV. ", "2. ", "b) "): Word numbers headings itself. */
const writtenNumber = /^([IVXLC]+\.|\d+(\.\d+)*\.|[a-zđ]\))\s+/;

/** A heading numbered I. (level 1), 1. (level 2) or a) (level 3), bold and kept with what follows. */
export const heading = (text: string, level: 1 | 2 | 3 = 1) =>
  new Paragraph({
    text: xmlSafe(text.replace(writtenNumber, '')),
    heading: headingLevels[level - 1],
    numbering: { reference: headingNumbering, level: level - 1 },
  });

export interface ParaOptions {
  bold?: boolean;
  italics?: boolean;
  centre?: boolean;
  /** Ragged right: for a line with a long unbreakable word (a digest), which justifying would spread. */
  left?: boolean;
  /** Keep on the page of the next paragraph (a table's title, a lead-in). */
  keepNext?: boolean;
}

/** A body paragraph: justified with a first-line indent; centred ones have no indent. */
export const para = (text: string, options: ParaOptions = {}) =>
  new Paragraph({
    children: [new TextRun({ text: xmlSafe(text), bold: options.bold ?? false, italics: options.italics ?? false })],
    alignment: options.centre ? AlignmentType.CENTER : options.left ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    indent: options.centre ? undefined : { firstLine },
    keepNext: options.keepNext ?? false,
  });

/** An item of a list, led by a dash as Vietnamese documents write lists. */
export const bullet = (text: string) =>
  new Paragraph({
    children: [new TextRun({ text: xmlSafe(text) })],
    alignment: AlignmentType.JUSTIFIED,
    numbering: { reference: dashList, level: 0 },
  });

/** A table's or a chart's title, numbered in order when the document is put together (docx.ts). */
export interface Caption {
  caption: 'Bảng' | 'Biểu đồ';
  title: string;
  /** "Đơn vị tính: …" under a table's title: "%" or "phiếu"; absent for none. */
  unit?: string;
}
export const tableTitle = (title: string, unit?: string): Caption => ({ caption: 'Bảng', title, ...(unit ? { unit } : {}) });
export const chartTitle = (title: string): Caption => ({ caption: 'Biểu đồ', title });
export const isCaption = (b: unknown): b is Caption => typeof b === 'object' && b !== null && 'caption' in b;

/** The paragraphs of a numbered title: "Bảng 2. …" in bold, then the unit in italics at the right. */
export function captionParagraphs(c: Caption, n: number): Paragraph[] {
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: c.unit ? 0 : 120 },
    children: [new TextRun({ text: xmlSafe(`${c.caption} ${n}. ${c.title}`), bold: true })],
  });
  if (!c.unit) return [title];
  const unit = new Paragraph({
    alignment: AlignmentType.RIGHT,
    keepNext: true,
    spacing: { after: 60 },
    children: [new TextRun({ text: `Đơn vị tính: ${xmlSafe(c.unit)}`, italics: true, size: size.table })],
  });
  return [title, unit];
}

const cellPadding = 80;
const numeric = (text: string) => /^[−+±]?[\d.,–%\s]+\*?(điểm( phần trăm| %).*)?$/.test(text) || text === '—';

/**
 * A full-width table in 12 pt: columns sized to their text (docx-widths.ts), figures right-aligned
 * and on one line, rows never split across pages, the header row repeated on every page.
 */
export function table(headers: string[], rows: string[][], options: { widths?: number[] } = {}): Table {
  const columns = headers.map((header, i) => {
    const cells = rows.map((r) => r[i] ?? '');
    return { header, cells, numeric: cells.length > 0 && cells.every(numeric) };
  });
  const widths = options.widths ?? columnWidths(columns, textWidth, size.table, 2 * cellPadding);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: cellPadding, right: cellPadding, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          spacing: { after: 0, line: 264, lineRule: LineRuleType.AUTO },
          keepNext: header,
          alignment: header ? AlignmentType.CENTER : columns[i]!.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: xmlSafe(text), bold: header, size: size.table })],
        }),
      ],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, i, false)) })),
    ],
  });
}

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

/**
 * Two columns side by side across the text, without lines or cell margins, each row kept on one
 * page: how the decree lays out the header (bodies | Quốc hiệu) and the end (Nơi nhận | signer).
 */
export function sideBySide(leftWidth: number, rows: [Paragraph[], Paragraph[]][]): Table {
  const widths = [leftWidth, textWidth - leftWidth];
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { left: 0, right: 0, top: 0, bottom: 0 }, children });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders: noBorders,
    margins: { left: 0, right: 0 },
    rows: rows.map(([left, right]) => new TableRow({ cantSplit: true, children: [cell(widths[0]!, left), cell(widths[1]!, right)] })),
  });
}

/** A chart at the width of the text (Word shows 96 px an inch); the height keeps the ratio. */
export function image({ png, width, height }: { png: Buffer; width: number; height: number }, description: string): Paragraph {
  const shown = Math.floor((textWidth / 1440) * 96);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO },
    keepLines: true,
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: shown, height: Math.round((height / width) * shown) },
        altText: { name: xmlSafe(description), description: xmlSafe(description), title: xmlSafe(description) },
      }),
    ],
  });
}
