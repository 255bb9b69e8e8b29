// The Redis connection for the shared limits (REDIS_URL). Commands never wait for a reconnect: a
// request must not hang on Redis, it goes through unlimited instead (limits/store.ts), and the
// client keeps reconnecting by itself in the background.
import { Redis } from 'ioredis';
import type { Outage } from './store';

export function connectRedis(url: string): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // A Redis that accepts the connection but stops answering counts as down after this long.
    commandTimeout: 500,
    connectTimeout: 2_000,
    // Try again soon, then every two seconds, for ever.
    retryStrategy: (times) => Math.min(times * 100, 2_000),
  });
}

/** Feeds the client's connection events to the store's outage log (and keeps ioredis from printing each retry). */
export function watchRedis(redis: Redis, outage: Outage): void {
  redis.on('error', (err: Error) => outage.down(err));
  redis.on('ready', () => outage.up());
}

/** Waits until the client is ready, or `ms` have passed (the server then starts with the limits failing open). */
export function redisReady(redis: Redis, ms: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
