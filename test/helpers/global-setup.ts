// Migrates and seeds one PostgreSQL template database; each test file copies it.
import pg from 'pg';
import { createDb, migrateToLatest, seedIfEmpty } from '@sipas/db';
import { databaseUrl, postgresUrl, seedDate, templateDatabase } from './backends';

export default async function setup(): Promise<void> {
  const ci = process.env.CI === 'true';
  const url = postgresUrl();
  if (!url) {
    if (ci) throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL suites may not be skipped in CI.');
    console.warn('\n[skipped] PostgreSQL runs of the database and API suites: TEST_DATABASE_URL is not set (PGlite runs still run).\n');
    return;
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${templateDatabase} with (force)`);
  await admin.query(`create database ${templateDatabase}`);
  await admin.end();
  const db = await createDb({ kind: 'postgres', url: databaseUrl(url, templateDatabase) });
  await migrateToLatest(db);
  await seedIfEmpty(db, seedDate);
  await db.destroy();
}
