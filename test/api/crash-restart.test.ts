// The load check, in the suite: the API process on a PostgreSQL cluster of this test's own,
// under a steady load of submissions resent as the outbox resends them, is killed with SIGKILL and
// started again, then the cluster crashes (immediate stop) and comes back. No acknowledged response
// may be lost or stored twice, the API must answer 503 (never 500, never exit) while the database is
// down and recover by itself, and the dashboard must count what is stored.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import pg from 'pg';
import { postgresUrl } from '../helpers/backends';
import { type PgCluster, startPgCluster } from '../helpers/pg-cluster';
import { freePort, type ServerProcess, startServer, submissionLoad } from '../helpers/server-process';

const password = 'crash-restart-password-1';

async function until(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Runs where the PostgreSQL runs run (CI installs the server binaries for them).
if (postgresUrl()) {
  describe('the API under load through a crash of itself and of PostgreSQL', () => {
    let cluster: PgCluster;
    let sql: pg.Client;
    let env: NodeJS.ProcessEnv;
    let server: ServerProcess;
    const servers: ServerProcess[] = [];
    beforeAll(async () => {
      cluster = await startPgCluster();
      const port = await freePort();
      env = {
        ...process.env,
        DATABASE_URL: cluster.url,
        PORT: String(port),
        ADMIN_USERNAME: 'admin',
        ADMIN_PASSWORD: password,
        DEMO_RESPONSES: 'false',
        RATE_LIMIT_PER_MINUTE: '0',
        SUMMARY_FOLD_SECONDS: '1',
        DB_CONNECT_TIMEOUT_MS: '2000',
      };
      server = await startServer(env);
      servers.push(server);
    }, 120_000);
    afterAll(async () => {
      for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
      await sql?.end().catch(() => {});
      cluster?.destroy();
    });

    test('loses no acknowledged response, answers 503 while the database is down, and counts what is stored', async () => {
      const base = `http://127.0.0.1:${env.PORT}`;
      const load = submissionLoad(() => base, { workers: 8 });
      const acked = () => load.result.acknowledged.size;
      const statuses = load.result.statuses;

      // (a) kill -9 of the API under load, and a start of a new one on the same port.
      await until('the first acknowledgements', () => acked() >= 100);
      server.child.kill('SIGKILL');
      expect(await server.exited).toBe(null);
      const beforeRestart = acked();
      server = await startServer(env);
      servers.push(server);
      await until('acknowledgements from the restarted API', () => acked() >= beforeRestart + 100);

      // (b) PostgreSQL crashes (an immediate stop is a crash: no checkpoint, recovery from the WAL on start).
      const unavailableBefore = statuses.get(503) ?? 0;
      cluster.ctl('-m', 'immediate', 'stop');
      await until('503 answers while PostgreSQL is down', () => (statuses.get(503) ?? 0) > unavailableBefore + 8);
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(503);
      expect(health.headers.get('retry-after')).toBe('5');
      cluster.ctl('-w', 'start');
      const beforeRecovery = acked();
      await until('acknowledgements once PostgreSQL is back', () => acked() >= beforeRecovery + 100);
      const { acknowledged } = await load.stop();

      // The API stayed up through the database's crash and came back by itself.
      expect(server.child.exitCode).toBe(null);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      // Acknowledgements (201, or 200 for a resend whose first commit was not answered), 503 while
      // away, or no answer while the process was dead: never a 500 or any other status.
      expect([...statuses.keys()].filter((s) => ![201, 200, 503, 'error'].includes(s))).toEqual([]);
      expect(server.output()).not.toContain('failed:');

      sql = new pg.Client({ connectionString: cluster.url });
      await sql.connect();
      const { rows } = await sql.query<{ id: string }>('select id from responses');
      const stored = rows.map((r) => r.id);
      expect(new Set(stored).size).toBe(stored.length);
      expect([...acknowledged].filter((id) => !stored.includes(id))).toEqual([]);
      // Stored but not acknowledged: at most the submissions in flight when the load stopped (their
      // phones would resend and hear 200), and those in flight at the kill -9.
      expect(stored.length - acknowledged.size).toBeLessThanOrEqual(16);

      // After the fold job has run, the dashboard counts what is stored.
      const login = await fetch(`${base}/api/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
      const period = await sql.query<{ code: string; n: number }>(
        `select p.code, (select count(*)::int from responses r where r.period_id = p.id) as n
         from survey_periods p where p.status = 'open'`,
      );
      expect(period.rows).toHaveLength(1);
      const { code, n } = period.rows[0]!;
      expect(n).toBe(stored.length);
      // The fold has moved every response from stats_pending into the summaries the dashboard reads.
      await until('the fold', async () => (await sql.query('select 1 from stats_pending limit 1')).rows.length === 0);
      const stats = await fetch(`${base}/api/admin/stats?period=${code}`, { headers: { cookie } });
      expect(stats.status).toBe(200);
      expect(((await stats.json()) as { n: number }).n).toBe(n);
      console.log(
        `crash-restart load: ${acknowledged.size} acknowledged, ${stored.length} stored, answers ${JSON.stringify(Object.fromEntries(statuses))}`,
      );
    }, 300_000);
  });
}
