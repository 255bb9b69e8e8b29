import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../api/src/config';

describe('loadConfig', () => {
  test('defaults to port 3000 and the embedded database in ./data', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      database: { kind: 'pglite', dataDir: './data' },
      pool: { poolSize: 10, statementTimeoutMs: 30_000, idleInTransactionTimeoutMs: 60_000, connectTimeoutMs: 5_000 },
      admin: { username: 'admin', password: undefined },
      cookieSecure: false,
      foldSeconds: 2,
      rateLimitPerMinute: 120,
      publicBaseUrl: 'http://localhost:3000',
      redis: undefined,
      trustProxy: undefined,
    });
  });

  test('reads the shared limits and the trusted proxies, and names a wrong entry', () => {
    const c = loadConfig({ REDIS_URL: 'redis://10.0.0.9:6379', TRUST_PROXY: '10.0.0.5, 10.1.0.0/16' });
    expect([c.redis, c.trustProxy]).toEqual([{ url: 'redis://10.0.0.9:6379', prefix: 'sipas:' }, '10.0.0.5, 10.1.0.0/16']);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.5, proxy.example' })).toThrow(
      'invalid configuration:\n  TRUST_PROXY: must be comma-separated IP addresses or CIDR ranges of the proxies in front of the API (e.g. 10.0.0.5,10.1.0.0/16)',
    );
    expect(() => loadConfig({ REDIS_URL: 'http://x' })).toThrow('REDIS_URL: must start with redis:// or rediss://');
  });

  test('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', PORT: '8080' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h/db',
    });
  });

  test('reads the pool size and the database timeouts, 0 turning a timeout off', () => {
    expect(
      loadConfig({
        DB_POOL_SIZE: '25',
        DB_STATEMENT_TIMEOUT_MS: '0',
        DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '5000',
        DB_CONNECT_TIMEOUT_MS: '1000',
      }).pool,
    ).toEqual({ poolSize: 25, statementTimeoutMs: 0, idleInTransactionTimeoutMs: 5000, connectTimeoutMs: 1000 });
    expect(() => loadConfig({ DB_POOL_SIZE: '0' })).toThrow('DB_POOL_SIZE: Too small: expected number to be >=1');
  });

  test('names each wrong value', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', ADMIN_PASSWORD: 'short' })).toThrow(
      'invalid configuration:\n' +
        '  PORT: Invalid input: expected number, received NaN\n' +
        '  DATABASE_URL: must start with postgres:// or postgresql://\n' +
        '  ADMIN_PASSWORD: must be at least 12 characters',
    );
  });

  test('refuses a first administrator password that is long enough but easy to guess', () => {
    expect(() => loadConfig({ ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'aaaaaaaaaaaaaa' })).toThrow(
      'invalid configuration:\n  ADMIN_PASSWORD: This password is too easy to guess: it repeats characters or words.',
    );
    expect(loadConfig({ ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'look-around-Sipas-2026!' }).admin).toEqual({
      username: 'admin',
      password: 'look-around-Sipas-2026!',
    });
  });
});
