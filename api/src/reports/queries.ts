import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { countByDay } from '../stats/days';

export interface StoredSnapshot {
  periodId: number;
  content: string;
  digest: string;
  takenAt: Date;
}

export async function findSnapshot(db: Kysely<Database>, periodId: number): Promise<StoredSnapshot | undefined> {
  return db
    .selectFrom('period_snapshots')
    .select(['period_id as periodId', 'content', 'digest', 'taken_at as takenAt'])
    .where('period_id', '=', periodId)
    .executeTakeFirst();
}

export async function insertSnapshot(db: Kysely<Database>, s: StoredSnapshot): Promise<void> {
  await db
    .insertInto('period_snapshots')
    .values({ period_id: s.periodId, content: s.content, digest: s.digest, taken_at: s.takenAt })
    .execute();
}

/** Transactions entered per counter over the report's periods (summed for a year); counters without a count are absent. */
export async function transactionsByPoint(db: Kysely<Database>, periodIds: number[]): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('service_point_transactions')
    .select(['service_point_id as id', (eb) => eb.fn.sum<string>('transactions').as('transactions')])
    .where('period_id', 'in', periodIds)
    .groupBy('service_point_id')
    .execute();
  return new Map(rows.map((r) => [r.id, Number(r.transactions)]));
}

/** Which units and counters are active today: a report lists every active one, with or without responses. */
export async function activeIds(db: Kysely<Database>) {
  const units = await db.selectFrom('units').select('id').where('active', '=', true).execute();
  const points = await db.selectFrom('service_points').select('id').where('active', '=', true).execute();
  return { units: new Set(units.map((u) => u.id)), servicePoints: new Set(points.map((p) => p.id)) };
}

export interface OutsideDates {
  /** Counted in the period although received (in Vietnam time) before its first day or after its last. */
  before: number;
  after: number;
}

/**
 * A response joins the period open when it arrives (SIPAS.md §4), whatever the period's dates say:
 * one opened early or closed late counts responses from outside its dates. Read from the per-day
 * summary (stats/days.ts), not from the responses: a few hundred rows, not a million.
 */
export async function outsideDates(
  db: Kysely<Database>,
  periods: { id: number; startsOn: string; endsOn: string }[],
  unit: { id: number; path: string },
): Promise<OutsideDates> {
  const counts = { before: 0, after: 0 };
  for (const p of periods) {
    for (const { day, n } of await countByDay(db, { periodIds: [p.id], unit })) {
      if (day < p.startsOn) counts.before += n;
      else if (day > p.endsOn) counts.after += n;
    }
  }
  return counts;
}
