// The one entry point that reads the environment, migrates, seeds and listens.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createDb, migrateToLatest, seedIfEmpty } from '@sipas/db';
import { createApp } from './app';
import { ensureFirstAdmin } from './auth/bootstrap';
import { loadConfig } from './config';
import { questionnaireCache } from './questionnaires/cache';
import { defaultSchedule, startJobs } from './jobs/timers';

let config;
try {
  config = loadConfig(process.env);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}

if (config.database.kind === 'pglite') mkdirSync(config.database.dataDir, { recursive: true });
const db = await createDb(config.database);
await migrateToLatest(db);
if (await seedIfEmpty(db, new Date())) console.log('seeded an empty database with the SIPAS questionnaire and a demo province');
const admin = await ensureFirstAdmin(db, config.admin);
if (admin.generatedPassword) {
  console.log(`created the first administrator "${config.admin.username}" with the password: ${admin.generatedPassword}`);
  console.log('(shown once: keep it safe. To choose it yourself, set ADMIN_USERNAME and ADMIN_PASSWORD before the first start.)');
} else if (admin.created) {
  console.log(`created the first administrator "${config.admin.username}"`);
}

const root = (dir: string) => fileURLToPath(new URL(`../../${dir}/dist`, import.meta.url));
const app = createApp({ db, cookieSecure: config.cookieSecure, rateLimitPerMinute: config.rateLimitPerMinute, publicBaseUrl: config.publicBaseUrl, staticDirs: { survey: root('survey-app'), admin: root('admin-app') } });
const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  const where = config.database.kind === 'pglite' ? `embedded database in ${config.database.dataDir}` : 'PostgreSQL';
  console.log(`SIPAS platform on http://localhost:${info.port} (${where})`);
});

// The background jobs (jobs/jobs.ts): the fold every SUMMARY_FOLD_SECONDS (0: another instance
// folds; stats are exact either way, folding only keeps reads cheap), the rest on their own turns.
const background = startJobs({ db, questionnaires: questionnaireCache(db), now: () => new Date() }, defaultSchedule(config.foldSeconds));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    const jobsStopped = background.stop();
    server.close(async () => {
      await jobsStopped;
      await db.destroy();
      process.exit(0);
    });
  });
}
