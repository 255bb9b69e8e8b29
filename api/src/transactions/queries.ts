import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';

/** Every counter of a subtree (inactive ones too: they may have served people this period), with its count or null. */
export async function listTransactions(db: Kysely<Database>, periodId: number, rootPath: string) {
  const rows = await db
    .selectFrom('service_points as sp')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .leftJoin('service_point_transactions as t', (join) => join.onRef('t.service_point_id', '=', 'sp.id').on('t.period_id', '=', periodId))
    .select(['sp.code', 'sp.name', 'sp.active', 'u.id as unitId', 'u.name as unitName', 't.transactions', 't.updated_at as updatedAt'])
    .where('u.path', 'like', `${rootPath}%`)
    .orderBy('u.path')
    .orderBy('sp.code')
    .execute();
  return rows.map(({ unitId, unitName, updatedAt, transactions, ...point }) => ({
    ...point,
    unit: { id: unitId, name: unitName },
    transactions: transactions ?? null,
    updatedAt: updatedAt ? new Date(updatedAt).toISOString() : null,
  }));
}

/** Service point ids by code, for the whole province (only province administrators write counts). */
export async function servicePointIds(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('service_points').select(['id', 'code']).execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** The current counts of some counters in a period, by service point id. */
export async function countsOf(trx: Kysely<Database>, periodId: number, servicePointIds: number[]): Promise<Map<number, number>> {
  if (servicePointIds.length === 0) return new Map();
  const rows = await trx
    .selectFrom('service_point_transactions')
    .select(['service_point_id', 'transactions'])
    .where('period_id', '=', periodId)
    .where('service_point_id', 'in', servicePointIds)
    .execute();
  return new Map(rows.map((r) => [r.service_point_id, r.transactions]));
}

export async function upsertTransactions(
  trx: Kysely<Database>,
  periodId: number,
  counts: { servicePointId: number; transactions: number }[],
  now: Date,
): Promise<void> {
  await trx
    .insertInto('service_point_transactions')
    .values(counts.map((c) => ({ period_id: periodId, service_point_id: c.servicePointId, transactions: c.transactions, updated_at: now })))
    .onConflict((oc) =>
      oc
        .columns(['period_id', 'service_point_id'])
        .doUpdateSet((eb) => ({ transactions: eb.ref('excluded.transactions'), updated_at: eb.ref('excluded.updated_at') })),
    )
    .execute();
}
