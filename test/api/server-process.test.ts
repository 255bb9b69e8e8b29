// The server as `npm run serve` starts it, on an embedded database of its own: the lock that keeps
// the command-line tools out, Node's own 400/431 answers, and a bounded SIGTERM.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDb } from '@sipas/db';
import { freePort, runScript as run, type ServerProcess, startServer, submissionLoad } from '../helpers/server-process';

let port: number;

/** Sends raw bytes and returns what the server answers before it closes the socket. */
function rawRequest(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (d) => (answer += d));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('the server process on an embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sipas-server-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    DEMO_RESPONSES: 'false',
    SUMMARY_FOLD_SECONDS: '0',
    RATE_LIMIT_PER_MINUTE: '0',
  };
  delete env.DATABASE_URL;
  let server: ServerProcess;
  let child: ChildProcess;
  beforeAll(async () => {
    port = await freePort();
    env.PORT = String(port);
    server = await startServer(env);
    child = server.child;
  }, 120_000);
  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a command-line tool refuses to open the database the server holds', async () => {
    expect(existsSync(join(dataDir, 'server.lock'))).toBe(true);
    const cli = run('api/src/cli/kiosk-issue.ts', env, ['--service-point', 'DEMO-01', '--name', 'Quầy 1']);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toContain(`The embedded database in ${dataDir} is held by a running SIPAS server or command (pid ${child.pid}).`);
    expect(cli.output()).toContain('stop the server first, or do this in the admin app.');
    expect(cli.output()).not.toContain('/k/');
  }, 180_000);

  test('answers a malformed request and oversized headers with the error envelope', async () => {
    const malformed = await rawRequest('GET / HTTP/1.1\r\nHost: x\r\nbroken header line\r\n\r\n');
    expect(malformed).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(malformed).toContain('x-content-type-options: nosniff');
    expect(malformed.split('\r\n\r\n')[1]).toBe(JSON.stringify({ error: { code: 'invalid_input', message: 'The request is malformed.' } }));
    const huge = await rawRequest(`GET /healthz HTTP/1.1\r\nHost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(huge.split('\r\n\r\n')[1]).toBe(
      JSON.stringify({ error: { code: 'invalid_input', message: 'The request headers are too large.' } }),
    );
  });

  test('counts a chunked body against the limit as it arrives, and reads one within it', async () => {
    const chunked = (parts: string[]) =>
      'POST /api/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
      parts.map((p) => `${Buffer.byteLength(p).toString(16)}\r\n${p}\r\n`).join('') +
      '0\r\n\r\n';
    const big = await rawRequest(chunked(['{"comment":"', 'a'.repeat(10_000), 'b'.repeat(10_000), '"}']));
    expect(big).toMatch(/^HTTP\/1\.1 413 /);
    expect(big.split('\r\n\r\n')[1]).toBe(
      JSON.stringify({ error: { code: 'payload_too_large', message: 'The body is over 16384 bytes.' } }),
    );
    // Within the limit, the same way: read whole and checked (here, the missing fields are named).
    const small = await rawRequest(chunked(['{"servicePoint":', '"DEMO-01"}']));
    expect(small).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(small.split('\r\n\r\n')[1]!).error.code).toBe('invalid_input');
    expect(JSON.parse(small.split('\r\n\r\n')[1]!).error.issues.map((i: { path: string }) => i.path)).toContain('id');
  });

  test('stops on SIGTERM within the bound under a load of submissions, having stored every one it acknowledged', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    // No resends: after SIGTERM there is no server to resend to; what counts is what was acknowledged.
    const load = submissionLoad(() => `http://127.0.0.1:${port}`, { workers: 8, retry: false });
    while (load.result.acknowledged.size < 40) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    const code = await server.exited;
    const { acknowledged, statuses } = await load.stop();
    expect(code).toBe(0);
    // Within the bound by itself: the server's own cut-off (10 s) was not needed. Busy keep-alive
    // connections are closed after their answer, so the load does not hold the server open.
    expect(server.output()).toMatch(/requests finished after \d+\.\d s\n/);
    expect(server.output()).not.toContain('still busy after');
    // Every answer was an acknowledgement, or no answer at all (the port closed): never a 5xx.
    expect([...statuses.keys()].filter((s) => s !== 201 && s !== 'error')).toEqual([]);
    expect(server.output()).not.toContain('failed:');
    const stored = await createDb({ kind: 'pglite', dataDir });
    try {
      const ids = new Set((await stored.selectFrom('responses').select('id').execute()).map((r) => r.id));
      expect([...acknowledged].filter((id) => !ids.has(id))).toEqual([]);
    } finally {
      await stored.destroy();
    }
    expect(existsSync(join(dataDir, 'server.lock'))).toBe(false);
    const cli = run('api/src/cli/kiosk-issue.ts', env, ['--service-point', 'DEMO-01', '--name', 'Quầy 1']);
    expect(await cli.exited).toBe(0);
    expect(cli.output()).toContain('/k/');
    // What the tool changed is in the audit log, by "(system)".
    const db = await createDb({ kind: 'pglite', dataDir });
    try {
      const audit = await db
        .selectFrom('audit_log')
        .select(['username', 'action', 'entity', 'after'])
        .where('entity', '=', 'kiosk')
        .execute();
      expect(audit).toEqual([
        {
          username: '(system)',
          action: 'create',
          entity: 'kiosk',
          after: { name: 'Quầy 1', servicePoint: 'DEMO-01', idleSeconds: 30, minIntervalSeconds: 10 },
        },
      ]);
    } finally {
      await db.destroy();
    }
  }, 180_000);
});
