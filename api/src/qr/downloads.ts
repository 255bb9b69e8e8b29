// The glue between counters as the database lists them and the files the admin downloads.
import { surveyUrl } from './codes';
import type { Poster } from './poster';

/** Headers that make the browser save the body under a sensible name instead of showing it. */
export function attachmentHeaders(contentType: string, filename: string): Record<string, string> {
  // Filenames are built from counter codes and sizes only ([A-Z0-9-.]), so no quoting is needed.
  return { 'content-type': contentType, 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' };
}

export interface PosterPoint {
  code: string;
  name: string;
  unitName: string;
  unitParentId: number | null;
  provinceName: string | null;
}

/** A poster per counter; the unit line is left out for counters of the province itself. */
export function postersOf(points: PosterPoint[], publicBaseUrl: string | undefined): Poster[] {
  return points.map((p) => ({
    provinceName: p.provinceName ?? p.unitName,
    unitName: p.unitParentId === null ? null : p.unitName,
    name: p.name,
    code: p.code,
    url: surveyUrl(publicBaseUrl, p.code),
  }));
}
