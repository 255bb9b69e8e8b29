// The counters behind the request limits (rate-limit.ts, auth/throttle.ts): in this process's memory,
// which holds for one instance only, or in Redis, shared by every instance that uses the same prefix.
// Clients are known only by a salted hash of their address; the salt changes daily and, with Redis,
// is one salt for all instances (kept in Redis), or the same client would count under different keys.
// An unreachable Redis fails open: the limits are not enforced, requests are served, and the outage
// is logged once when it starts and once when it ends.
import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, type RateLimiterRes } from 'rate-limiter-flexible';

export interface Count {
  /** Points counted in the window so far. */
  points: number;
  msBeforeReset: number;
}

export interface Counter {
  /** Adds points to the key; undefined when the store is unreachable (the caller lets the request through). */
  add(key: string, points?: number): Promise<Count | undefined>;
  /** Takes back points added before (a sign-in that succeeded). */
  subtract(key: string, points?: number): Promise<void>;
  /** The key's count without changing it (0 points when unseen); undefined when the store is unreachable. */
  peek(key: string): Promise<Count | undefined>;
  clear(key: string): Promise<void>;
}

export interface LimitStore {
  /** A fixed-window counter; names must differ per limit. */
  counter(name: string, windowSeconds: number): Counter;
  /** The salted hash a client is counted under, from its address and optional parts (a username). */
  clientKey(address: string, ...parts: string[]): Promise<string>;
  /** Tells the store the connection is up or down (the Redis client's events); logs only the changes. */
  outage: Outage;
}

export interface Outage {
  down(err: unknown): void;
  up(): void;
}

function outageLog(log: (line: string) => void): Outage {
  let isDown = false;
  return {
    down(err) {
      if (isDown) return;
      isDown = true;
      log(`shared limits: Redis unreachable (${(err as Error)?.message ?? err}); limits are not enforced until it answers again`);
    },
    up() {
      if (!isDown) return;
      isDown = false;
      log('shared limits: Redis answers again; limits are enforced');
    },
  };
}

function wrap(limiter: RateLimiterAbstract, outage: Outage): Counter {
  const count = (res: RateLimiterRes | null): Count => ({ points: res?.consumedPoints ?? 0, msBeforeReset: res?.msBeforeNext ?? 0 });
  const guarded = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      const result = await work();
      outage.up();
      return result;
    } catch (err) {
      outage.down(err);
      return undefined;
    }
  };
  return {
    add: (key, points = 1) => guarded(async () => count(await limiter.penalty(key, points))),
    subtract: async (key, points = 1) => {
      await guarded(() => limiter.reward(key, points));
    },
    peek: (key) => guarded(async () => count(await limiter.get(key))),
    clear: async (key) => {
      await guarded(() => limiter.delete(key));
    },
  };
}

const hash = (salt: Buffer | string, address: string, parts: string[]) => {
  const h = createHash('sha256').update(salt).update(address);
  for (const part of parts) h.update('\0').update(part);
  return h.digest('base64url');
};

const dayOf = (now: () => Date) => now().toISOString().slice(0, 10);

// Memory counters are unbounded in key count only as far as clients are; the library prunes expired keys.
// A large `points` keeps the library from refusing: the callers compare counts with their own limits.
const unlimited = 1_000_000_000;

export function memoryLimits(now: () => Date, log = (line: string) => console.error(line)): LimitStore {
  let day = '';
  let salt = randomBytes(16);
  const outage = outageLog(log);
  return {
    counter: (name, windowSeconds) => wrap(new RateLimiterMemory({ keyPrefix: name, points: unlimited, duration: windowSeconds }), outage),
    async clientKey(address, ...parts) {
      if (dayOf(now) !== day) {
        day = dayOf(now);
        salt = randomBytes(16);
      }
      return hash(salt, address, parts);
    },
    outage,
  };
}

export function redisLimits(redis: Redis, prefix: string, now: () => Date, log = (line: string) => console.error(line)): LimitStore {
  const outage = outageLog(log);
  const salts = new Map<string, string>();
  const stopGap = randomBytes(16);
  // The first instance to need today's salt sets it; the others read the same one. It outlives the
  // day by one so a request at midnight finds it, then goes.
  async function saltOf(day: string): Promise<string> {
    const known = salts.get(day);
    if (known) return known;
    const key = `${prefix}salt:${day}`;
    await redis.set(key, randomBytes(16).toString('hex'), 'EX', 2 * 86_400, 'NX');
    const salt = await redis.get(key);
    if (!salt) throw new Error('the salt vanished from Redis');
    salts.clear();
    salts.set(day, salt);
    return salt;
  }
  return {
    counter: (name, windowSeconds) =>
      wrap(
        new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `${prefix}${name}`,
          points: unlimited,
          duration: windowSeconds,
          // Fail at once while disconnected, instead of waiting for a reconnect inside a request.
          rejectIfRedisNotReady: true,
        }),
        outage,
      ),
    async clientKey(address, ...parts) {
      try {
        return hash(await saltOf(dayOf(now)), address, parts);
      } catch (err) {
        // Without Redis the counters are out of reach too; a salt of this process keeps the key a secret.
        outage.down(err);
        return hash(stopGap, address, parts);
      }
    },
    outage,
  };
}
