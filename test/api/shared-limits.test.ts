// The request limits with REDIS_URL: counted once for all instances (two apps on one Redis prefix
// stand for two API processes), and served unlimited, never refused, while Redis is down.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createApp } from '@sipas/api/app';
import { connectRedis } from '../../api/src/limits/redis';
import { adminPassword, signIn, startApp, type TestApp } from '../helpers/app';
import { freePort, ownRedis, redisAnswers, testRedisUrl, uniquePrefix, waitFor } from '../helpers/redis';

const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
const login = (app: ReturnType<typeof createApp>, address: string, username: string, password: string) =>
  app.request(
    '/api/admin/login',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) },
    from(address),
  );

describe.skipIf(!(await redisAnswers()))('limits shared through Redis', () => {
  let t: TestApp;
  const clients: Redis[] = [];
  /** Two apps, as two instances would be: the same database, the same Redis and prefix, nothing else in common. */
  const twoInstances = (options: { rateLimitPerMinute?: number } = {}) => {
    const prefix = uniquePrefix();
    return [0, 1].map(() => {
      const client = connectRedis(testRedisUrl);
      clients.push(client);
      return createApp({ db: t.testDb.db, ...options, redis: { client, prefix } });
    }) as [ReturnType<typeof createApp>, ReturnType<typeof createApp>];
  };
  beforeAll(async () => {
    t = await startApp('pglite');
    await signIn(t, 'hoa');
  });
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await t.testDb.destroy();
  });

  test('one client gets the public limit once across two instances', async () => {
    const [a, b] = twoInstances({ rateLimitPerMinute: 4 });
    await waitFor('both clients ready', () => clients.every((c) => c.status === 'ready'));
    const statuses = [];
    for (const app of [a, b, a, b, a, b]) statuses.push((await app.request('/api/forms/DEMO-01', {}, from('203.0.113.7'))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const limited = await b.request('/api/forms/DEMO-01', {}, from('203.0.113.7'));
    expect(await limited.json()).toEqual({
      error: { code: 'rate_limited', message: 'Too many requests from this address. Please wait a moment and try again.' },
    });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another client has its own count.
    expect((await a.request('/api/forms/DEMO-01', {}, from('198.51.100.2'))).status).toBe(200);
  });

  test('failed sign-ins of one client count once across two instances', async () => {
    const [a, b] = twoInstances();
    await waitFor('both clients ready', () => clients.every((c) => c.status === 'ready'));
    // 30 failures per client, half on each instance (refused input counts as a failure, and costs no scrypt)…
    for (let i = 0; i < 15; i++) {
      expect((await login(a, '203.0.113.8', '', '')).status).toBe(400);
      expect((await login(b, '203.0.113.8', '', '')).status).toBe(400);
    }
    // …and the right password is refused on either, while another client signs in.
    const refused = await login(a, '203.0.113.8', 'hoa', adminPassword);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({
      error: { code: 'sign_in_throttled', message: 'Too many sign-in attempts from this address. Please wait 15 minutes and try again.' },
    });
    expect((await login(b, '203.0.113.8', 'hoa', adminPassword)).status).toBe(429);
    expect((await login(b, '203.0.113.9', 'hoa', adminPassword)).status).toBe(200);
  });

  test('five wrong passwords for one username from one client, spread over two instances, stop that client', async () => {
    const [a, b] = twoInstances();
    await waitFor('both clients ready', () => clients.every((c) => c.status === 'ready'));
    for (const app of [a, b, a, b, a]) expect((await login(app, '198.51.100.77', 'hoa', 'wrong')).status).toBe(401);
    const res = await login(b, '198.51.100.77', 'hoa', adminPassword);
    // The window runs from the first failure, a few scrypt checks ago.
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(850);
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(900);
    expect([res.status, await res.json()]).toEqual([
      429,
      {
        error: {
          code: 'sign_in_throttled',
          message: 'Too many failed sign-ins for this username from this address. Try again in 15 minutes.',
        },
      },
    ]);
    // The per-username delay lives in the database, so the other instance imposes it too.
    const other = await login(a, '198.51.100.78', 'hoa', adminPassword);
    expect([other.status, await other.json()]).toEqual([
      429,
      { error: { code: 'sign_in_throttled', message: 'Too many failed sign-ins for this username. Try again in 1 second.' } },
    ]);
  });
});

describe.skipIf(!(await redisAnswers()))('limits while Redis is down', () => {
  let t: TestApp;
  let redis: ReturnType<typeof ownRedis>;
  let client: Redis;
  beforeAll(async () => {
    t = await startApp('pglite');
    await signIn(t, 'quang');
    redis = ownRedis(await freePort());
    await redis.start();
  });
  afterAll(async () => {
    client?.disconnect();
    await redis.kill();
    await t.testDb.destroy();
  });

  test('serves every request unlimited, logs the outage once, and enforces the limit again once Redis is back', async () => {
    client = connectRedis(redis.url);
    const app = createApp({ db: t.testDb.db, rateLimitPerMinute: 2, redis: { client, prefix: uniquePrefix() } });
    await waitFor('the client ready', () => client.status === 'ready');
    const forms = async (n: number) => {
      const statuses = [];
      for (let i = 0; i < n; i++) statuses.push((await app.request('/api/forms/DEMO-01', {}, from('203.0.113.20'))).status);
      return statuses;
    };
    expect(await forms(3)).toEqual([200, 200, 429]);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await redis.kill();
      expect(await forms(10)).toEqual(Array(10).fill(200));
      expect((await login(app, '203.0.113.20', 'quang', adminPassword)).status).toBe(200);
      const lines = logged.mock.calls.map((args) => String(args[0]));
      expect(lines.filter((l) => l.includes('Redis unreachable'))).toHaveLength(1);
      expect(lines.every((l) => l.startsWith('shared limits: Redis unreachable'))).toBe(true);
      // Back (empty, as a restarted Redis without persistence is): the client reconnects by itself.
      await redis.start();
      await waitFor('the client reconnected', () => client.status === 'ready');
      expect(await forms(3)).toEqual([200, 200, 429]);
      expect(logged.mock.calls.map((args) => String(args[0])).at(-1)).toBe('shared limits: Redis answers again; limits are enforced');
    } finally {
      logged.mockRestore();
    }
  });
});
