// Per-client limit on the public endpoints, counted in the app's limit store (limits/store.ts): in
// memory for one instance, in Redis for several. Nothing about a client is kept but a salted hash.
import type { MiddlewareHandler } from 'hono';
import { clientAddress } from './client-address';
import type { AppEnv } from './context';
import { errorBody } from './errors';
import type { LimitStore } from './limits/store';

/**
 * perMinute requests a minute per client; many phones behind one office address share it, so be generous.
 * 0 turns the limit off (the middleware stays, so the app's route chain, and with it AppType, is the same).
 */
export function publicRateLimit(perMinute: number, limits: LimitStore): MiddlewareHandler<AppEnv> {
  if (perMinute <= 0) return (_c, next) => next();
  const requests = limits.counter('public', 60);
  return async (c, next) => {
    // Signed-in office staff are not the public; sign-in has its own throttle (auth/throttle.ts).
    if (c.req.path.startsWith('/api/admin/')) return next();
    const count = await requests.add(await limits.clientKey(clientAddress(c)));
    // Unreachable store: serve unlimited rather than refuse everyone (the store logs the outage).
    if (!count) return next();
    const reset = Math.max(1, Math.ceil(count.msBeforeReset / 1000));
    c.header('RateLimit-Policy', `${perMinute};w=60`);
    c.header('RateLimit-Limit', String(perMinute));
    c.header('RateLimit-Remaining', String(Math.max(0, perMinute - count.points)));
    c.header('RateLimit-Reset', String(reset));
    if (count.points <= perMinute) return next();
    c.header('Retry-After', String(reset));
    return c.json(errorBody('rate_limited', 'Too many requests from this address. Please wait a moment and try again.'), 429);
  };
}
