// A throwaway PostgreSQL cluster of a test's own (initdb into a temporary directory, its own port), so
// the test can crash and restart it without touching the server the other tests share.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server-process';

export interface PgCluster {
  url: string;
  /** pg_ctl with the cluster's directory, as the user that owns it. */
  ctl: (...args: string[]) => void;
  destroy: () => void;
}

function binDir(): string {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  const dir = versions.map((v) => `/usr/lib/postgresql/${v}/bin`).find((d) => existsSync(join(d, 'initdb')));
  if (!dir) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql (CI installs them)');
  return dir;
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'sipas-pg-'));
  const port = await freePort();
  // PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user (as in .ci/run).
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, -1);
  }
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  const ctl = (...args: string[]) => void run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), ...args]);
  ctl('-w', 'start');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    ctl,
    destroy: () => {
      try {
        ctl('-m', 'immediate', 'stop');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
