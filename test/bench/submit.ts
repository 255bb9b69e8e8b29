// npm run bench:submit [-- --seconds 15 --connections 50]
// Throughput and p99 of POST /api/responses on PostgreSQL under concurrent connections, against a
// bare Hono handler parsing the same JSON, each server in its own process; the API compiled, as
// `npm start` runs it.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { databaseUrl } from '../helpers/backends';
import { adminQuery } from '../helpers/db';
import { allAnswers, submission } from '../helpers/app';
import { freePort } from '../helpers/server-process';
import { processCpuMs } from '../helpers/cpu';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '15' }, connections: { type: 'string', default: '50' } } });
const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// BENCH_SUBMIT_DATABASE: a name of one's own when several people bench on one PostgreSQL.
const name = process.env.BENCH_SUBMIT_DATABASE ?? 'sipas_bench_submit';
const seconds = Number(values.seconds);
const connections = Number(values.connections);

const admin = (text: string) => adminQuery(base, text);

/** Starts a server on a free port and resolves with it and the port it printed. */
async function start(script: string, env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...loader, script], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (/ on (http|\d)/.test(d.toString())) resolve({ child, port });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

const body = () => JSON.stringify(submission({ answers: allAnswers(4, ['TT3']), comment: 'Cán bộ nhiệt tình.' }));

/** The PostgreSQL backends serving the database (the API's pool), whose CPU the submissions cost too. */
async function backendPids(): Promise<number[]> {
  return (await admin(`select pid from pg_stat_activity where datname = '${name}'`)).rows.map((r) => Number(r.pid));
}

async function load(port: number, pid: number, database: boolean) {
  const acknowledgedIds: string[] = [];
  const run = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration,
      requests: [
        {
          method: 'POST',
          path: '/api/responses',
          headers: { 'content-type': 'application/json' },
          setupRequest: (req) => ({ ...req, body: body() }),
          onResponse: (status, text) => {
            if (status === 201) acknowledgedIds.push((JSON.parse(text) as { id: string }).id);
          },
        },
      ],
    });
  await run(3); // warm-up
  const pids = database ? await backendPids() : [];
  const before = { api: processCpuMs(pid), db: pids.reduce((n, p) => n + processCpuMs(p), 0) };
  const r = await run(seconds);
  const cpu = { api: processCpuMs(pid) - before.api, db: pids.reduce((n, p) => n + processCpuMs(p), 0) - before.db };
  const errors = r.errors + r.timeouts + r.non2xx;
  const perRequest = { api: cpu.api / r.requests.total, db: cpu.db / r.requests.total };
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, errors, acknowledgedIds, perRequest };
}

// The API as `npm start` runs it: compiled JavaScript, built now so that it is this checkout's.
execFileSync(process.execPath, ['api/scripts/build-server.mjs'], { stdio: 'inherit' });
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log(`${connections} connections, ${seconds} s each, after 3 s of warm-up\n`);
const results: Record<string, Awaited<ReturnType<typeof load>>> = {};

const bare = await start('test/bench/bare-server.ts', {});
results['bare Hono handler'] = await load(bare.port, bare.child.pid!, false);
bare.child.kill();

for (const [label, fold] of [
  ['API, summaries folded every 2 s', '2'],
  ['API, no fold on this instance', '0'],
] as const) {
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const api = await start('api/dist/server.js', {
    DATABASE_URL: databaseUrl(base, name),
    SUMMARY_FOLD_SECONDS: fold,
    RATE_LIMIT_PER_MINUTE: '0',
    ADMIN_USERNAME: 'bench',
    ADMIN_PASSWORD: 'bench-password-123',
  });
  // Transactions committed in the database per stored response: the round trips a submission costs.
  const commits = async () =>
    Number((await admin(`select xact_commit from pg_stat_database where datname = '${name}'`)).rows[0]?.xact_commit);
  const commitsBefore = await commits();
  const result = await load(api.port, api.child.pid!, true);
  await new Promise((r) => setTimeout(r, 2500)); // let the last fold finish
  const client = new pg.Client({ connectionString: databaseUrl(base, name) });
  await client.connect();
  // Every 201 (warm-up included) must name a row in the database: nothing acknowledged is lost.
  const { rows } = await client.query(
    `select (select count(*) from responses)::int as stored, (select count(*) from stats_pending)::int as pending,
       (select count(*) from responses where id = any($1::uuid[]))::int as found`,
    [result.acknowledgedIds],
  );
  await client.end();
  api.child.kill('SIGINT');
  results[label] = result;
  const perResponse = (await commits()) - commitsBefore;
  console.log(
    `${label}: ${result.acknowledgedIds.length} acknowledged, ${rows[0].found} of them stored${rows[0].found === result.acknowledgedIds.length ? '' : ' (ACKNOWLEDGED RESPONSES MISSING)'}, ${rows[0].stored} stored in all (requests in flight at the end included), ${rows[0].pending} still pending; ${(perResponse / rows[0].stored).toFixed(2)} transactions committed per response`,
  );
}

console.log('');
const bareRps = results['bare Hono handler']!.rps;
for (const [label, r] of Object.entries(results)) {
  console.log(
    `${label.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}   ratio to bare ${(r.rps / bareRps).toFixed(2)}   CPU per request: server ${r.perRequest.api.toFixed(3)} ms, PostgreSQL ${r.perRequest.db.toFixed(3)} ms`,
  );
}
const on = results['API, summaries folded every 2 s']!.rps;
const off = results['API, no fold on this instance']!.rps;
console.log(`\nthroughput cost of folding the summaries: ${((1 - on / off) * 100).toFixed(1)}%`);
