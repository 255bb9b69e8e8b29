// Per-client limits on the public endpoints. A client is known only by a salted hash of its
// address; the salt is random, lives in memory and changes daily, and nothing is stored.
import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { AppEnv } from './context';
import { errorBody } from './errors';

function rotatingSalt(now: () => Date) {
  let day = '';
  let salt = randomBytes(16);
  return () => {
    const today = now().toISOString().slice(0, 10);
    if (today !== day) {
      day = today;
      salt = randomBytes(16);
    }
    return salt;
  };
}

export function clientAddress(c: Context<AppEnv>): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * perMinute requests a minute per client; many phones behind one office address share it, so be generous.
 * 0 turns the limit off (the middleware stays, so the app's route chain, and with it AppType, is the same).
 */
export function publicRateLimit(perMinute: number, now: () => Date): MiddlewareHandler<AppEnv> {
  if (perMinute <= 0) return (_c, next) => next();
  const salt = rotatingSalt(now);
  return rateLimiter<AppEnv>({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-6',
    // Signed-in office staff are not the public; sign-in has its own throttle (auth/throttle.ts).
    skip: (c) => c.req.path.startsWith('/api/admin/'),
    keyGenerator: (c) => createHash('sha256').update(salt()).update(clientAddress(c)).digest('base64url'),
    handler: (c) => c.json(errorBody('rate_limited', 'Too many requests from this address. Please wait a moment and try again.'), 429),
  });
}
