// Printable posters for the counters: one page each, the QR code large enough to scan from a
// step away, and the link written out for those who cannot scan.
import PDFDocument from 'pdfkit';
import { qrModules, quietZone } from './codes';
import { posterFonts } from './fonts';

export const posterSizes = ['A4', 'A5'] as const;
export type PosterSize = (typeof posterSizes)[number];

export interface Poster {
  provinceName: string;
  /** The counter's own unit; left out when it is the province itself. */
  unitName: string | null;
  name: string;
  code: string;
  url: string;
}

export const callToAction = {
  vi: 'Mời Ông/Bà quét mã QR để đánh giá mức độ hài lòng về sự phục vụ của cơ quan hành chính nhà nước',
  en: 'Please scan the QR code to rate the service you received from this public office.',
};

// Noto Sans' ccmp feature splits ụ, ộ… into a base letter and a combining mark, and the PDF's
// text layer then reads "Phuc vu". Without it the font's own precomposed letters are drawn, so
// copying, searching and screen readers get the real words. (fontkit takes a feature map here;
// the pdfkit types only know the list form.)
export const precomposed = { ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];

const ink = '#111827';
const muted = '#4b5563';
const accent = '#1e3a8a';

/** One PDF with a page per poster, in the order given. */
export async function renderPosters(posters: Poster[], size: PosterSize, title: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size,
    margin: 0,
    autoFirstPage: false,
    lang: 'vi',
    displayTitle: true,
    info: { Title: title, Author: 'SIPAS' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const fonts = posterFonts();
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  for (const poster of posters) drawPoster(doc, poster);
  doc.end();
  return done;
}

function drawPoster(doc: PDFKit.PDFDocument, p: Poster): void {
  doc.addPage();
  const { width: pageWidth, height: pageHeight } = doc.page;
  // Everything is laid out for A4 and scaled, so A5 is the same poster, smaller.
  const k = pageWidth / 595.28;
  const margin = 42 * k;
  const width = pageWidth - 2 * margin;
  let y = margin;

  // Text blocks are capped at a few lines: a very long name is cut short rather than pushing
  // the rest of the poster onto a second page.
  const block = (text: string, font: 'regular' | 'bold', size: number, color: string, maxLines: number, gapAfter: number) => {
    doc
      .font(font)
      .fontSize(size * k)
      .fillColor(color);
    const options = { width, align: 'center' as const, lineGap: 1 * k, features: precomposed };
    const height = Math.min(doc.heightOfString(text, options), maxLines * doc.currentLineHeight(true) + maxLines * k);
    doc.text(text, margin, y, { ...options, height, ellipsis: true });
    y += height + gapAfter * k;
  };

  doc
    .lineWidth(2 * k)
    .strokeColor(accent)
    .rect(margin / 2, margin / 2, pageWidth - margin, pageHeight - margin)
    .stroke();
  block(p.provinceName, 'regular', 13, muted, 2, 2);
  if (p.unitName) block(p.unitName, 'bold', 18, ink, 2, 6);
  doc
    .lineWidth(1 * k)
    .strokeColor(accent)
    .moveTo(pageWidth / 2 - 60 * k, y)
    .lineTo(pageWidth / 2 + 60 * k, y)
    .stroke();
  y += 14 * k;

  const qrSize = 0.66 * pageWidth;
  drawQr(doc, p.url, (pageWidth - qrSize) / 2, y, qrSize);
  y += qrSize + 10 * k;

  block(p.name, 'bold', 24, ink, 2, 4);
  block(`Mã quầy / Counter code: ${p.code}`, 'regular', 13, muted, 1, 18);
  block(callToAction.vi, 'bold', 18, accent, 3, 6);
  block(callToAction.en, 'regular', 12, muted, 2, 16);
  block(p.url, 'bold', 14, ink, 2, 0);
}

/** The QR code as filled squares (vector, so it prints sharp at any size), quiet zone included. */
export function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number): void {
  const rows = qrModules(url);
  const cell = size / (rows.length + 2 * quietZone);
  rows.forEach((row, r) => {
    // One rectangle per run of dark modules keeps the page small.
    for (let c = 0; c < row.length;) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (row[c]) c++;
      doc.rect(x + (quietZone + start) * cell, y + (quietZone + r) * cell, (c - start) * cell, cell);
    }
  });
  doc.fillColor('#000000').fill();
}
