// The printed questionnaire: two A4 pages a sheet. The front has the sheet code (text and QR code,
// top right), the respondent type and every statement with its five boxes (and "Không áp dụng"
// where the item allows it); the back has the field, the profile, the expectations and the comment
// box. The digits printed by the boxes are the keys the entry page takes.
import PDFDocument from 'pdfkit';
import { posterFonts } from '../qr/fonts';
import { drawQr, precomposed } from '../qr/poster';
import type { Questionnaire } from '../shared/questionnaire';

export interface PrintedSheet {
  code: string;
  counterName: string;
  unitName: string;
  periodCode: string;
}

const ink = '#111827';
const muted = '#4b5563';
const rule = '#9ca3af';
const margin = 36;
const pageWidth = 595.28;
const width = pageWidth - 2 * margin;
/** The key for "không áp dụng" on the entry page, printed by its box. */
export const naKey = '0';
const respondentLabels = { citizen: 'Cá nhân', organization: 'Tổ chức, doanh nghiệp' } as const;

export async function renderSheets(sheets: PrintedSheet[], q: Questionnaire): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, lang: 'vi', info: { Title: q.title.vi, Author: 'SIPAS' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const fonts = posterFonts();
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  for (const sheet of sheets) {
    front(doc, sheet, q);
    back(doc, sheet, q);
  }
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;

function write(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  opts: { font?: 'regular' | 'bold'; size?: number; color?: string; width?: number; align?: 'left' | 'center' | 'right' } = {},
) {
  doc
    .font(opts.font ?? 'regular')
    .fontSize(opts.size ?? 9)
    .fillColor(opts.color ?? ink);
  const options = { width: opts.width ?? width, align: opts.align ?? 'left', lineGap: 0.5, features: precomposed };
  doc.text(text, x, y, options);
  return doc.heightOfString(text, options);
}

function box(doc: Doc, x: number, y: number, size = 10) {
  doc.lineWidth(0.8).strokeColor(ink).rect(x, y, size, size).stroke();
}

function header(doc: Doc, sheet: PrintedSheet, q: Questionnaire, page: 1 | 2): number {
  doc.addPage();
  const qr = 78;
  if (page === 1) drawQr(doc, sheet.code, pageWidth - margin - qr, margin - 6, qr);
  const right = page === 1 ? qr + 12 : 0;
  write(doc, `Mã phiếu: ${sheet.code}`, margin, page === 1 ? margin + qr - 4 : margin, {
    font: 'bold',
    size: 10,
    width,
    align: 'right',
  });
  let y = margin;
  y += write(doc, sheet.unitName, margin, y, { size: 8.5, color: muted, width: width - right - 120 }) + 2;
  y +=
    write(doc, page === 1 ? q.title.vi : `${q.title.vi} (tiếp theo)`, margin, y, { font: 'bold', size: 12.5, width: width - right - 30 }) +
    3;
  y += write(doc, `Quầy: ${sheet.counterName}   ·   Đợt khảo sát: ${sheet.periodCode}`, margin, y, { size: 9, width: width - right }) + 4;
  return Math.max(y, page === 1 ? margin + qr + 14 : y) + 2;
}

function front(doc: Doc, sheet: PrintedSheet, q: Questionnaire) {
  let y = header(doc, sheet, q, 1);
  const scale = q.scale.map((s) => `${s.value} = ${s.label.vi}`).join('; ');
  y +=
    write(doc, `Xin Ông/Bà đánh dấu X vào một ô cho mỗi nội dung: ${scale}; ${naKey} = ${q.naLabel.vi}.`, margin, y, {
      size: 8.5,
      color: muted,
    }) + 6;

  write(doc, 'Ông/Bà là:', margin, y, { font: 'bold', size: 9.5 });
  let x = margin + 62;
  (['citizen', 'organization'] as const).forEach((type, i) => {
    box(doc, x, y + 1);
    const label = `${i + 1}  ${respondentLabels[type]}`;
    write(doc, label, x + 14, y, { size: 9.5, width: 160 });
    x += 150;
  });
  y += 20;

  // The table: statement, then the five levels and "không áp dụng".
  const boxCol = 27;
  const naCol = 46;
  const textWidth = width - 5 * boxCol - naCol - 6;
  const col = (i: number) => margin + textWidth + 6 + i * boxCol;
  doc
    .lineWidth(0.6)
    .strokeColor(rule)
    .moveTo(margin, y)
    .lineTo(margin + width, y)
    .stroke();
  y += 3;
  write(doc, 'Nội dung', margin, y + 5, { font: 'bold', size: 8.5, width: textWidth });
  q.scale.forEach((s, i) => write(doc, String(s.value), col(i), y + 5, { font: 'bold', size: 9, width: boxCol, align: 'center' }));
  write(doc, `${naKey}\n${q.naLabel.vi}`, col(5), y, { font: 'bold', size: 6.5, width: naCol, align: 'center' });
  y += 20;
  for (const factor of q.factors) {
    doc
      .lineWidth(0.6)
      .strokeColor(rule)
      .moveTo(margin, y)
      .lineTo(margin + width, y)
      .stroke();
    y += 3;
    y += write(doc, `${factor.code}. ${factor.name.vi}`, margin, y, { font: 'bold', size: 9, width: textWidth }) + 2;
    for (const item of factor.items) {
      const h = write(doc, `${item.code}  ${item.text.vi}`, margin + 6, y, { size: 9.5, width: textWidth - 6 });
      const rowHeight = Math.max(h, 13) + 8;
      const boxY = y + (rowHeight - 8 - 10) / 2;
      q.scale.forEach((_, i) => box(doc, col(i) + (boxCol - 10) / 2, boxY));
      if (item.allowNa) box(doc, col(5) + (naCol - 10) / 2, boxY);
      y += rowHeight;
    }
  }
  doc
    .lineWidth(0.6)
    .strokeColor(rule)
    .moveTo(margin, y)
    .lineTo(margin + width, y)
    .stroke();
  write(doc, 'Xin mời Ông/Bà trả lời tiếp ở mặt sau.', margin, y + 6, { size: 8.5, color: muted, align: 'right' });
}

function back(doc: Doc, sheet: PrintedSheet, q: Questionnaire) {
  let y = header(doc, sheet, q, 2);
  const options = (items: { label: string }[], columns: number, startY: number, indent = 0) => {
    const colWidth = (width - indent) / columns;
    let rowY = startY;
    items.forEach((item, i) => {
      const cx = margin + indent + (i % columns) * colWidth;
      if (i > 0 && i % columns === 0) rowY += 15;
      box(doc, cx, rowY + 1, 9);
      write(doc, item.label, cx + 13, rowY, { size: 8.5, width: colWidth - 16 });
    });
    return rowY + 17;
  };
  y += write(doc, 'Lĩnh vực của thủ tục hành chính Ông/Bà vừa thực hiện:', margin, y, { font: 'bold', size: 9.5 }) + 4;
  y =
    options(
      q.fields.map((f) => ({ label: f.label.vi })),
      3,
      y,
    ) + 6;

  for (const type of ['citizen', 'organization'] as const) {
    if (q.profile[type].length === 0) continue;
    y +=
      write(doc, `Thông tin về Ông/Bà (nếu là ${respondentLabels[type].toLowerCase()}; không bắt buộc):`, margin, y, {
        font: 'bold',
        size: 9.5,
      }) + 4;
    for (const question of q.profile[type]) {
      write(doc, `${question.label.vi}:`, margin, y, { size: 8.5, width: 110 });
      y = options(
        question.options.map((o) => ({ label: o.label.vi })),
        3,
        y,
        110,
      );
    }
    y += 6;
  }

  if (q.expectations) {
    const e = q.expectations;
    y += write(doc, e.prompt.vi, margin, y, { font: 'bold', size: 9.5 }) + 4;
    const levelCol = 60;
    const textWidth = width - e.levels.length * levelCol;
    e.levels.forEach((l, i) =>
      write(doc, l.label.vi, margin + textWidth + i * levelCol, y, { font: 'bold', size: 8.5, width: levelCol, align: 'center' }),
    );
    y += 14;
    for (const item of e.items) {
      write(doc, item.label.vi, margin + 6, y, { size: 8.5, width: textWidth - 6 });
      e.levels.forEach((_, i) => box(doc, margin + textWidth + i * levelCol + (levelCol - 10) / 2, y + 1));
      y += 16;
    }
    y += 6;
  }

  y += write(doc, 'Ý kiến góp ý khác:', margin, y, { font: 'bold', size: 9.5 }) + 4;
  const bottom = 842 - margin - 24;
  doc
    .lineWidth(0.8)
    .strokeColor(ink)
    .rect(margin, y, width, Math.max(bottom - y, 60))
    .stroke();
  write(doc, `Xin cảm ơn Ông/Bà! Phiếu không ghi tên, địa chỉ của người trả lời.   ·   ${sheet.code}`, margin, 842 - margin - 14, {
    size: 8,
    color: muted,
    align: 'center',
  });
}
