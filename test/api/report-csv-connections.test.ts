import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'kysely';
import { createDb } from '@sipas/db';
import { postJson, signIn, startApp, submission, type SessionHeaders, type TestApp } from '../helpers/app';
import { backends } from '../helpers/backends';

describe.each(backends)('the report CSV and its cursor on %s', (backend) => {
  let t: TestApp;
  let viewer: SessionHeaders;
  beforeAll(async () => {
    t = await startApp(backend);
    viewer = await signIn(t, 'viewer', 'viewer');
    for (let i = 0; i < 3; i++) expect((await postJson(t.app, '/api/responses', submission())).status).toBe(201);
  });
  afterAll(() => t.testDb.destroy());

  const csv = (method: 'GET' | 'HEAD') => t.app.request('/api/admin/reports/2026-H2.csv', { method, headers: viewer });

  test('a HEAD answers the headers of the download and no body', async () => {
    const res = await csv('HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await res.text()).toBe('');
  });

  // On PostgreSQL the server shows what a connection is doing: none may be left inside a transaction.
  if (backend === 'postgres') {
    const inTransaction = async () => {
      const rows = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and state like 'idle in transaction%'`.execute(t.testDb.db);
      return rows.rows[0]!.n;
    };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

    test('ten HEADs leave no connection idle in a transaction, and the health check still answers', async () => {
      for (let i = 0; i < 10; i++) expect((await csv('HEAD')).status).toBe(200);
      await settle();
      expect(await inTransaction()).toBe(0);
      expect((await t.app.request('/healthz')).status).toBe(200);
    });

    test('a download the client abandons after its first chunk ends its transaction', async () => {
      for (let i = 0; i < 5; i++) {
        const res = await csv('GET');
        const reader = res.body!.getReader();
        await reader.read();
        await reader.cancel();
      }
      await settle();
      expect(await inTransaction()).toBe(0);
    });

    test('a statement over the pool’s statement timeout is cancelled by the server', async () => {
      const db = await createDb({ kind: 'postgres', url: t.testDb.url!, poolSize: 1, statementTimeoutMs: 100 });
      try {
        await expect(sql`select pg_sleep(2)`.execute(db)).rejects.toMatchObject({ code: '57014' });
        expect((await sql<{ one: number }>`select 1 as one`.execute(db)).rows).toEqual([{ one: 1 }]);
      } finally {
        await db.destroy();
      }
    });
  }
});
