// The top of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): on the left the
// parent body over the issuing body (bold, a short rule under it) and "Số: …/BC-…"; on the right
// the Quốc hiệu, the Tiêu ngữ with its rule, and the place and date in italics; then the kind of
// document, "BÁO CÁO", with the summary of its content in bold below it.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TextRun } from 'docx';
import { xmlSafe } from '../shared/cell-text';
import type { ProvinceSettings } from '../settings/queries';
import { sideBySide } from './docx-parts';
import { size, textWidth } from './docx-styles';
import { textTwips } from './docx-widths';
import { periodPhrase, vnYear } from './texts';

/** What an unset value prints: room for the office to write it in by hand. */
export const placeholder = '……………';
export const nationalTitle = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const motto = 'Độc lập - Tự do - Hạnh phúc';

/** The document's summary (trích yếu), under "BÁO CÁO". */
export const summaryTitle = (code: string) =>
  `Kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước ${periodPhrase(code)}`;

const caps = (s: string | null) => (s === null ? placeholder : s.toLocaleUpperCase('vi-VN'));

/** The left column is the narrower: the bodies' names are short, the Quốc hiệu is one long line. */
const leftWidth = 3742;
const rightWidth = textWidth - leftWidth;

const line = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; after?: number } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: options.after ?? 0, line: 264, lineRule: LineRuleType.AUTO },
    children: [
      new TextRun({
        text: xmlSafe(text),
        bold: options.bold ?? false,
        italics: options.italics ?? false,
        size: options.size ?? size.header,
      }),
    ],
  });

/** A solid rule of a given length, centred in a column: an empty paragraph with a bottom border. */
const rule = (length: number, column: number, after = 120) => {
  const side = Math.max(0, Math.round((column - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { after, line: 40, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
};

export function headerBlock(s: ProvinceSettings, now: Date): Table {
  const issuing = caps(s.issuingBody);
  // Under the issuing body a rule a third to a half as long as its name (at most half the column).
  const issuingRule = Math.min(leftWidth / 2, Math.max(700, textTwips(issuing, size.header, true) * 0.4));
  const date = `${s.place ?? placeholder}, ngày …… tháng …… năm ${vnYear(now)}`;
  return sideBySide(leftWidth, [
    [
      [line(caps(s.parentBody)), line(issuing, { bold: true }), rule(issuingRule, leftWidth)],
      [
        // 12 pt (the decree allows 12–13): at 13 it does not fit the column on one line.
        line(nationalTitle, { bold: true, size: size.nationalTitle }),
        line(motto, { bold: true, size: size.motto }),
        // The Tiêu ngữ's rule is as long as the Tiêu ngữ.
        rule(textTwips(motto, size.motto, true), rightWidth),
      ],
    ],
    [[line(`Số: ……/BC-${s.symbol === null ? placeholder : caps(s.symbol)}`)], [line(date, { italics: true, size: size.body })]],
  ]);
}

/** "BÁO CÁO", the summary in bold, a short rule, then the scope and whether the figures are final. */
export function titleBlock(code: string, scope: string, note: string): Paragraph[] {
  const title = (text: string, before: number) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before, after: 0 },
      children: [new TextRun({ text: xmlSafe(text), bold: true })],
    });
  return [
    title('BÁO CÁO', 360),
    title(summaryTitle(code), 0),
    rule(textWidth / 4, textWidth, 360),
    line(`Phạm vi: ${scope}`, { size: size.body }),
    line(note, { italics: true, size: size.body, after: 240 }),
  ];
}
