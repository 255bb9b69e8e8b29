import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from './types';

export type DbConfig = { kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; dataDir?: string };

// node-postgres returns int8 and numeric as strings; our counts and targets fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export async function createDb(config: DbConfig): Promise<Kysely<Database>> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
    // An idle connection that the server ends (a restart, a dropped database) is reported here;
    // unheard, node-postgres would take the whole process down. The pool opens a new one on demand.
    pool.on('error', (err) => console.error(`PostgreSQL closed an idle connection: ${err.message}`));
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const client = await PGlite.create({
    dataDir: config.dataDir,
    // The same JS types node-postgres gives (see above), so both backends answer alike.
    parsers: {
      20: (v: string) => Number(v),
      1700: (v: string) => Number(v),
      1082: (v: string) => v,
    },
  });
  return new Kysely<Database>({ dialect: new PGliteDialect(client) });
}
