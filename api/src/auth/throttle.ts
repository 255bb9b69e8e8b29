// Sign-in throttling, with no hard lock that someone else can put on an account:
// - per username and client (in the limit store, limits/store.ts: memory, or Redis shared by the
//   instances): five failures in 15 minutes and that client, and only
//   that client, must wait out the window for that username;
// - per username (in the database, so it holds across instances and restarts): after five
//   failures in 15 minutes each further try waits a delay that doubles per failure, from 1 s up
//   to a minute, counted from the last failure. Guessing stays slow (about one guess a minute
//   however many clients), while the real user, from their own client, waits at most a minute;
// - per client (in the limit store): 30 failures in 15 minutes, against one client trying many usernames.
import type { Context, MiddlewareHandler } from 'hono';
import { type Kysely, sql } from 'kysely';
import type { Database } from '@sipas/db';
import type { AppEnv } from '../context';
import { errorBody } from '../errors';
import { clientAddress } from '../client-address';
import type { LimitStore } from '../limits/store';

export const failureWindowSeconds = 15 * 60;
export const failuresPerUsername = 5;
export const attemptsPerClient = 30;
export const failuresPerUsernameAndClient = 5;
export const longestDelaySeconds = 60;

/** The delay after `failures` recent failures of a username: 0 for the first five, then 1, 2, 4 … 60 s. */
export const delayAfter = (failures: number) =>
  failures < failuresPerUsername ? 0 : Math.min(longestDelaySeconds, 2 ** (failures - failuresPerUsername));

/** Seconds to wait before the next try for this username, or 0 when it may try now. */
export async function usernameWait(db: Kysely<Database>, username: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom('sign_in_failures')
    .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('at').as('last')])
    .where('username', '=', username.toLowerCase())
    .where('at', '>', new Date(now.getTime() - failureWindowSeconds * 1000))
    .executeTakeFirstOrThrow();
  const delay = delayAfter(Number(row.n));
  if (delay === 0 || !row.last) return 0;
  const left = (new Date(row.last).getTime() + delay * 1000 - now.getTime()) / 1000;
  return left > 0 ? Math.ceil(left) : 0;
}

/**
 * Failures per username and client, in the limit store. A client that failed five times for a
 * username waits out the window, for that username only.
 */
export function usernameClientThrottle(limits: LimitStore) {
  const failures = limits.counter('signin-pair', failureWindowSeconds);
  const keyOf = (c: Context<AppEnv>, username: string) => limits.clientKey(clientAddress(c), username.toLowerCase());
  return {
    /** Seconds this client must wait for this username, or 0 (also when the store is unreachable). */
    async wait(c: Context<AppEnv>, username: string): Promise<number> {
      const count = await failures.peek(await keyOf(c, username));
      if (!count || count.points < failuresPerUsernameAndClient) return 0;
      return Math.max(1, Math.ceil(count.msBeforeReset / 1000));
    },
    async fail(c: Context<AppEnv>, username: string): Promise<void> {
      await failures.add(await keyOf(c, username));
    },
    async clear(c: Context<AppEnv>, username: string): Promise<void> {
      await failures.clear(await keyOf(c, username));
    },
  };
}

export async function recordFailure(db: Kysely<Database>, username: string, now: Date): Promise<void> {
  await db.insertInto('sign_in_failures').values({ username: username.toLowerCase(), at: now }).execute();
  // Keep the table small: older failures no longer count.
  await db
    .deleteFrom('sign_in_failures')
    .where('at', '<', sql<Date>`${new Date(now.getTime() - failureWindowSeconds * 1000)}`)
    .execute();
}

export async function clearFailures(db: Kysely<Database>, username: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('username', '=', username.toLowerCase()).execute();
}

/** Counts failed sign-ins per client (successful ones are free: an office shares one address). */
export function signInRateLimit(limits: LimitStore): MiddlewareHandler<AppEnv> {
  const failures = limits.counter('signin-client', failureWindowSeconds);
  return async (c, next) => {
    const key = await limits.clientKey(clientAddress(c));
    // Counted before the check, so parallel tries cannot all slip under the limit; given back on success.
    const count = await failures.add(key);
    if (count && count.points > attemptsPerClient) {
      c.header('Retry-After', String(Math.max(1, Math.ceil(count.msBeforeReset / 1000))));
      return c.json(
        errorBody('sign_in_throttled', 'Too many sign-in attempts from this address. Please wait 15 minutes and try again.'),
        429,
      );
    }
    await next();
    if (count && c.res.status < 400) await failures.subtract(key);
  };
}
