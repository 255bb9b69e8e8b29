// `npm run db:migrate`: migrates the database named by DATABASE_URL, or the embedded one in DATA_DIR.
import { createDb } from './create-db';
import { migrateToLatest } from './migrate';

const url = process.env.DATABASE_URL;
const db = await createDb(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: process.env.DATA_DIR ?? './data' });
await migrateToLatest(db);
await db.destroy();
console.log('database migrated to the latest version');
