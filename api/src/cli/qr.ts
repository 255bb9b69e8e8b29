// npm run qr -- --base https://survey.example.gov.vn [--out ./qr] [CODE …]
// Writes an SVG QR code per counter (all active counters when none is named) that opens its survey.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { createDb, migrateToLatest } from '@sipas/db';
import { loadConfig } from '../config';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: 'string' }, out: { type: 'string', default: './qr' } },
});
if (!values.base || !/^https?:\/\/[^/]+/.test(values.base)) {
  console.error('--base is the address people reach the platform at, e.g. --base https://khaosat.example.gov.vn');
  process.exit(1);
}
const db = await createDb(loadConfig(process.env).database);
await migrateToLatest(db);
let query = db.selectFrom('service_points').select(['code', 'name']).where('active', '=', true).orderBy('code');
if (positionals.length) query = query.where('code', 'in', positionals.map((c) => c.toUpperCase()));
const points = await query.execute();
await db.destroy();
await mkdir(values.out, { recursive: true });
for (const p of points) {
  const url = `${values.base.replace(/\/$/, '')}/s/${p.code}`;
  // Level M survives a scuffed or partly covered print at a counter.
  await writeFile(join(values.out, `${p.code}.svg`), await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
  console.log(`${p.code}\t${url}\t${join(values.out, `${p.code}.svg`)}\t${p.name}`);
}
if (points.length === 0) console.error('no active service point matched');
