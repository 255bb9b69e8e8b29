// The server as `npm start` runs it in production: compiled JavaScript under plain node (no
// TypeScript loader), on an embedded database it migrates and seeds itself, with no database server.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { securityHeaderList } from '../../api/src/security-headers';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
  const probe = createServer();
  return new Promise((resolve) =>
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    }),
  );
}

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sipas-compiled-'));
  let port: number;
  let output = '';
  let exited: Promise<number | null>;
  let server: ReturnType<typeof spawn>;
  beforeAll(async () => {
    port = await freePort();
    const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, PORT: String(port), DEMO_RESPONSES: 'false' };
    delete env.DATABASE_URL;
    // What `npm start` runs: builds what is missing or stale, then imports api/dist/server.js.
    server = spawn(process.execPath, [join(root, 'api/scripts/start.mjs')], { cwd: root, env });
    server.stdout!.on('data', (d) => (output += d));
    server.stderr!.on('data', (d) => (output += d));
    exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 1500 && !output.includes('SIPAS platform on') && server.exitCode === null; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain('SIPAS platform on');
  }, 180_000);
  afterAll(() => {
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('answers /healthz from the compiled server', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  test('runs in node itself: the process holding the database is the one started, not a loader child', () => {
    expect(JSON.parse(readFileSync(join(dataDir, 'server.lock'), 'utf8')).pid).toBe(server.pid);
  });

  test('migrated and seeded its embedded database: the demo counter has its form', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/forms/DEMO-01`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.servicePoint.code).toBe('DEMO-01');
    expect(body.questionnaire.version).toBe(1);
  });

  test('sends the security headers over HTTP, set on the Node response, on answers, errors and pages alike', async () => {
    for (const path of ['/healthz', '/api/nowhere', '/api/admin/me', '/s/DEMO-01']) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      const security = Object.fromEntries(
        [...res.headers].filter(([name]) => /^(content-security|cross-origin|origin-agent|referrer|strict-transport|x-)/.test(name)),
      );
      expect({ path, security }).toEqual({
        path,
        security: Object.fromEntries(securityHeaderList(false).map(([name, value]) => [name.toLowerCase(), value])),
      });
    }
    expect(securityHeaderList(false)).toContainEqual(['X-Frame-Options', 'DENY']);
  });

  test('serves the built survey app', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/s/DEMO-01`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="app"></div>');
  });

  test('stops cleanly on SIGTERM', async () => {
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('stopped');
  });
});
