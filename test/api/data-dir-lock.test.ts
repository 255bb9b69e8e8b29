import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { acquireDataDirLock, lockHolder } from '../../api/src/data-dir-lock';

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
});
