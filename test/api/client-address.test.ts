// Who the client is: the socket's address, unless TRUST_PROXY names the proxy it came through.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '@sipas/api/app';
import { addressOf, compileTrustProxy } from '../../api/src/client-address';
import { startApp, type TestApp } from '../helpers/app';

describe('the client address', () => {
  test('is the socket address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(addressOf('10.0.0.5', '203.0.113.7', undefined)).toBe('10.0.0.5');
  });

  test('is the rightmost untrusted hop of X-Forwarded-For, behind trusted proxies', () => {
    const trust = compileTrustProxy('10.0.0.5, 10.1.0.0/16');
    // One proxy: the hop it saw.
    expect(addressOf('10.0.0.5', '203.0.113.7', trust)).toBe('203.0.113.7');
    // A client's own (spoofed) entries sit left of what the proxy appended, and are not read.
    expect(addressOf('10.0.0.5', '1.2.3.4, 203.0.113.7', trust)).toBe('203.0.113.7');
    // Two trusted proxies in a row, then an untrusted hop: that hop is the client, not the entry before it.
    expect(addressOf('10.0.0.5', '203.0.113.9, 192.0.2.66, 10.1.4.4', trust)).toBe('192.0.2.66');
    // A request that did not come through a trusted proxy: its header is not believed.
    expect(addressOf('192.0.2.1', '203.0.113.7', trust)).toBe('192.0.2.1');
    // IPv4 clients arrive on a dual-stack socket as IPv4-mapped IPv6.
    expect(addressOf('::ffff:10.0.0.5', '203.0.113.7', trust)).toBe('203.0.113.7');
  });

  test('refuses a TRUST_PROXY entry that is not an address or range', () => {
    expect(() => compileTrustProxy('10.0.0.5, proxy.example')).toThrow();
    expect(() => compileTrustProxy(' , ')).toThrow('names no address');
  });
});

describe('the public limit behind a proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('pglite');
  });
  afterAll(() => t.testDb.destroy());
  const get = async (app: ReturnType<typeof createApp>, socket: string, forwardedFor: string) => {
    const env = { incoming: { socket: { remoteAddress: socket } } };
    return (await app.request('/api/forms/DEMO-01', { headers: { 'x-forwarded-for': forwardedFor } }, env)).status;
  };

  test('without TRUST_PROXY, a new spoofed X-Forwarded-For per request does not escape the limit', async () => {
    const app = createApp({ db: t.testDb.db, rateLimitPerMinute: 2 });
    expect([
      await get(app, '198.51.100.9', '1.1.1.1'),
      await get(app, '198.51.100.9', '2.2.2.2'),
      await get(app, '198.51.100.9', '3.3.3.3'),
    ]).toEqual([200, 200, 429]);
  });

  test('with TRUST_PROXY, clients behind the one proxy address are counted apart, and a spoofed entry does not help', async () => {
    const app = createApp({ db: t.testDb.db, rateLimitPerMinute: 2, trustProxy: '10.0.0.5' });
    expect([await get(app, '10.0.0.5', '203.0.113.7'), await get(app, '10.0.0.5', '9.9.9.9, 203.0.113.7')]).toEqual([200, 200]);
    expect(await get(app, '10.0.0.5', '8.8.8.8, 203.0.113.7')).toBe(429);
    expect(await get(app, '10.0.0.5', '198.51.100.2')).toBe(200);
  });
});
