// The end of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): "Nơi nhận:" on the
// left (bold italic 12 pt, recipients 11 pt, each "- …;" and the last ending with "."), and on the
// right the signer's authority and position in bold capitals, room to sign and stamp, and the name.
import { AlignmentType, LineRuleType, Paragraph, type Table, TextRun } from 'docx';
import { xmlSafe } from '../shared/cell-text';
import type { ProvinceSettings } from '../settings/queries';
import { placeholder } from './docx-header';
import { sideBySide } from './docx-parts';
import { size } from './docx-styles';

const leftWidth = 4252;

/** "- Sở Tư pháp;" … "- Lưu: VT." whatever dashes and punctuation the office typed. */
export function recipientLines(recipients: string[]): string[] {
  const given = recipients.map((r) => r.replace(/^[\s\-–—•]+/, '').replace(/[\s;.,]+$/, '')).filter((r) => r !== '');
  const lines = given.length ? given : [placeholder, placeholder, 'Lưu: VT'];
  return lines.map((r, i) => `- ${r}${i === lines.length - 1 ? '.' : ';'}`);
}

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text: xmlSafe(text), bold: options.bold ?? false, italics: options.italics ?? false, size: options.size ?? size.body });

export function signatureBlock(s: ProvinceSettings): Table {
  const caps = (v: string) => v.toLocaleUpperCase('vi-VN');
  const signer = [...(s.signerAuthority ? [caps(s.signerAuthority)] : []), s.signerPosition ? caps(s.signerPosition) : placeholder];
  const centred = (children: TextRun[], before = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 0, line: 276, lineRule: LineRuleType.AUTO }, children });
  const recipients = [
    new Paragraph({
      spacing: { after: 0, line: 240 },
      children: [run('Nơi nhận:', { bold: true, italics: true, size: size.recipientsTitle })],
    }),
    ...recipientLines(s.recipients).map(
      (r) => new Paragraph({ spacing: { after: 0, line: 240 }, children: [run(r, { size: size.recipients })] }),
    ),
  ];
  return sideBySide(leftWidth, [
    [
      recipients,
      [
        ...signer.map((l) => centred([run(l, { bold: true })])),
        // Room for the signature and the seal: about 3 cm.
        centred([run(s.signerName ?? placeholder, { bold: true })], 1700),
      ],
    ],
  ]);
}
