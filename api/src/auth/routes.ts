import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { ApiError } from '../errors';
import type { AppEnv } from '../context';
import { valid } from '../validate';
import { verifyPassword } from './password';
import { deleteSession, findUserForLogin } from './queries';
import { endSessionCookie, requireUser, sessionCookie, sessionIdOf, startSession } from './session';

const credentials = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(200),
});

// A hash to compare against when the user does not exist, so both cases take the same time.
const decoyHash = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export const auth = new Hono<AppEnv>()
  .post('/login', valid('json', credentials), async (c) => {
    const { username, password } = c.req.valid('json');
    const user = await findUserForLogin(c.var.deps.db, username);
    const ok = await verifyPassword(password, user?.passwordHash ?? decoyHash);
    if (!user || !ok || user.disabled) {
      throw new ApiError(401, 'invalid_credentials', 'The username or password is wrong.');
    }
    await startSession(c, user.id);
    return c.json({ user: { username: user.username, role: user.role, unitId: user.unitId } });
  })
  .post('/logout', async (c) => {
    const token = getCookie(c, sessionCookie);
    if (token) await deleteSession(c.var.deps.db, sessionIdOf(token));
    endSessionCookie(c);
    return c.body(null, 204);
  })
  .get('/me', requireUser, (c) => {
    const { username, role, unitId } = c.var.user;
    return c.json({ user: { username, role, unitId } });
  });
