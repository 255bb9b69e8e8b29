// The embedded database (PGlite) is single-process: a second process opening DATA_DIR while the
// server runs reads and writes behind its back (keys that do not work, rows gone after a restart).
// The server holds a lock file there; the command-line tools refuse to open a held directory.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const lockFileName = 'server.lock';

/** The pid of the live process holding `dataDir`, or undefined when it is free (or its holder died). */
export function lockHolder(dataDir: string): number | undefined {
  let pid: number;
  try {
    pid = Number(JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8')).pid);
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    // EPERM: alive, but another user's; ESRCH: a stale lock left by a crash.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

export function heldMessage(dataDir: string, pid: number): string {
  return (
    `The embedded database in ${dataDir} is held by a running SIPAS server or command (pid ${pid}). ` +
    'It can be opened by one process at a time: stop the server first, or do this in the admin app.'
  );
}

/** Takes the lock for this process; throws with a clear message when a live process holds it. */
export function acquireDataDirLock(dataDir: string): () => void {
  const holder = lockHolder(dataDir);
  if (holder !== undefined) throw new Error(heldMessage(dataDir, holder));
  const file = join(dataDir, lockFileName);
  writeFileSync(file, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
  return () => {
    if (lockHolder(dataDir) === undefined) rmSync(file, { force: true });
  };
}
