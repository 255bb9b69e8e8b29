// npm run bench:instances [-- --seconds 10 --connections 50]
// Submissions per second on one PostgreSQL: one instance with in-memory limits, one with the limits
// in Redis, and two behind HAProxy (docs/deploy/haproxy.cfg) with the limits in Redis; the API
// compiled, as `npm start` runs it.
// Needs PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL), Redis (TEST_REDIS_URL) and haproxy.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { allAnswers, submission } from '../helpers/app';
import { databaseUrl } from '../helpers/backends';
import { adminQuery } from '../helpers/db';
import { haproxyConfig, startHaproxy } from '../helpers/haproxy';
import { freePort, testRedisUrl, uniquePrefix, waitFor } from '../helpers/redis';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } } });
const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `${process.env.TEST_DATABASE_PREFIX ?? 'sipas_bench_'}instances`;
const root = process.cwd();

const stop = (child: ChildProcess) =>
  new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill();
  });

function start(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['api/dist/server.js'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      if (out.includes('SIPAS platform on')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

const body = () => JSON.stringify(submission({ answers: allAnswers(4, ['TT3']) }));

async function load(port: number) {
  const run = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: Number(values.connections),
      duration,
      requests: [
        {
          method: 'POST',
          path: '/api/responses',
          headers: { 'content-type': 'application/json' },
          setupRequest: (req) => ({ ...req, body: body() }),
        },
      ],
    });
  await run(2);
  const r = await run(Number(values.seconds));
  return { rps: r.requests.average, p99: r.latency.p99, errors: `${r.non2xx} non-2xx, ${r.timeouts} timeouts, ${r.errors} other` };
}

const env = (port: number, redis: boolean) => ({
  PORT: String(port),
  DATABASE_URL: databaseUrl(base, name),
  // A limit that counts every request but never refuses one: the cost of counting is what is measured.
  RATE_LIMIT_PER_MINUTE: '100000',
  SUMMARY_FOLD_SECONDS: '2',
  ADMIN_USERNAME: 'bench',
  ADMIN_PASSWORD: 'bench-password-123',
  DEMO_RESPONSES: 'false',
  ...(redis ? { REDIS_URL: testRedisUrl, REDIS_PREFIX: uniquePrefix() } : {}),
});

// The API as `npm start` runs it: compiled JavaScript, built now so that it is this checkout's.
execFileSync(process.execPath, ['api/scripts/build-server.mjs'], { stdio: 'inherit' });
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}; ${values.connections} connections, ${values.seconds} s each after 2 s of warm-up\n`,
);
await adminQuery(base, `drop database if exists ${name} with (force)`);
await adminQuery(base, `create database ${name}`);
const rows: [string, Awaited<ReturnType<typeof load>>][] = [];
for (const redis of [false, true]) {
  const port = await freePort();
  const api = await start(env(port, redis));
  rows.push([`one instance, limits in ${redis ? 'Redis' : 'memory'}`, await load(port)]);
  await stop(api);
}
const ports = [await freePort(), await freePort()];
const apis = await Promise.all(ports.map((p) => start(env(p, true))));
const listen = await freePort();
const haproxy = startHaproxy(
  join(mkdtempSync(join(tmpdir(), 'sipas-bench-')), 'haproxy.cfg'),
  haproxyConfig(root, listen, ports, '127.0.0.1', false),
);
await waitFor('HAProxy', async () => (await fetch(`http://127.0.0.1:${listen}/healthz`).catch(() => undefined))?.status === 200);
rows.push(['two instances behind HAProxy, Redis', await load(listen)]);
await stop(haproxy.child);
await Promise.all(apis.map(stop));
await adminQuery(base, `drop database if exists ${name} with (force)`);
for (const [label, r] of rows) {
  console.log(`${label.padEnd(38)} ${r.rps.toFixed(0).padStart(6)} submissions/s   p99 ${String(r.p99).padStart(4)} ms   ${r.errors}`);
}
