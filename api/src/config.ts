import { z } from 'zod';
import type { PoolOptions } from '@sipas/db';
import { passwordProblem } from './auth/strength';
import { compileTrustProxy } from './client-address';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .max(2000)
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).max(1000).default('./data'),
  ADMIN_USERNAME: z
    .string()
    .max(64)
    .regex(/^[a-z0-9._-]{3,64}$/, 'must be 3 to 64 lowercase letters, digits, ".", "_" or "-"')
    .optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(200).optional(),
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  SUMMARY_FOLD_SECONDS: z.coerce.number().min(0).max(3600).default(2),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(120),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  PUBLIC_BASE_URL: z
    .string()
    .max(200)
    .regex(/^https?:\/\/[^/]+(\/[^?#]*)?$/, 'must be an http(s) address like https://khaosat.example.gov.vn')
    .optional(),
  REDIS_URL: z
    .string()
    .max(500)
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  REDIS_PREFIX: z
    .string()
    .max(100)
    .regex(/^[A-Za-z0-9:_.-]+$/, 'must be letters, digits, ":", "_", "." or "-"')
    .default('sipas:'),
  TRUST_PROXY: z
    .string()
    .max(2000)
    .refine((list) => {
      try {
        compileTrustProxy(list);
        return true;
      } catch {
        return false;
      }
    }, 'must be comma-separated IP addresses or CIDR ranges of the proxies in front of the API (e.g. 10.0.0.5,10.1.0.0/16)')
    .optional(),
});

export type Config = {
  port: number;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  /** The server's PostgreSQL pool (the command-line tools open theirs without timeouts). */
  pool: Required<PoolOptions>;
  admin: { username: string; password: string | undefined };
  cookieSecure: boolean;
  /** How often this instance folds new responses into the summaries; 0: never (another instance does). */
  foldSeconds: number;
  /** Requests a minute per client on the public endpoints; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Where citizens reach the platform, for the links in QR codes; unset: http://localhost:PORT (a test install). */
  publicBaseUrl: string;
  /** Where the instances share their request limits; undefined: each process counts in its own memory (one instance). */
  redis: { url: string; prefix: string } | undefined;
  /** The proxies whose X-Forwarded-For is believed; undefined: the socket address is the client. */
  trustProxy: string | undefined;
};

/** Reads the environment once, at start-up; every wrong value is named in the error. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.ADMIN_PASSWORD && !e.ADMIN_USERNAME) {
    throw new Error('invalid configuration:\n  ADMIN_USERNAME: must be set when ADMIN_PASSWORD is');
  }
  // The first administrator's password meets the same strength rule as every other password.
  const weak = e.ADMIN_PASSWORD && e.ADMIN_USERNAME ? passwordProblem(e.ADMIN_PASSWORD, e.ADMIN_USERNAME) : undefined;
  if (weak) throw new Error(`invalid configuration:\n  ADMIN_PASSWORD: ${weak}`);
  return {
    port: e.PORT,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: e.DATA_DIR },
    pool: {
      poolSize: e.DB_POOL_SIZE,
      statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: e.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
    },
    admin: { username: e.ADMIN_USERNAME ?? 'admin', password: e.ADMIN_PASSWORD },
    cookieSecure: e.COOKIE_SECURE === 'true',
    foldSeconds: e.SUMMARY_FOLD_SECONDS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    publicBaseUrl: e.PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? `http://localhost:${e.PORT}`,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.REDIS_PREFIX } : undefined,
    trustProxy: e.TRUST_PROXY,
  };
}
