// `npm run stats:rebuild`: recomputes every summary from the raw responses.
import { createDb, migrateToLatest } from '@sipas/db';
import { loadConfig } from '../config';
import { rebuildSummaries } from '../stats/summaries';

const config = loadConfig(process.env);
const db = await createDb(config.database);
await migrateToLatest(db);
const started = performance.now();
await rebuildSummaries(db);
await db.destroy();
console.log(`summaries rebuilt from the raw responses in ${Math.round(performance.now() - started)} ms`);
