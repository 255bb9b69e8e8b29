import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Kysely } from 'kysely';
import { createApp } from '@sipas/api/app';
import { createDb, type Database } from '@sipas/db';
import { isDatabaseUnavailable } from '../../api/src/errors';
import { postJson, submission } from '../helpers/app';
import { postgresUrl } from '../helpers/backends';
import { freshDb, type TestDb } from '../helpers/db';
import { type TcpProxy, tcpProxy } from '../helpers/tcp-proxy';
import pg from 'pg';

describe('a lost database', () => {
  test('is told apart from a bug by its error', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connection failure'), { code: '08006' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('sorry, too many clients already'), { code: '53300' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('value too long'), { code: '22001' }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
  });
});

const unavailable = {
  error: { code: 'database_unavailable', message: 'The database is unavailable at the moment. Please try again shortly.' },
};

// PostgreSQL only: a proxy between the app's pool and the server is cut and restored, as a restart would.
if (postgresUrl()) {
  describe('the API while PostgreSQL is away', () => {
    let testDb: TestDb;
    let proxy: TcpProxy;
    let db: Kysely<Database>;
    let app: ReturnType<typeof createApp>;
    beforeAll(async () => {
      testDb = await freshDb('postgres');
      proxy = await tcpProxy(testDb.url!, 55431);
      db = await createDb({ kind: 'postgres', url: proxy.url, poolSize: 4, connectTimeoutMs: 2000 });
      app = createApp({ db });
    });
    afterAll(async () => {
      await db.destroy();
      await proxy.close();
      await testDb.destroy();
    });

    const stored = async (id: string) => (await testDb.db.selectFrom('responses').select('id').where('id', '=', id).execute()).length;

    test('answers 503 with Retry-After, stores and acknowledges nothing, and recovers by itself', async () => {
      // Warm the pool, so idle connections are there to be cut.
      expect((await app.request('/healthz')).status).toBe(200);
      expect((await postJson(app, '/api/responses', submission())).status).toBe(201);

      await proxy.cut();
      const health = await app.request('/healthz');
      expect(health.status).toBe(503);
      expect(health.headers.get('retry-after')).toBe('5');
      expect(await health.json()).toEqual({ error: { code: 'unavailable', message: 'The database does not answer.' } });

      const body = submission();
      const refused = await postJson(app, '/api/responses', body);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(await refused.json()).toEqual(unavailable);
      const form = await app.request('/api/forms/DEMO-01');
      expect(form.status).toBe(503);
      expect(await form.json()).toEqual(unavailable);
      expect(await stored(body.id)).toBe(0);

      await proxy.restore();
      expect((await app.request('/healthz')).status).toBe(200);
      const resent = await postJson(app, '/api/responses', body);
      expect(resent.status).toBe(201);
      expect(await stored(body.id)).toBe(1);
    });
  });
}

// PostgreSQL only: another session holds a table lock, so a real request's statement waits past the
// pool's statement_timeout and the server cancels it (57014) — a busy database, not a bug.
if (postgresUrl()) {
  describe('the API while the database is too busy to answer in time', () => {
    let testDb: TestDb;
    let db: Kysely<Database>;
    let app: ReturnType<typeof createApp>;
    let locker: pg.Client;
    beforeAll(async () => {
      testDb = await freshDb('postgres');
      db = await createDb({ kind: 'postgres', url: testDb.url!, poolSize: 4, statementTimeoutMs: 300 });
      app = createApp({ db });
      locker = new pg.Client({ connectionString: testDb.url! });
      await locker.connect();
    });
    afterAll(async () => {
      await locker.end();
      await db.destroy();
      await testDb.destroy();
    });

    /** Runs `request` while another session holds `table` in ACCESS EXCLUSIVE mode, then lets go. */
    async function whileLocked(table: string, request: () => Response | Promise<Response>) {
      await locker.query('begin');
      await locker.query(`lock table ${table} in access exclusive mode`);
      try {
        return await request();
      } finally {
        await locker.query('rollback');
      }
    }

    test('a submission whose insert times out answers 503 with Retry-After, stores nothing, and goes through when resent', async () => {
      const body = submission();
      const refused = await whileLocked('responses', () => postJson(app, '/api/responses', body));
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(await refused.json()).toEqual(unavailable);
      const stored = async () => (await testDb.db.selectFrom('responses').select('id').where('id', '=', body.id).execute()).length;
      expect(await stored()).toBe(0);
      const resent = await postJson(app, '/api/responses', body);
      expect(resent.status).toBe(201);
      expect(await stored()).toBe(1);
    });

    test('a form read that times out answers 503, and the same read answers once the lock is gone', async () => {
      const refused = await whileLocked('service_points', () => app.request('/api/forms/DEMO-01'));
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(await refused.json()).toEqual(unavailable);
      expect((await app.request('/api/forms/DEMO-01')).status).toBe(200);
    });
  });
}
