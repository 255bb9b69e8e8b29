// npm run seed:synthetic -- --responses N --service-points M [--period 2026-H2]
// Into DATABASE_URL, or else the embedded database in DATA_DIR (default ./data; stop the server first).
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { createDb, type Database } from '@sipas/db';
import { loadSynthetic } from './synthetic';

const { values } = parseArgs({
  options: {
    responses: { type: 'string', default: '100000' },
    'service-points': { type: 'string', default: '200' },
    period: { type: 'string', default: '2026-H2' },
  },
});
const url = process.env.DATABASE_URL;
if (url && !url.startsWith('postgres')) {
  console.error('DATABASE_URL must be a postgres:// address (unset: the embedded database in DATA_DIR)');
  process.exit(1);
}
const responses = Number(values.responses);
const servicePoints = Number(values['service-points']);
if (!Number.isInteger(responses) || responses < 1 || !Number.isInteger(servicePoints) || servicePoints < 1) {
  console.error('--responses and --service-points take positive whole numbers');
  process.exit(1);
}
if (!/^\d{4}-H[12]$/.test(values.period)) {
  console.error('--period takes a code like 2026-H2');
  process.exit(1);
}
const options = { responses, servicePoints, period: values.period };
let result;
if (url) {
  const db = await createDb({ kind: 'postgres', url });
  result = await loadSynthetic(db, url, options);
  await db.destroy();
} else {
  const dataDir = process.env.DATA_DIR || './data';
  mkdirSync(dataDir, { recursive: true });
  // The client itself, not only Kysely over it: COPY on PGlite goes through its blob option.
  // With the parsers createDb gives PGlite (db/src/create-db.ts), so dates stay strings as the loader expects.
  const client = await PGlite.create({
    dataDir,
    parsers: { 20: (v: string) => Number(v), 1700: (v: string) => Number(v), 1082: (v: string) => v },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  result = await loadSynthetic(db, client, options);
  await db.destroy();
  console.log(`(embedded database in ${dataDir})`);
}
const { loadMs, summaryMs } = result;
console.log(
  `loaded ${responses.toLocaleString('en')} responses over ${servicePoints} service points in ${(loadMs / 1000).toFixed(1)} s ` +
    `(${Math.round(responses / (loadMs / 1000)).toLocaleString('en')} rows/s); summaries rebuilt in ${(summaryMs / 1000).toFixed(1)} s`,
);
