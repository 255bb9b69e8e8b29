import { Hono } from 'hono';
import type { Redis } from 'ioredis';
import type { Kysely } from 'kysely';
import * as zm from 'zod/mini';
import { en } from 'zod/locales';
import type { Database } from '@sipas/db';
import { authRoutes } from './auth/routes';
import { requireUser } from './auth/session';
import type { AppEnv, Deps } from './context';
import { handleError, handleNotFound } from './errors';
import { forms } from './forms/routes';
import { health } from './health';
import { comments } from './comments/routes';
import { compressResponses } from './compress';
import { kioskAdmin } from './kiosks/admin-routes';
import { kiosk } from './kiosks/routes';
import { compileTrustProxy } from './client-address';
import { watchRedis } from './limits/redis';
import { memoryLimits, redisLimits } from './limits/store';
import { publicRateLimit } from './rate-limit';
import { reports } from './reports/routes';
import { responses } from './responses/routes';
import { responseWriter } from './responses/writer';
import { submissionContextReader } from './responses/context-reader';
import { securityHeaders } from './security-headers';
import { servicePoints } from './service-points/routes';
import { type StaticDirs, staticApps } from './static-apps';
import { stats } from './stats/routes';
import { units } from './units/routes';
import { periodRoutes } from './periods/routes';
import { questionnaireCache } from './questionnaires/cache';
import { questionnaireRoutes } from './questionnaires/routes';
import { transactionRoutes } from './transactions/routes';
import { account, users } from './users/routes';
import { edgeChecks } from './validate';
import { audit } from './audit/routes';
import { settingsRoutes } from './settings/routes';
import { paperForms, unitPaperForms } from './paper/print-routes';
import { dataEntryOnly } from './paper/roles';
import { paperCoverage, paperEntries, paperSheets } from './paper/routes';
import { qualityRoutes } from './quality/routes';

// zod/mini (the shared schemas) ships no messages unless a locale is loaded.
zm.config(en());

export interface AppOptions {
  db: Kysely<Database>;
  now?: () => Date;
  cookieSecure?: boolean;
  staticDirs?: StaticDirs;
  /** Requests a minute per client on the public endpoints; 0 or absent: no limit. */
  rateLimitPerMinute?: number;
  /** Where citizens reach the platform, for QR links (e.g. https://khaosat.example.gov.vn); absent: QR and posters answer 409. */
  publicBaseUrl?: string | undefined;
  /** Shares the request limits with every instance on this Redis and prefix; absent: in this process's memory. */
  redis?: { client: Redis; prefix: string } | undefined;
  /** The proxies in front of the API, as TRUST_PROXY lists them; absent: X-Forwarded-For is ignored. */
  trustProxy?: string | undefined;
}

export function createApp(options: AppOptions) {
  const deps: Deps = {
    db: options.db,
    questionnaires: questionnaireCache(options.db),
    responseWriter: responseWriter(options.db),
    submissionContexts: submissionContextReader(options.db),
    now: options.now ?? (() => new Date()),
    cookieSecure: options.cookieSecure ?? false,
    publicBaseUrl: options.publicBaseUrl,
    trustProxy: options.trustProxy ? compileTrustProxy(options.trustProxy) : undefined,
  };
  const limits = options.redis ? redisLimits(options.redis.client, options.redis.prefix, deps.now) : memoryLimits(deps.now);
  if (options.redis) watchRedis(options.redis.client, limits.outage);
  // Everything under /api/admin needs a session (and the CSRF token for changes), except the
  // sign-in itself, which authRoutes answers before this middleware is reached.
  const admin = new Hono<AppEnv>()
    // What an administrator reads (names, comments, follow-ups) stays out of every cache.
    .use('*', async (c, next) => {
      await next();
      c.header('Cache-Control', 'no-store');
    })
    .route('/', authRoutes(limits))
    .use('*', requireUser)
    .use('*', dataEntryOnly)
    .route('/paper-entries', paperEntries)
    .route('/paper-sheets', paperSheets)
    .route('/paper', paperCoverage)
    .route('/service-points', paperForms)
    .route('/units', unitPaperForms)
    .route('/comments', comments)
    .route('/kiosks', kioskAdmin)
    .route('/users', users)
    .route('/account', account)
    .route('/audit', audit)
    .route('/reports', reports)
    .route('/settings', settingsRoutes)
    .route('/stats', stats)
    .route('/periods', periodRoutes)
    .route('/questionnaires', questionnaireRoutes)
    .route('/transactions', transactionRoutes)
    .route('/quality', qualityRoutes)
    .route('/service-points', servicePoints)
    .route('/units', units);
  const app = new Hono<AppEnv>()
    // HSTS only when the install says it is served over HTTPS; over plain HTTP it is meaningless.
    .use(securityHeaders(deps.cookieSecure))
    .use(compressResponses())
    .use(async (c, next) => {
      c.set('deps', deps);
      await next();
    })
    .route('/healthz', health)
    .use('/api/*', edgeChecks())
    .use('/api/*', publicRateLimit(options.rateLimitPerMinute ?? 0, limits))
    .route('/api/forms', forms)
    .route('/api/responses', responses)
    .route('/api/kiosk', kiosk)
    .route('/api/admin', admin)
    .route('/', options.staticDirs ? staticApps(options.staticDirs) : new Hono<AppEnv>())
    .onError(handleError)
    .notFound(handleNotFound);
  return app;
}

export type AppType = ReturnType<typeof createApp>;
