// Two API server processes on one PostgreSQL database and one Redis, behind HAProxy running
// docs/deploy/haproxy.cfg: shared limits, sessions valid on both, exact figures with both folding,
// and nothing acknowledged lost when one instance is killed under load.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDb, type Database } from '@sipas/db';
import type { Kysely } from 'kysely';
import { rebuildSummaries } from '../../api/src/stats/summaries';
import { adminPassword } from '../helpers/app';
import { databaseUrl, postgresUrl } from '../helpers/backends';
import { adminQuery } from '../helpers/db';
import { haproxyConfig, send, startHaproxy } from '../helpers/haproxy';
import { prng, randomSubmission } from '../helpers/random-responses';
import { freePort, redisAnswers, testRedisUrl, toolExists, uniquePrefix, waitFor } from '../helpers/redis';
import { summaryRows } from '../helpers/summary-rows';

const root = fileURLToPath(new URL('../..', import.meta.url));
// HAProxy reaches the instances from this address, the one TRUST_PROXY names; test clients use others.
const proxySource = '127.0.0.2';
const ready = Boolean(postgresUrl()) && toolExists('haproxy') && (await redisAnswers());
if (!postgresUrl() && process.env.CI === 'true') throw new Error('CI=true but TEST_DATABASE_URL is not set');

function startServer(env: Record<string, string>) {
  // node with the tsx loader, not the tsx wrapper: SIGKILL must reach the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'api/src/server.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return { child, output: () => output };
}

