import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ApiError } from '../errors';
import type { AppEnv } from '../context';
import { findSessionUser, insertSession } from './queries';

export const sessionCookie = 'sipas_session';
export const idleSeconds = 8 * 60 * 60;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function startSession(c: Context<AppEnv>, userId: number): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  await insertSession(c.var.deps.db, sessionIdOf(token), userId);
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: c.var.deps.cookieSecure,
    path: '/',
  });
}

export function endSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, sessionCookie, { path: '/', secure: c.var.deps.cookieSecure });
}

/** Every admin route sits behind this: no valid session, no access. */
export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, sessionCookie);
  const user = token ? await findSessionUser(c.var.deps.db, sessionIdOf(token), idleSeconds) : undefined;
  if (!user) throw new ApiError(401, 'unauthenticated', 'Please sign in.');
  c.set('user', user);
  await next();
};
