// The survey link of a counter and its QR code as SVG, PNG or a module matrix (for the posters).
import QRCode from 'qrcode';

// Level M survives a scuffed or partly covered print at a counter.
const errorCorrectionLevel = 'M';
// The four-module quiet zone the QR standard asks for: scanners find the code faster with it.
const margin = 4;

/** The address a counter's QR code opens: the configured public base, else the request's own origin. */
export function surveyUrl(publicBaseUrl: string | undefined, requestUrl: string, code: string): string {
  const base = publicBaseUrl ?? new URL(requestUrl).origin;
  return `${base.replace(/\/+$/, '')}/s/${code}`;
}

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel, margin });
}

/** 1024 px wide: sharp when printed up to about 15 cm at 175 dpi. */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel, margin, width: 1024 });
}

/** The dark modules row by row, without the quiet zone (the poster draws them as vectors). */
export function qrModules(url: string): boolean[][] {
  const { modules } = QRCode.create(url, { errorCorrectionLevel });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => modules.data[row * modules.size + col] === 1),
  );
}

export const quietZone = margin;
