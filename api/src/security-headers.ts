// The security headers of every answer, fixed at start. On Node they are set on the ServerResponse
// before the route runs, which Node merges into the answer's head; elsewhere (app.request in the
// tests) on the finished Response. Hono's secureHeaders set the same eleven headers one by one on a
// Web Headers object after every request: a twelfth of a submission's CPU.
import type { ServerResponse } from 'node:http';
import type { MiddlewareHandler } from 'hono';

const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
];

/** The headers, with Strict-Transport-Security only when the install says it is served over HTTPS. */
export function securityHeaderList(https: boolean): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy.join('; ')],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Origin-Agent-Cluster', '?1'],
    ['Referrer-Policy', 'same-origin'],
    ...(https ? [['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'] as [string, string]] : []),
    ['X-Content-Type-Options', 'nosniff'],
    ['X-DNS-Prefetch-Control', 'off'],
    ['X-Download-Options', 'noopen'],
    ['X-Frame-Options', 'DENY'],
    ['X-Permitted-Cross-Domain-Policies', 'none'],
    ['X-XSS-Protection', '0'],
  ];
}

export function securityHeaders(https: boolean): MiddlewareHandler {
  const headers = securityHeaderList(https);
  return async (c, next) => {
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
    if (outgoing) {
      for (const [name, value] of headers) outgoing.setHeader(name, value);
      return next();
    }
    await next();
    for (const [name, value] of headers) c.res.headers.set(name, value);
  };
}
