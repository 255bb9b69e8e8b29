// Serves the built survey app at /s/:code and the admin app at /admin (both single-page apps).
// Assets carry a content hash in their names, so a browser keeps them for a year; index.html names
// them, so it is checked at every load. Each asset is sent as its .br or .gz made at build time
// when the browser takes that encoding (index.html and sw.js are compressed by compress.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import type { AppEnv } from './context';
import { errorBody } from './errors';

export interface StaticDirs {
  survey: string;
  admin: string;
}

export const hashedAssetCache = 'public, max-age=31536000, immutable';

/** index.html: always revalidated, so a new build's asset names reach the browser at once. */
function page200(c: Context<AppEnv>, html: string) {
  c.header('Cache-Control', 'no-cache');
  return c.html(html);
}

export function staticApps(dirs: StaticDirs) {
  const app = new Hono<AppEnv>();
  for (const [prefix, dir] of [
    ['/s', dirs.survey],
    ['/admin', dirs.admin],
  ] as const) {
    app.use(
      `${prefix}/assets/*`,
      async (c, next) => {
        await next();
        if (!c.res.ok) return;
        c.header('Cache-Control', hashedAssetCache);
        // serveStatic says Vary only when it sends a compressed file; a cache must hear it for the plain one too.
        c.header('Vary', 'Accept-Encoding');
      },
      serveStatic({ root: dir, precompressed: true, rewriteRequestPath: (p) => p.slice(prefix.length) }),
    );
    app.get(`${prefix}/assets/*`, (c) => c.json(errorBody('not_found', `No file at ${c.req.path}.`), 404));
    const page = async (c: Context<AppEnv>) => {
      try {
        return page200(c, await readFile(join(dir, 'index.html'), 'utf8'));
      } catch {
        return c.json(errorBody('not_built', `The app in ${dir} is not built: run npm run build.`), 503);
      }
    };
    app.get(`${prefix}/*`, page);
    if (prefix === '/admin') app.get(prefix, (c) => c.redirect('/admin/'));
  }
  // The kiosk page is the survey app too.
  app.get('/k/*', async (c) => {
    try {
      return page200(c, await readFile(join(dirs.survey, 'index.html'), 'utf8'));
    } catch {
      return c.json(errorBody('not_built', `The app in ${dirs.survey} is not built: run npm run build.`), 503);
    }
  });
  // The survey's service worker lives at the root so that it can serve both /s/ and /k/ offline.
  app.get('/sw.js', async (c) => {
    try {
      const body = await readFile(join(dirs.survey, 'sw.js'), 'utf8');
      return c.body(body, 200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'no-cache',
        'service-worker-allowed': '/',
      });
    } catch {
      return c.json(errorBody('not_found', 'No service worker is built.'), 404);
    }
  });
  app.get('/', (c) => c.redirect('/admin/'));
  return app;
}
