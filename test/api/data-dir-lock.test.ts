import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { acquireDataDirLock, lockHolder } from '../../db/src/data-dir-lock';

describe('the lock on the embedded database directory', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'sipas-lock-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('refuses a directory a live process holds, naming it', () => {
    const dir = dataDir();
    // The test runner's parent is alive for as long as the test runs.
    writeFileSync(join(dir, 'server.lock'), JSON.stringify({ pid: process.ppid }));
    expect(lockHolder(dir)).toBe(process.ppid);
    expect(() => acquireDataDirLock(dir)).toThrow(
      `The embedded database in ${dir} is held by a running SIPAS server or command (pid ${process.ppid}).`,
    );
  });

  test('takes over a lock whose process is gone, and frees it on release', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'server.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    expect(lockHolder(dir)).toBeUndefined();
    const release = acquireDataDirLock(dir);
    expect(lockHolder(dir)).toBeUndefined(); // this process's own lock does not bar it
    release();
    expect(() => acquireDataDirLock(dir)()).not.toThrow();
  });

  const root = fileURLToPath(new URL('../..', import.meta.url));
  /** `npm run db:migrate` on the embedded database in `dir`. */
  const migrate = (dir: string) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir };
    delete env.DATABASE_URL;
    const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'db/src/migrate-cli.ts')], { cwd: root, env, encoding: 'utf8' });
    return { status: run.status, output: run.stdout + run.stderr };
  };

  test('npm run db:migrate refuses the embedded database a server holds, and leaves it untouched', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'server.lock'), JSON.stringify({ pid: process.ppid }));
    const run = migrate(dir);
    expect(run.status).toBe(1);
    expect(run.output).toBe(
      `The embedded database in ${dir} is held by a running SIPAS server or command (pid ${process.ppid}). ` +
        'It can be opened by one process at a time: stop the server first, or do this in the admin app.\n',
    );
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(false);
    expect(lockHolder(dir)).toBe(process.ppid);
  }, 120_000);

  test('npm run db:migrate migrates a free embedded database and frees it again', () => {
    const dir = dataDir();
    const run = migrate(dir);
    expect(run).toEqual({ status: 0, output: 'database migrated to the latest version\n' });
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dir, 'server.lock'))).toBe(false);
  }, 180_000);
});
