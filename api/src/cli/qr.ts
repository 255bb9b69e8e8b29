// npm run qr -- --base https://survey.example.gov.vn [--out ./qr] [--poster A4|A5] [CODE …]
// Writes an SVG QR code per counter (all active counters when none is named) that opens its
// survey, and with --poster one PDF of printable posters, a page per counter. The same code
// serves the downloads of the admin app (api/src/qr).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openCliDatabase } from './open-db';
import { qrSvg, surveyUrl } from '../qr/codes';
import { postersOf } from '../qr/downloads';
import { type PosterSize, posterSizes, renderPosters } from '../qr/poster';
import { listPosterPoints } from '../service-points/queries';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: 'string' }, out: { type: 'string', default: './qr' }, poster: { type: 'string' } },
});
if (!values.base || !/^https?:\/\/[^/]+/.test(values.base)) {
  console.error('--base is the address people reach the platform at, e.g. --base https://khaosat.example.gov.vn');
  process.exit(1);
}
const size = values.poster;
if (size !== undefined && !(posterSizes as readonly string[]).includes(size)) {
  console.error(`--poster is one of ${posterSizes.join(', ')}`);
  process.exit(1);
}
const base = values.base.replace(/\/+$/, '');
const { db, close } = await openCliDatabase();
const points = positionals.length
  ? (await Promise.all(positionals.map((code) => listPosterPoints(db, { code: code.toUpperCase() })))).flat().filter((p) => p.active)
  : await listPosterPoints(db, { rootPath: '/' });
await close();
await mkdir(values.out, { recursive: true });
for (const p of points) {
  const url = surveyUrl(base, p.code);
  await writeFile(join(values.out, `${p.code}.svg`), await qrSvg(url));
  console.log(`${p.code}\t${url}\t${join(values.out, `${p.code}.svg`)}\t${p.name}`);
}
if (points.length === 0) console.error('no active service point matched');
else if (size) {
  const file = join(values.out, `posters-${size}.pdf`);
  await writeFile(file, await renderPosters(postersOf(points, base), size as PosterSize, 'SIPAS'));
  console.log(`posters\t${file}`);
}
