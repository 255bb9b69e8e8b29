// npm run bench:report [-- --responses 1000000 --service-points 200]
// The twice-yearly report on PostgreSQL: a half-year of synthetic responses is closed and frozen,
// then the DOCX, XLSX and CSV are produced through the API, each timed, with the peak RSS.
// The database (sipas_bench_report) is kept and reused; a rerun measures without the load.
import { createHash } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { createApp } from '@sipas/api/app';
import { createDb, migrateToLatest } from '@sipas/db';
import { hashPassword } from '../../api/src/auth/password';
import { insertUser } from '../../api/src/auth/queries';
import { canonicalJson, sha256Hex } from '../../api/src/canonical';
import { computeContent, takeSnapshot } from '../../api/src/reports/snapshot';
import { findPeriods } from '../../api/src/periods/queries';
import { databaseUrl } from '../helpers/backends';
import { adminQuery } from '../helpers/db';
import { backendCpuMs } from '../helpers/cpu';
import { loadSynthetic } from './synthetic';

const { values } = parseArgs({
  options: { responses: { type: 'string', default: '1000000' }, 'service-points': { type: 'string', default: '200' } },
});
const size = Number(values.responses);
const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// Its own name per checkout when several benchmark on one server at once.
const name = process.env.BENCH_REPORT_DATABASE ?? 'sipas_bench_report';
const url = databaseUrl(base, name);
const period = '2026-H2';
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** Wall and CPU (this process, and the database's backends) of a step: on a shared machine the CPU figures are the ones to compare. */
async function measured<T>(step: () => Promise<T>) {
  const [wall, cpu, database] = [performance.now(), process.cpuUsage(), await backendCpuMs(db)];
  const result = await step();
  const node = process.cpuUsage(cpu);
  const figures = {
    ms: performance.now() - wall,
    text: `${seconds(performance.now() - wall)} (CPU: node ${seconds((node.user + node.system) / 1000)}, PostgreSQL ${seconds((await backendCpuMs(db)) - database)})`,
  };
  return { result, ...figures };
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
const exists = (await adminQuery(base, `select 1 from pg_database where datname = '${name}'`)).rowCount === 1;
if (!exists) await adminQuery(base, `create database ${name}`);
const db = await createDb({ kind: 'postgres', url, poolSize: 4 });
await migrateToLatest(db);
const { n } = await db
  .selectFrom('responses')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
const load = Number(n) === 0;
if (!load && Number(n) !== size) throw new Error(`${name} holds ${n} responses, not ${size}: drop it and run again`);
if (load) {
  console.log(`loading ${size.toLocaleString('en')} synthetic responses into ${name} …`);
  const loaded = await loadSynthetic(db, url, { responses: size, servicePoints: Number(values['service-points']), period });
  console.log(`loaded in ${seconds(loaded.loadMs)}, summaries in ${seconds(loaded.summaryMs)}`);
} else {
  console.log(`reusing ${name} with ${size.toLocaleString('en')} responses`);
}
const rssBefore = process.resourceUsage().maxRSS;
console.log(`peak RSS before the report work: ${mb(rssBefore)}`);

// The recount a close (and snapshot:verify) does: three grouped scans of the raw responses.
const periods = await findPeriods(db, period);
// The recount's plan is parallel: the CPU of its workers, which exit when it ends, is not counted.
const recount = await measured(async () => canonicalJson(await computeContent(db, periods, period)));
const content = recount.result;
console.log(
  `recount for the snapshot: ${recount.text}, ${(content.length / 1024).toFixed(0)} KiB canonical, sha256 ${sha256Hex(content).slice(0, 12)}…`,
);
if (periods[0]!.status !== 'closed') {
  const started = performance.now();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('survey_periods').set({ status: 'closed' }).where('id', '=', periods[0]!.id).execute();
    await takeSnapshot(trx, periods[0]!.id, new Date());
  });
  console.log(`close with snapshot: ${seconds(performance.now() - started)}`);
}

const app = createApp({ db });
if (!(await db.selectFrom('users').select('id').where('username', '=', 'bench').executeTakeFirst())) {
  await insertUser(db, {
    username: 'bench',
    passwordHash: await hashPassword('bench-password-2026'),
    role: 'province_admin',
    unitId: null,
  });
}
const login = await app.request('/api/admin/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bench', password: 'bench-password-2026' }),
});
const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

const times: Record<string, number> = {};
// BENCH_REPORT_DIGESTS=1 prints each file's SHA-256 (a frozen period's files are the same at every
// download; the hashing is then inside the times).
const digests = process.env.BENCH_REPORT_DIGESTS === '1';
const csvDigest = createHash('sha256');
for (const format of ['docx', 'xlsx', 'csv'] as const) {
  const file = await measured(async () => {
    const res = await app.request(`/api/admin/reports/${period}.${format}`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`${format}: ${res.status} ${await res.text()}`);
    // Read the body as a client would, chunk by chunk, without keeping it.
    let bytes = 0;
    const reader = res.body!.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      bytes += r.value.byteLength;
      if (digests && format === 'csv') csvDigest.update(r.value);
    }
    return bytes;
  });
  times[format] = file.ms;
  const { rss } = process.memoryUsage();
  console.log(
    `${format}: ${file.text}, ${(file.result / 2 ** 20).toFixed(1)} MiB; RSS now ${mb(rss / 1024)}, peak so far ${mb(process.resourceUsage().maxRSS)}`,
  );
}
if (digests) console.log(`csv sha256: ${csvDigest.digest('hex')}`);
const total = times.docx! + times.xlsx! + times.csv!;
const peak = process.resourceUsage().maxRSS;
console.log(`all three files: ${seconds(total)} (goal < 10 s: ${total < 10_000 ? 'met' : 'NOT met'})`);
console.log(
  `peak RSS: ${mb(peak)}${!load ? '' : ` (the load in this run already peaked at ${mb(rssBefore)}; rerun for the report alone)`}`,
);
await db.destroy();
