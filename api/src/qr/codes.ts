// The survey link of a counter and its QR code as SVG, PNG or a module matrix (for the posters).
import QRCode from 'qrcode';
import { ApiError } from '../errors';

// Level M survives a scuffed or partly covered print at a counter.
const errorCorrectionLevel = 'M';
// The four-module quiet zone the QR standard asks for: scanners find the code faster with it.
const margin = 4;

/**
 * The address a counter's QR code opens: always the configured public base, never the request's
 * Host header (which any client can set, and which a poster would then print for good). The server
 * passes PUBLIC_BASE_URL or its own http://localhost:PORT; an app built without one refuses.
 */
export function surveyUrl(publicBaseUrl: string | undefined, code: string): string {
  if (!publicBaseUrl)
    throw new ApiError(
      409,
      'public_base_url_unset',
      'No public address is configured for QR codes and posters. Ask the administrator to set PUBLIC_BASE_URL.',
    );
  return `${publicBaseUrl.replace(/\/+$/, '')}/s/${code}`;
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
