// `npm run db:migrate`: migrates the database named by DATABASE_URL, or the embedded one in DATA_DIR.
import { mkdirSync } from 'node:fs';
import { createDb } from './create-db';
import { acquireDataDirLock } from './data-dir-lock';
import { migrateToLatest } from './migrate';

const url = process.env.DATABASE_URL;
const dataDir = process.env.DATA_DIR || './data';
let release = () => {};
try {
  // PGlite is single-process: migrating under a running server would change its tables behind its back.
  if (!url) {
    mkdirSync(dataDir, { recursive: true });
    release = acquireDataDirLock(dataDir);
  }
  const db = await createDb(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir });
  await migrateToLatest(db);
  await db.destroy();
  console.log('database migrated to the latest version');
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  release();
}
