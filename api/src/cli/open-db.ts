// How every command-line tool opens the database: DATABASE_URL, or the embedded one in DATA_DIR
// only when no running server holds it (PGlite is single-process; see db/src/data-dir-lock.ts).
import { mkdirSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { acquireDataDirLock, createDb, type Database, migrateToLatest } from '@sipas/db';
import { loadConfig } from '../config';

/** The migrated database, and what closes it (and frees DATA_DIR); exits with a message when it cannot be had. */
export async function openCliDatabase(): Promise<{ db: Kysely<Database>; close: () => Promise<void> }> {
  let release = () => {};
  try {
    const { database } = loadConfig(process.env);
    if (database.kind === 'pglite') {
      mkdirSync(database.dataDir, { recursive: true });
      // Held while the tool runs, so a server cannot start on the directory meanwhile either.
      release = acquireDataDirLock(database.dataDir);
    }
    const db = await createDb(database);
    await migrateToLatest(db);
    return {
      db,
      close: async () => {
        await db.destroy();
        release();
      },
    };
  } catch (err) {
    release();
    console.error((err as Error).message);
    process.exit(1);
  }
}
