// Compression on the fly for what the API writes itself (the form, the admin's JSON, index.html):
// brotli when the client takes it, else gzip. Built assets are compressed once at build time
// (vite-plugin-compression2) and served as they are by static-apps.ts.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

/** Below this a compressed body saves less than the headers and the work cost. */
export const compressThreshold = 1024;

const compressible = /^(?:application\/json|text\/html|text\/javascript)\b/i;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
// Quality 5 of 11: most of brotli's gain at a small part of its time, for bodies made per request.
const brotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

/** The encoding to answer in: br, gzip or none, by the q-values of Accept-Encoding. */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const q = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    q.set(name, weight === undefined ? 1 : Number(weight));
  }
  const of = (name: string) => q.get(name) ?? q.get('*') ?? 0;
  if (of('br') > 0 && of('br') >= of('gzip')) return 'br';
  return of('gzip') > 0 ? 'gzip' : undefined;
}

/**
 * Compresses GET answers of JSON, HTML and JavaScript over the threshold. Only GET: what a POST
 * answers (a receipt) is small, and the submission path should not pay for reading it back.
 */
export function compressResponses(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (c.req.method !== 'GET' || !res.body || res.headers.has('content-encoding')) return;
    if (!compressible.test(res.headers.get('content-type') ?? '')) return;
    if (/\bno-transform\b/i.test(res.headers.get('cache-control') ?? '')) return;
    if (!/\baccept-encoding\b/i.test(res.headers.get('vary') ?? '')) res.headers.append('vary', 'Accept-Encoding');
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    if (!encoding) return;
    const body = Buffer.from(await res.arrayBuffer());
    if (body.length < compressThreshold) {
      c.res = new Response(body, res);
      return;
    }
    const packed = encoding === 'br' ? await brotli(body, brotliOptions) : await gzipped(body);
    // Hono's setter carries the old headers over; the ones that change are set after it.
    c.res = new Response(new Uint8Array(packed), res);
    c.res.headers.set('content-encoding', encoding);
    c.res.headers.set('content-length', String(packed.length));
    const etag = c.res.headers.get('etag');
    if (etag && !etag.startsWith('W/')) c.res.headers.set('etag', `W/${etag}`);
  };
}
