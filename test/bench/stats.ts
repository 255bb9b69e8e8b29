// npm run bench:stats [-- --sizes 100000,10000000 --service-points 1000]
// Latency of GET /api/admin/stats (overall and by=unit) over HTTP on PostgreSQL, against the same
// figures computed naively from the raw responses. Databases are kept between runs and reused.
import type { AddressInfo } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp } from '@sipas/api/app';
import { createDb, sipasQuestionnaire } from '@sipas/db';
import { hashPassword } from '../../api/src/auth/password';
import { questionnaireSchema } from '../../api/src/shared/questionnaire';
import { databaseUrl } from '../helpers/backends';
import { adminQuery } from '../helpers/db';
import { naiveStats } from './naive-stats';
import { loadSynthetic } from './synthetic';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,10000000' },
    'service-points': { type: 'string', default: '1000' },
    runs: { type: 'string', default: '200' },
  },
});
const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const servicePoints = Number(values['service-points']);
const runs = Number(values.runs);
const q = questionnaireSchema.parse(sipasQuestionnaire);
const period = '2026-H2';

const admin = (text: string) => adminQuery(base, text);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(times: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(10, times); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
const results: Record<string, Record<string, { p50: number; p95: number }>> = {};
for (const size of values.sizes.split(',').map(Number)) {
  const name = `sipas_bench_${size}_${servicePoints}`;
  const url = databaseUrl(base, name);
  const exists = (await admin(`select 1 from pg_database where datname = '${name}'`)).rowCount === 1;
  let db = await createDb({ kind: 'postgres', url: exists ? url : base });
  if (exists) {
    const { n } = await db
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(n) !== size) throw new Error(`${name} holds ${n} responses, not ${size}: drop it and run again`);
    console.log(`\n${size.toLocaleString('en')} responses, ${servicePoints} service points: reusing database ${name}`);
  } else {
    await db.destroy();
    await admin(`create database ${name}`);
    db = await createDb({ kind: 'postgres', url });
    console.log(`\n${size.toLocaleString('en')} responses, ${servicePoints} service points: loading database ${name}…`);
    const load = await loadSynthetic(db, url, { responses: size, servicePoints, period });
    console.log(`  loaded in ${(load.loadMs / 1000).toFixed(1)} s, summaries built in ${(load.summaryMs / 1000).toFixed(1)} s`);
  }

  await db.deleteFrom('sessions').execute();
  await db.deleteFrom('users').where('username', '=', 'bench').execute();
  await db
    .insertInto('users')
    .values({ username: 'bench', password_hash: await hashPassword('bench-password-123'), role: 'viewer', unit_id: null })
    .execute();
  const app = createApp({ db });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const login = await fetch(`${origin}/api/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: 'bench-password-123' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const get = async (path: string) => {
    const res = await fetch(`${origin}${path}`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };

  const periodId = (await db.selectFrom('survey_periods').select('id').where('code', '=', period).executeTakeFirstOrThrow()).id;
  const overall = await get(`/api/admin/stats?period=${period}`);
  const naive = await naiveStats(db, q, periodId);
  const same =
    JSON.stringify({ n: overall.n, index: overall.index, factors: overall.factors, items: overall.items }) === JSON.stringify(naive);
  console.log(`  summaries and the naive computation agree: ${same ? 'yes' : 'NO'}`);
  if (!same) process.exitCode = 1;

  const row = (results[size.toLocaleString('en')] = {
    'stats (overall)': await time(runs, () => get(`/api/admin/stats?period=${period}`)),
    'stats by=unit': await time(runs, () => get(`/api/admin/stats?period=${period}&by=unit`)),
    'naive from raw responses': await time(size > 1_000_000 ? 3 : 20, () => naiveStats(db, q, periodId)),
  });
  for (const [what, t] of Object.entries(row))
    console.log(`  ${what.padEnd(26)} p50 ${t.p50.toFixed(1).padStart(8)} ms   p95 ${t.p95.toFixed(1).padStart(8)} ms`);
  const ratio = row['naive from raw responses']!.p50 / row['stats (overall)']!.p50;
  console.log(`  naive ÷ summaries (p50): ${ratio.toFixed(1)}×`);
  await new Promise((r) => server.close(r));
  await db.destroy();
}

const sizes = Object.keys(results);
if (sizes.length === 2) {
  const [small, large] = sizes.map((s) => results[s]!);
  for (const what of ['stats (overall)', 'stats by=unit']) {
    console.log(`${what}: p95 at ${sizes[1]} ÷ p95 at ${sizes[0]} = ${(large![what]!.p95 / small![what]!.p95).toFixed(2)}`);
  }
}
