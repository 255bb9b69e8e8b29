import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Role } from '@sipas/db';
import { ApiError } from '../errors';
import type { AppEnv } from '../context';
import { deleteSession, findSessionUser, insertSession } from './queries';

export const sessionCookie = 'sipas_session';
export const csrfHeader = 'x-csrf-token';
export const idleSeconds = 8 * 60 * 60;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Starts a session and returns its CSRF token, which the app sends back on every change. The
 * session this browser held before (any user's) ends here, so a sign-in never leaves one behind.
 */
export async function startSession(c: Context<AppEnv>, userId: number): Promise<string> {
  const previous = getCookie(c, sessionCookie);
  if (previous) await deleteSession(c.var.deps.db, sessionIdOf(previous));
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await insertSession(c.var.deps.db, sessionIdOf(token), userId, csrfToken);
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: c.var.deps.cookieSecure,
    path: '/',
  });
  return csrfToken;
}

export function endSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, sessionCookie, { path: '/', secure: c.var.deps.cookieSecure });
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/**
 * Every admin route sits behind this: no valid session, no access. A state-changing request must
 * also carry the session's CSRF token in a header, which another site's page cannot read or set.
 */
export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, sessionCookie);
  const found = token ? await findSessionUser(c.var.deps.db, sessionIdOf(token), idleSeconds) : undefined;
  if (!found) throw new ApiError(401, 'unauthenticated', 'Please sign in.');
  const { csrfToken, ...user } = found;
  if (!safeMethods.has(c.req.method) && !sameToken(c.req.header(csrfHeader) ?? '', csrfToken)) {
    throw new ApiError(403, 'csrf_failed', `A change needs the session's ${csrfHeader} header; reload the page and try again.`);
  }
  c.set('user', user);
  c.set('csrfToken', csrfToken);
  await next();
};

/** Lets only the named roles through (after requireUser). */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!roles.includes(c.var.user.role)) {
      throw new ApiError(403, 'forbidden', 'Your role does not allow this.');
    }
    await next();
  };
}
