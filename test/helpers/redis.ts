// Redis for the tests of the shared limits: the one at TEST_REDIS_URL (each test file its own key
// prefix, never a flush), and throwaway redis-server processes for the tests that stop Redis.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export const testRedisUrl = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

/** A key prefix no other test file uses. */
export const uniquePrefix = () => `sipas-test:${randomBytes(6).toString('hex')}:`;

/** True when Redis answers; under CI=true a missing Redis throws, so the suites fail rather than skip. */
export async function redisAnswers(url = testRedisUrl): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2_000 });
  probe.on('error', () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch (err) {
    if (process.env.CI === 'true') throw new Error(`CI=true but Redis at ${url} does not answer: ${(err as Error).message}`);
    console.warn(`\n[skipped] the shared-limit suites: Redis at ${url} does not answer (CI=true makes this a failure)\n`);
    return false;
  } finally {
    probe.disconnect();
  }
}

/** True when the program is on the PATH; under CI=true a missing one throws. */
export function toolExists(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error(`CI=true but ${name} is not installed`);
    console.warn(`\n[skipped] a suite that needs ${name}, which is not installed (CI=true makes this a failure)\n`);
    return false;
  }
}

export { freePort } from './server-process';

export async function waitFor(what: string, check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A redis-server of the test's own, without persistence; start() again on the same port after stop(). */
export function ownRedis(port: number) {
  let child: ChildProcess | undefined;
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: 'ignore',
      });
      await waitFor(`redis-server on ${port}`, async () => {
        const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        probe.on('error', () => {});
        try {
          await probe.connect();
          return (await probe.ping()) === 'PONG';
        } catch {
          return false;
        } finally {
          probe.disconnect();
        }
      });
    },
    async kill() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
