// npm run seed:synthetic -- --responses N --service-points M [--period 2026-H2]   (needs DATABASE_URL)
import { parseArgs } from 'node:util';
import { createDb } from '@sipas/db';
import { loadSynthetic } from './synthetic';

const { values } = parseArgs({
  options: {
    responses: { type: 'string', default: '100000' },
    'service-points': { type: 'string', default: '200' },
    period: { type: 'string', default: '2026-H2' },
  },
});
const url = process.env.DATABASE_URL;
if (!url?.startsWith('postgres')) {
  console.error('seed:synthetic loads PostgreSQL: set DATABASE_URL=postgres://…');
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
const db = await createDb({ kind: 'postgres', url });
const { loadMs, summaryMs } = await loadSynthetic(db, url, { responses, servicePoints, period: values.period });
await db.destroy();
console.log(`loaded ${responses.toLocaleString('en')} responses over ${servicePoints} service points in ${(loadMs / 1000).toFixed(1)} s ` +
  `(${Math.round(responses / (loadMs / 1000)).toLocaleString('en')} rows/s); summaries rebuilt in ${(summaryMs / 1000).toFixed(1)} s`);
