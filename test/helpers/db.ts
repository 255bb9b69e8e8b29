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
      await dropWhenClosed(base, name);
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

/**
 * Drops a test database once its connections are gone. The pool's end() resolves before its sockets have closed;
 * a forced drop at that moment kills a closing connection, and its error, with no listener left, fails the run.
 */
async function dropWhenClosed(url: string, name: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let tries = 0; tries < 50; tries++) {
      const { rows } = await client.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}
