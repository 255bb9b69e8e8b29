import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { ApiError } from '../errors';
import type { AppEnv } from '../context';
import type { LimitStore } from '../limits/store';
import { valid } from '../validate';
import { verifyPassword } from './password';
import { deleteSession, findUserForLogin } from './queries';
import { endSessionCookie, requireUser, sessionCookie, sessionIdOf, startSession } from './session';
import { clearFailures, recordFailure, signInRateLimit, usernameClientThrottle, usernameWait } from './throttle';

const credentials = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(200),
});

// A hash to compare against when the user does not exist, so both cases take the same time.
const decoyHash = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

const throttled = (message: string) => new ApiError(429, 'sign_in_throttled', message);
const inWords = (seconds: number) => (seconds < 60 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${Math.ceil(seconds / 60)} minutes`);

/** Built per app, on the app's limit store (memory per app, or Redis shared by the instances). */
export const authRoutes = (limits: LimitStore) => {
  const pairs = usernameClientThrottle(limits);
  return (
    new Hono<AppEnv>()
      // Login accepts JSON only (a cross-site form cannot send it without a CORS preflight).
      .post('/login', signInRateLimit(limits), valid('json', credentials), async (c) => {
        const { db, now } = c.var.deps;
        const { username, password } = c.req.valid('json');
        const fromHere = await pairs.wait(c, username);
        if (fromHere > 0) {
          c.header('Retry-After', String(fromHere));
          throw throttled(`Too many failed sign-ins for this username from this address. Try again in ${inWords(fromHere)}.`);
        }
        const wait = await usernameWait(db, username, now());
        if (wait > 0) {
          c.header('Retry-After', String(wait));
          throw throttled(`Too many failed sign-ins for this username. Try again in ${inWords(wait)}.`);
        }
        const user = await findUserForLogin(db, username);
        const ok = await verifyPassword(password, user?.passwordHash ?? decoyHash);
        if (!user || !ok || user.disabled) {
          await pairs.fail(c, username);
          await recordFailure(db, username, now());
          throw new ApiError(401, 'invalid_credentials', 'The username or password is wrong.');
        }
        await pairs.clear(c, username);
        await clearFailures(db, username);
        const csrfToken = await startSession(c, user.id);
        return c.json({ user: { id: user.id, username: user.username, role: user.role, unitId: user.unitId }, csrfToken });
      })
      .post('/logout', requireUser, async (c) => {
        const token = getCookie(c, sessionCookie);
        if (token) await deleteSession(c.var.deps.db, sessionIdOf(token));
        endSessionCookie(c);
        return c.body(null, 204);
      })
      .get('/me', requireUser, (c) => {
        const { id, username, role, unitId } = c.var.user;
        return c.json({ user: { id, username, role, unitId }, csrfToken: c.var.csrfToken });
      })
  );
};
