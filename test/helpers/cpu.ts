// CPU time from /proc, for benchmarks on a shared machine, where wall-clock figures swing with the
// neighbours' load and CPU time far less. Linux only; 0 where a process cannot be read (another
// host's PostgreSQL, a backend that has exited).
import { readFileSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';
import type { Database } from '@sipas/db';

/** User + system CPU (ms) a process has used. */
export function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return 0;
  }
}

/** CPU (ms) the backends now connected to `db`'s database have used; parallel workers that have exited are not in it. */
export async function backendCpuMs(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(db);
  return rows.reduce((sum, r) => sum + processCpuMs(r.pid), 0);
}
