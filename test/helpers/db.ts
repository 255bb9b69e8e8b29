import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { createDb, type Database, migrateToLatest, seedIfEmpty } from '@sipas/db';
import { type Backend, databaseUrl, postgresUrl, seedDate, templateDatabase } from './backends';

export interface TestDb {
  db: Kysely<Database>;
  /** A second, independent connection pool to the same database (PostgreSQL only). */
  url?: string;
  destroy: () => Promise<void>;
}

/** A new, migrated and seeded database that belongs to one test file alone. */
export async function freshDb(backend: Backend, options: { seed?: boolean } = {}): Promise<TestDb> {
  const seed = options.seed ?? true;
  if (backend === 'pglite') {
    const db = await createDb({ kind: 'pglite' });
    await migrateToLatest(db);
    if (seed) await seedIfEmpty(db, seedDate);
    return { db, destroy: () => db.destroy() };
  }
  const base = postgresUrl();
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `sipas_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(base, seed ? `create database ${name} template ${templateDatabase}` : `create database ${name}`);
  const url = databaseUrl(base, name);
  const db = await createDb({ kind: 'postgres', url, poolSize: 20 });
  if (!seed) await migrateToLatest(db);
  return {
    db,
    url,
    destroy: async () => {
      await db.destroy();
      await adminQuery(base, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Runs one statement on a server-level connection (CREATE or DROP DATABASE). */
export async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}
