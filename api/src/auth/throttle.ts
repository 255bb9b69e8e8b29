// Sign-in throttling. Per username in the database, so it holds across API instances and
// restarts; per client in memory (a salted hash of the address), against one client trying many
// usernames.
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { type Kysely, sql } from 'kysely';
import type { Database } from '@sipas/db';
import type { AppEnv } from '../context';
import { errorBody } from '../errors';
import { clientAddress } from '../rate-limit';

export const failureWindowSeconds = 15 * 60;
export const failuresPerUsername = 5;
export const attemptsPerClient = 30;

/** Seconds to wait before the next try for this username, or 0 when it may try now. */
export async function usernameWait(db: Kysely<Database>, username: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom('sign_in_failures')
    .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('at').as('first')])
    .where('username', '=', username.toLowerCase())
    .where('at', '>', new Date(now.getTime() - failureWindowSeconds * 1000))
    .executeTakeFirstOrThrow();
  if (Number(row.n) < failuresPerUsername || !row.first) return 0;
  const first = new Date(row.first).getTime();
  return Math.max(1, Math.ceil((first + failureWindowSeconds * 1000 - now.getTime()) / 1000));
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
export function signInRateLimit() {
  const salt = randomBytes(16);
  return rateLimiter<AppEnv>({
    windowMs: failureWindowSeconds * 1000,
    limit: attemptsPerClient,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-6',
    keyGenerator: (c: Context<AppEnv>) => createHash('sha256').update(salt).update(clientAddress(c)).digest('base64url'),
    handler: (c) =>
      c.json(errorBody('sign_in_throttled', 'Too many sign-in attempts from this address. Please wait 15 minutes and try again.'), 429),
  });
}
