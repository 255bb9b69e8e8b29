// What travels on the wire: built assets as the .br/.gz written beside them at build, cached for a
// year; index.html revalidated every time; the API's JSON compressed on the fly. On PGlite only:
// none of it depends on the database.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '@sipas/api/app';
import { freshDb, type TestDb } from '../helpers/db';

const script = `export const greeting = ${JSON.stringify('xin chào '.repeat(400))};\n`;
const html = '<!doctype html><html lang="vi"><head><script type="module" src="/s/assets/index-AbC123.js"></script></head></html>';

let testDb: TestDb;
let app: ReturnType<typeof createApp>;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sipas-static-'));
  for (const name of ['survey', 'admin']) {
    mkdirSync(join(dir, name, 'assets'), { recursive: true });
    writeFileSync(join(dir, name, 'index.html'), html);
  }
  const asset = join(dir, 'survey', 'assets', 'index-AbC123.js');
  writeFileSync(asset, script);
  writeFileSync(`${asset}.br`, brotliCompressSync(script));
  writeFileSync(`${asset}.gz`, gzipSync(script));
  writeFileSync(join(dir, 'survey', 'assets', 'plain-XyZ789.css'), 'body{margin:0}');
  testDb = await freshDb('pglite');
  app = createApp({ db: testDb.db, staticDirs: { survey: join(dir, 'survey'), admin: join(dir, 'admin') } });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await testDb?.destroy();
});

const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('a hashed asset', () => {
  test('is sent as its brotli file when the browser takes br, cached for a year', async () => {
    const res = await app.request('/s/assets/index-AbC123.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(brotliDecompressSync(await bytes(res)).toString('utf8')).toBe(script);
  });

  test('is sent as its gzip file when the browser takes only gzip', async () => {
    const res = await app.request('/s/assets/index-AbC123.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(res)).toString('utf8')).toBe(script);
  });

  test('is sent as it is to a client that takes no encoding, still with Vary and the year', async () => {
    const res = await app.request('/s/assets/index-AbC123.js');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(await res.text()).toBe(script);
  });

  test('too small to be compressed at build is sent as it is', async () => {
    const res = await app.request('/s/assets/plain-XyZ789.css', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe('body{margin:0}');
  });

  test('that does not exist is a 404 in the envelope, not cached', async () => {
    const res = await app.request('/s/assets/gone-000.js', { headers: { 'accept-encoding': 'br' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBeNull();
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No file at /s/assets/gone-000.js.' } });
  });
});

test.each(['/s/DEMO-01', '/k/some-key', '/admin/'])('the page %s is index.html, revalidated at every load', async (path) => {
  const res = await app.request(path, { headers: { 'accept-encoding': 'br' } });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-cache');
  expect(await res.text()).toBe(html);
});

describe('the form JSON', () => {
  test('comes in brotli when asked, and decompresses to the same body as the plain answer', async () => {
    const plain = await app.request('/api/forms/DEMO-01');
    const plainText = await plain.text();
    expect(plainText.length).toBeGreaterThan(1024);
    const res = await app.request('/api/forms/DEMO-01', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
    const packed = await bytes(res);
    expect(Number(res.headers.get('content-length'))).toBe(packed.length);
    expect(packed.length).toBeLessThan(plainText.length / 2);
    expect(JSON.parse(brotliDecompressSync(packed).toString('utf8'))).toEqual(JSON.parse(plainText));
  });

  test('comes in gzip when brotli is refused with q=0', async () => {
    const res = await app.request('/api/forms/DEMO-01', { headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const plain = await (await app.request('/api/forms/DEMO-01')).json();
    expect(JSON.parse(gunzipSync(await bytes(res)).toString('utf8'))).toEqual(plain);
  });

  test('a small answer is left as it is', async () => {
    const res = await app.request('/healthz', { headers: { 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
