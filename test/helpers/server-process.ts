// The API as `npm run serve` starts it, in a process of its own, and a load of citizen submissions
// sent to it the way the survey app's outbox sends them.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { submission } from './app';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  output: () => string;
}

/**
 * Runs a script of the repository under Node with tsx loaded in-process (`node --import tsx`), so
 * that the pid is the script's own and a signal (SIGTERM, SIGKILL) reaches it, not a wrapper.
 */
export function runScript(script: string, env: NodeJS.ProcessEnv, args: string[] = []): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, script), ...args], { cwd: root, env });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Starts the server and waits until it listens; throws with its output when it does not. */
export async function startServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const server = runScript('api/src/server.ts', env);
  for (let i = 0; i < 1200 && server.child.exitCode === null; i++) {
    if (server.output().includes('SIPAS platform on')) return server;
    await new Promise((r) => setTimeout(r, 100));
  }
  server.child.kill('SIGKILL');
  throw new Error(`the server did not start:\n${server.output()}`);
}

/** A TCP port no one listens on at this moment. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** What a load saw: the ids acknowledged (201 or 200) and every answer's status ('error': no HTTP answer). */
export interface LoadResult {
  acknowledged: Set<string>;
  statuses: Map<number | 'error', number>;
}

/**
 * `workers` phones each sending one submission after another with a client-minted id, until
 * `stop()` is called. A submission not acknowledged (503, a refused or broken connection) is sent
 * again with the same id, as the outbox does; with `retry: false` it is dropped instead.
 */
export function submissionLoad(baseUrl: () => string, { workers = 8, retry = true } = {}) {
  const result: LoadResult = { acknowledged: new Set(), statuses: new Map() };
  const count = (s: number | 'error') => result.statuses.set(s, (result.statuses.get(s) ?? 0) + 1);
  let stopping = false;
  async function worker() {
    let body = submission();
    while (!stopping) {
      let status: number | 'error';
      try {
        const res = await fetch(`${baseUrl()}/api/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(15_000),
        });
        status = res.status;
        await res.arrayBuffer();
      } catch {
        status = 'error';
      }
      count(status);
      if (status === 201 || status === 200) result.acknowledged.add(body.id);
      if (status === 201 || status === 200 || !retry) body = submission();
      // Back off a little when refused, as the outbox does, rather than spin.
      else await new Promise((r) => setTimeout(r, 50));
    }
  }
  const running = Promise.all(Array.from({ length: workers }, worker));
  return {
    result,
    /** Stops sending; resolves once every worker's last request has settled. */
    stop: async () => {
      stopping = true;
      await running;
      return result;
    },
  };
}
