import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Kysely } from 'kysely';
import { createApp } from '@sipas/api/app';
import { createDb, type Database } from '@sipas/db';
import { isDatabaseUnavailable } from '../../api/src/errors';
import { postJson, submission } from '../helpers/app';
import { postgresUrl } from '../helpers/backends';
import { freshDb, type TestDb } from '../helpers/db';
import { type TcpProxy, tcpProxy } from '../helpers/tcp-proxy';

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
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
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
