import type { Kysely } from 'kysely';
import type { Database, PeriodStatus } from '@sipas/db';
import { responseCountsBy } from './response-counts';

/** A period as the audit log records it: its own fields, no counts. */
export interface PeriodRow {
  id: number;
  code: string;
  startsOn: string;
  endsOn: string;
  target: number;
  status: PeriodStatus;
}

const columns = ['id', 'code', 'starts_on as startsOn', 'ends_on as endsOn', 'target', 'status'] as const;

/** Periods newest first, each with its number of responses; `code` narrows to one. */
export async function listPeriods(db: Kysely<Database>, code?: string) {
  let query = db.selectFrom('survey_periods').select(columns).orderBy('code', 'desc');
  if (code !== undefined) query = query.where('code', '=', code);
  const [periods, counts] = await Promise.all([query.execute(), responseCountsBy(db, 'period_id')]);
  return periods.map(({ id, ...p }) => ({ ...p, responses: counts.get(id) ?? 0 }));
}

export type PeriodView = Awaited<ReturnType<typeof listPeriods>>[number];

/** One period, locked for the rest of the transaction so two changes to it cannot interleave. */
export async function lockPeriod(trx: Kysely<Database>, code: string): Promise<PeriodRow | undefined> {
  return trx.selectFrom('survey_periods').select(columns).where('code', '=', code).forUpdate().executeTakeFirst();
}

export async function findPeriodCodes(db: Kysely<Database>, codes: string[]): Promise<string[]> {
  const rows = await db.selectFrom('survey_periods').select('code').where('code', 'in', codes).orderBy('code').execute();
  return rows.map((r) => r.code);
}

export async function insertPeriods(trx: Kysely<Database>, periods: { code: string; first: string; last: string }[], target: number): Promise<PeriodRow[]> {
  return trx
    .insertInto('survey_periods')
    .values(periods.map((p) => ({ code: p.code, starts_on: p.first, ends_on: p.last, target, status: 'draft' as const })))
    .returning(columns)
    .execute();
}

export async function updatePeriod(
  trx: Kysely<Database>,
  id: number,
  changes: { startsOn?: string; endsOn?: string; target?: number; status?: PeriodStatus },
): Promise<PeriodRow> {
  return trx
    .updateTable('survey_periods')
    .set({ starts_on: changes.startsOn, ends_on: changes.endsOn, target: changes.target, status: changes.status })
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export async function findOpenPeriodCode(db: Kysely<Database>): Promise<string | undefined> {
  const row = await db.selectFrom('survey_periods').select('code').where('status', '=', 'open').executeTakeFirst();
  return row?.code;
}
