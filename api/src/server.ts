// The one entry point that reads the environment, migrates, seeds and listens.
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import { acquireDataDirLock, createDb, migrateToLatest, seedIfEmpty } from '@sipas/db';
import { createApp } from './app';
import { ensureFirstAdmin } from './auth/bootstrap';
import { loadConfig } from './config';
import { connectRedis, redisReady } from './limits/redis';
import { answerClientError } from './client-error';
import { questionnaireCache } from './questionnaires/cache';
import { defaultSchedule, startJobs } from './jobs/timers';
import { demoResponsesWanted, seedDemoResponses } from './demo/demo-responses';

/** How long SIGTERM waits for in-flight requests and the writer before it cuts them off. */
const shutdownBoundMs = 10_000;

let config, demo;
let releaseLock = () => {};
try {
  config = loadConfig(process.env);
  demo = demoResponsesWanted(process.env.DEMO_RESPONSES, config.database.kind);
  // PGlite is single-process: the lock keeps the command-line tools (and a second server) out.
  if (config.database.kind === 'pglite') {
    mkdirSync(config.database.dataDir, { recursive: true });
    releaseLock = acquireDataDirLock(config.database.dataDir);
  }
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
process.on('exit', () => releaseLock());

// Migrations run on a connection of their own, without the pool's statement timeout: a migration
// over a large table may rightly take longer than any request should.
const db = await createDb(config.database.kind === 'postgres' ? { ...config.database, ...config.pool } : config.database);
// Instances starting at once: the first to take this lock migrates, seeds and creates the first
// administrator; the others wait on it, then find all of that done. Closing the connection frees it.
const migrating = config.database.kind === 'postgres' ? await createDb({ ...config.database, poolSize: 1 }) : undefined;
if (migrating) {
  await sql`select pg_advisory_lock(4207302)`.execute(migrating);
  await migrateToLatest(migrating);
} else {
  await migrateToLatest(db);
}
if (await seedIfEmpty(db, new Date())) {
  console.log('seeded an empty database with the SIPAS questionnaire and a demo province');
  // A newcomer's first look should show figures: labelled demo responses, removable at any time.
  if (demo)
    console.log(
      `added ${await seedDemoResponses(db, new Date())} demo responses ("dữ liệu minh hoạ"); DEMO_RESPONSES=false starts without them, npm run demo:remove takes them out`,
    );
}
const admin = await ensureFirstAdmin(db, config.admin);
if (admin.generatedPassword) {
  console.log(`created the first administrator "${config.admin.username}" with the password: ${admin.generatedPassword}`);
  console.log('(shown once: keep it safe. To choose it yourself, set ADMIN_USERNAME and ADMIN_PASSWORD before the first start.)');
} else if (admin.created) {
  console.log(`created the first administrator "${config.admin.username}"`);
}
await migrating?.destroy();

// Shared limits: wait briefly for Redis; if it does not answer, start anyway with the limits failing open.
const redis = config.redis ? connectRedis(config.redis.url) : undefined;
if (redis && !(await redisReady(redis, 3_000))) console.error('Redis does not answer yet: serving, limits not enforced until it does');
const root = (dir: string) => fileURLToPath(new URL(`../../${dir}/dist`, import.meta.url));
const app = createApp({
  db,
  cookieSecure: config.cookieSecure,
  rateLimitPerMinute: config.rateLimitPerMinute,
  publicBaseUrl: config.publicBaseUrl,
  redis: redis && config.redis ? { client: redis, prefix: config.redis.prefix } : undefined,
  trustProxy: config.trustProxy,
  staticDirs: { survey: root('survey-app'), admin: root('admin-app') },
});
const firstCounter = await db
  .selectFrom('service_points')
  .select('code')
  .where('active', '=', true)
  .orderBy('id')
  .limit(1)
  .executeTakeFirst();
const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  const where = config.database.kind === 'pglite' ? `embedded database in ${config.database.dataDir}` : 'PostgreSQL';
  const base = `http://localhost:${info.port}`;
  console.log(`SIPAS platform on ${base} (${where})`);
  if (firstCounter) console.log(`  the survey of counter ${firstCounter.code}: ${base}/s/${firstCounter.code}`);
  console.log(`  the reform office's app: ${base}/admin/`);
});

// The background jobs (jobs/jobs.ts): the fold every SUMMARY_FOLD_SECONDS (0: another instance
// folds; stats are exact either way, folding only keeps reads cheap), the rest on their own turns.
const background = startJobs({ db, questionnaires: questionnaireCache(db), now: () => new Date() }, defaultSchedule(config.foldSeconds));

// Node answers malformed requests itself (400, 431 for oversized headers); give them the envelope.
(server as Server).on('clientError', answerClientError);

// SIGTERM: stop accepting, let in-flight requests (and with them the group-commit writer) finish,
// then stop the jobs and close the pool; past the bound, open connections are cut and it exits 1.
let stopping = false;
// A busy keep-alive connection is never idle at the moment close() looks: once stopping, every
// answer closes its connection, so the clients go elsewhere (or retry later) after it.
(server as Server).prependListener('request', (_req, res) => {
  if (stopping) res.setHeader('connection', 'close');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the requests in flight, then stopping`);
    const since = Date.now();
    const seconds = () => `${((Date.now() - since) / 1000).toFixed(1)} s`;
    const cutOff = setTimeout(() => {
      console.error(`still busy after ${shutdownBoundMs / 1000} s: closing the remaining connections`);
      (server as Server).closeAllConnections();
      setTimeout(() => process.exit(1), 500).unref();
    }, shutdownBoundMs);
    cutOff.unref();
    const jobsStopped = background.stop();
    server.close(async () => {
      console.log(`requests finished after ${seconds()}`);
      await jobsStopped;
      await db.destroy();
      redis?.disconnect();
      console.log(`stopped after ${seconds()}`);
      process.exit(0);
    });
    // Keep-alive connections with no request in flight would hold close() until they time out.
    (server as Server).closeIdleConnections();
    setInterval(() => (server as Server).closeIdleConnections(), 100).unref();
  });
}