describe.skipIf(!ready)('two instances behind HAProxy', () => {
  const name = `${process.env.TEST_DATABASE_PREFIX ?? 'sipas_test_'}two_${randomBytes(5).toString('hex')}`;
  const prefix = uniquePrefix();
  const dir = mkdtempSync(join(tmpdir(), 'sipas-haproxy-'));
  let db: Kysely<Database>;
  let servers: ReturnType<typeof startServer>[] = [];
  let haproxy: { child: ChildProcess; output: () => string };
  let port = 0;

  beforeAll(async () => {
    await adminQuery(postgresUrl()!, `create database ${name}`);
    const url = databaseUrl(postgresUrl()!, name);
    db = await createDb({ kind: 'postgres', url, poolSize: 4 });
    const ports = [await freePort(), await freePort()];
    port = await freePort();
    // Both start at once on the empty database: one migrates and seeds, the other waits for it.
    servers = ports.map((p) =>
      startServer({
        DATABASE_URL: url,
        PORT: String(p),
        REDIS_URL: testRedisUrl,
        REDIS_PREFIX: prefix,
        TRUST_PROXY: proxySource,
        RATE_LIMIT_PER_MINUTE: '10',
        SUMMARY_FOLD_SECONDS: '1',
        ADMIN_USERNAME: 'admin',
        ADMIN_PASSWORD: adminPassword,
        DEMO_RESPONSES: 'false',
        // CI machines are small and busy: a request may wait longer for a connection than in production.
        DB_CONNECT_TIMEOUT_MS: '30000',
        PUBLIC_BASE_URL: 'https://khaosat.example.gov.vn',
      }),
    );
    await waitFor('both instances listening', () => servers.every((s) => s.output().includes('SIPAS platform on')), 90_000).catch((err) => {
      throw new Error(`${err.message}\n${servers.map((s) => s.output()).join('\n---\n')}`);
    });
    haproxy = startHaproxy(join(dir, 'haproxy.cfg'), haproxyConfig(root, port, ports, proxySource));
    const seen = new Set<string | undefined>();
    await waitFor('HAProxy sending to both instances', async () => {
      const res = await send(port, '127.0.8.1', 'GET', '/healthz').catch(() => undefined);
      if (res?.status === 200) seen.add(res.servedBy);
      return seen.has('api1') && seen.has('api2');
    }).catch((err) => {
      throw new Error(`${err.message}\n${haproxy.output()}`);
    });
  }, 120_000);

  afterAll(async () => {
    for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
    if (haproxy?.child.exitCode === null) haproxy.child.kill('SIGKILL');
    await db?.destroy();
    await adminQuery(postgresUrl()!, `drop database if exists ${name} with (force)`);
    rmSync(dir, { recursive: true, force: true });
  });

  test('the instances started together migrated and seeded once', async () => {
    const counts = await sql<{ versions: number; users: number; points: number }>`
      select (select count(*)::int from questionnaire_versions) as versions, (select count(*)::int from users) as users,
             (select count(*)::int from service_points) as points`.execute(db);
    expect(counts.rows).toEqual([{ versions: 1, users: 1, points: 6 }]);
  });

  test('one client meets the limit once across both instances, and a forged X-Forwarded-For does not help', async () => {
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(await send(port, '127.0.9.1', 'GET', '/api/forms/DEMO-01'));
    expect(answers.map((a) => a.status)).toEqual([...Array(10).fill(200), 429, 429]);
    expect(new Set(answers.map((a) => a.servedBy))).toEqual(new Set(['api1', 'api2']));
    const forged = await send(port, '127.0.9.1', 'GET', '/api/forms/DEMO-01', { headers: { 'x-forwarded-for': '203.0.113.50' } });
    expect(forged.status).toBe(429);
    // Another client behind the same HAProxy is counted apart.
    expect((await send(port, '127.0.9.2', 'GET', '/api/forms/DEMO-01')).status).toBe(200);
  });

  test('a session started on one instance is valid on the other', async () => {
    const login = await send(port, '127.0.9.3', 'POST', '/api/admin/login', { body: { username: 'admin', password: adminPassword } });
    expect(login.status).toBe(200);
    const cookie = login.setCookie![0]!.split(';')[0]!;
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await send(port, '127.0.9.3', 'GET', '/api/admin/me', { headers: { cookie } }));
    expect(new Set(answers.map((a) => a.servedBy))).toEqual(new Set(['api1', 'api2']));
    const { csrfToken } = JSON.parse(login.body) as { csrfToken: string };
    for (const a of answers) {
      expect([a.status, JSON.parse(a.body)]).toEqual([
        200,
        { user: { id: 1, username: 'admin', role: 'province_admin', unitId: null }, csrfToken },
      ]);
    }
  });

  /** Submits from its own address per response (the limit is per client); returns the ids acknowledged. */
  const random = prng(15);
  let sent = 0;
  const submitOne = async (acked: string[], failed: number[]) => {
    const body = randomSubmission(random);
    const n = sent++;
    const res = await send(port, `127.1.${Math.floor(n / 200)}.${(n % 200) + 1}`, 'POST', '/api/responses', { body }).catch(
      () => undefined,
    );
    if (res && res.status >= 200 && res.status < 300) acked.push(body.id);
    else failed.push(res?.status ?? 0);
  };
  const storedOf = async (ids: string[]) =>
    (await db.selectFrom('responses').select('id').where('id', 'in', ids).execute()).map((r) => r.id).sort();
  /** Waits for the folds to drain, then checks the summaries against a recount from the raw responses. */
  const expectExactFigures = async () => {
    await waitFor(
      'the folds to drain stats_pending',
      async () => (await db.selectFrom('stats_pending').select('response_id').execute()).length === 0,
    );
    const folded = await summaryRows(db);
    await rebuildSummaries(db);
    expect(await summaryRows(db)).toEqual(folded);
    const { rows } = await sql<{ folded: number; stored: number }>`
      select (select coalesce(sum(n), 0)::int from stats_point_cells) as folded, (select count(*)::int from responses) as stored`.execute(
      db,
    );
    expect(rows[0]!.folded).toBe(rows[0]!.stored);
  };

  test('both instances fold while responses arrive, and the summaries equal a recount', async () => {
    const acked: string[] = [];
    const failed: number[] = [];
    for (let batch = 0; batch < 15; batch++) await Promise.all(Array.from({ length: 8 }, () => submitOne(acked, failed)));
    expect([acked.length, failed]).toEqual([120, []]);
    await expectExactFigures();
  }, 120_000);

  test('killing one instance under load loses no acknowledged response', async () => {
    const acked: string[] = [];
    const failed: number[] = [];
    let stop = false;
    const workers = Array.from({ length: 6 }, async () => {
      while (!stop) await submitOne(acked, failed);
    });
    await waitFor('load under way', () => acked.length >= 40, 60_000);
    servers[0]!.child.kill('SIGKILL');
    const atKill = acked.length;
    await waitFor('load continuing on the other instance', () => acked.length >= atKill + 60, 60_000);
    stop = true;
    await Promise.all(workers);
    expect(await storedOf(acked)).toEqual([...acked].sort());
    console.log(
      `killed under load: ${acked.length} acknowledged (${acked.length - atKill} after the kill), ${failed.length} refused or cut`,
    );
    await expectExactFigures();
  }, 150_000);
});
