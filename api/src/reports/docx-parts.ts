// Small building blocks for the DOCX: headings, plain paragraphs, tables with a repeated header
// row, and images. Every text goes through a TextRun, which escapes it: user text stays text; and
// through xmlSafe, which drops what XML cannot hold, so no stored text can break the document.
import { AlignmentType, HeadingLevel, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { xmlSafe } from '../shared/cell-text';

export const heading = (text: string, level: 1 | 2 = 1) =>
  new Paragraph({
    text: xmlSafe(text),
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    spacing: { before: 240, after: 120 },
  });

export const para = (text: string, options: { bold?: boolean; italics?: boolean; centre?: boolean } = {}) =>
  new Paragraph({
    children: [new TextRun({ text: xmlSafe(text), bold: options.bold ?? false, italics: options.italics ?? false })],
    alignment: options.centre ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { after: 100 },
  });

export const bullet = (text: string) => new Paragraph({ text: xmlSafe(text), bullet: { level: 0 } });

/** A full-width table; numbers right-aligned, the header row repeated on every page. */
export function table(headers: string[], rows: string[][]): Table {
  const cell = (text: string, header: boolean, numeric: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          children: [new TextRun({ text: xmlSafe(text), bold: header, size: 20 })],
          alignment: numeric && !header ? AlignmentType.RIGHT : AlignmentType.LEFT,
        }),
      ],
    });
  const numeric = (text: string) => /^[−+±]?[\d.,–%\s]+\*?(điểm phần trăm.*)?$/.test(text) || text === '—';
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true, false)) }),
      ...rows.map((r) => new TableRow({ children: r.map((text) => cell(text, false, numeric(text))) })),
    ],
  });
}

/** A PNG at a given width in pixels (Word shows 96 px an inch); the height keeps the ratio. */
export function image({ png, width, height }: { png: Buffer; width: number; height: number }, description: string): Paragraph {
  const shown = 600;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
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
