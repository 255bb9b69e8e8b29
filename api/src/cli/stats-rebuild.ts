// `npm run stats:rebuild`: recomputes every summary from the raw responses.
import { openCliDatabase } from './open-db';
import { rebuildSummaries } from '../stats/summaries';

const { db, close } = await openCliDatabase();
const started = performance.now();
await rebuildSummaries(db);
await close();
console.log(`summaries rebuilt from the raw responses in ${Math.round(performance.now() - started)} ms`);
