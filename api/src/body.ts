// Reading a request's body once, within its route's limit. With a Content-Length (every browser,
// phone and kiosk sends one) the header is checked and the body read by @hono/node-server's fast
// path, straight from Node's request; only a chunked body, of unknown length, is read as a stream
// and counted as it comes. (Hono's bodyLimit middleware turned every request into a Web Request
// with a ReadableStream first: a sixth of a submission's cost.)
import type { Context } from 'hono';
import { ApiError } from './errors';

export interface BodyLimit {
  bytes: number;
  /** The 413's message, e.g. "The body is over 64 KB." */
  message: string;
}

/** The limit of every route that reads a body, unless it names its own. */
export const defaultBodyLimit: BodyLimit = { bytes: 64 * 1024, message: 'The body is over 64 KB.' };

const tooLarge = (limit: BodyLimit) => new ApiError(413, 'payload_too_large', limit.message);

/** A Content-Length over the limit: refused before anything reads the body. */
export function checkContentLength(c: Context, limit: BodyLimit): void {
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > limit.bytes) throw tooLarge(limit);
}

/** The body's bytes, 413 once they pass the limit. */
export async function readBody(c: Context, limit: BodyLimit = defaultBodyLimit): Promise<Uint8Array> {
  checkContentLength(c, limit);
  if (c.req.header('content-length') !== undefined) return new Uint8Array(await c.req.arrayBuffer());
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit.bytes) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
