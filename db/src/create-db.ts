import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from './types';

/** How the PostgreSQL pool behaves; every timeout in milliseconds, 0 meaning none. */
export interface PoolOptions {
  poolSize?: number;
  /** A statement running longer is cancelled by the server, so one stuck request cannot hold a connection. */
  statementTimeoutMs?: number;
  /** A transaction left idle longer is ended by the server, and its connection freed. */
  idleInTransactionTimeoutMs?: number;
  /** How long a request waits for a free or new connection before it fails (503, not a hang). */
  connectTimeoutMs?: number;
}

export type DbConfig = ({ kind: 'postgres'; url: string } & PoolOptions) | { kind: 'pglite'; dataDir?: string };

// node-postgres returns int8 and numeric as strings; our counts and targets fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export async function createDb(config: DbConfig): Promise<Kysely<Database>> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
      // Sent as session settings when each connection opens; undefined leaves the server's own.
      ...(config.statementTimeoutMs ? { statement_timeout: config.statementTimeoutMs } : {}),
      ...(config.idleInTransactionTimeoutMs ? { idle_in_transaction_session_timeout: config.idleInTransactionTimeoutMs } : {}),
      ...(config.connectTimeoutMs ? { connectionTimeoutMillis: config.connectTimeoutMs } : {}),
    });
    // An idle connection that the server ends (a restart, a dropped database) is reported here;
    // unheard, node-postgres would take the whole process down. The pool opens a new one on demand.
    pool.on('error', (err) => console.error(`PostgreSQL closed an idle connection: ${err.message}`));
    // A connection lent out (between a transaction's statements, or between a query and its release)
    // has no listener of the pool's: its error would be uncaught too. Its query fails on its own, and
    // the pool drops the broken connection when it comes back.
    pool.on('connect', (client) => client.on('error', (err) => console.error(`PostgreSQL closed a connection in use: ${err.message}`)));
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
