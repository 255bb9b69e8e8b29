import type { Kysely } from 'kysely';
import type { Database, PeriodStatus } from '@sipas/db';
import { responseCountsBy } from './response-counts';

// Every read of survey_periods outside a single-statement query lives here.

/** A period's own fields, no counts (the audit log records these). */
export interface PeriodRow {
  id: number;
  code: string;
  startsOn: string;
  endsOn: string;
  target: number;
  status: PeriodStatus;
}

const columns = ['id', 'code', 'starts_on as startsOn', 'ends_on as endsOn', 'target', 'status'] as const;

/** The periods a code names, oldest first: a half (2026-H1) is one, a year (2026) is both its halves. */
export async function findPeriods(db: Kysely<Database>, code: string): Promise<PeriodRow[]> {
  const query = db.selectFrom('survey_periods').select(columns);
  return /^\d{4}$/.test(code)
    ? query.where('code', 'like', `${code}-H_`).orderBy('code').execute()
    : query.where('code', '=', code).execute();
}

/** One half-year period by its code. */
export async function findPeriod(db: Kysely<Database>, code: string): Promise<PeriodRow | undefined> {
  return db.selectFrom('survey_periods').select(columns).where('code', '=', code).executeTakeFirst();
}

export async function findPeriodById(db: Kysely<Database>, id: number): Promise<PeriodRow | undefined> {
  return db.selectFrom('survey_periods').select(columns).where('id', '=', id).executeTakeFirst();
}

/** The period new responses join; at most one is open (a unique index says so). */
export async function findOpenPeriod(db: Kysely<Database>): Promise<PeriodRow | undefined> {
  return db.selectFrom('survey_periods').select(columns).where('status', '=', 'open').executeTakeFirst();
}

export async function findOpenPeriodCode(db: Kysely<Database>): Promise<string | undefined> {
  return (await findOpenPeriod(db))?.code;
}

/** Periods that have begun (a draft period has no responses yet), oldest first. */
export async function findStartedPeriods(db: Kysely<Database>): Promise<PeriodRow[]> {
  return db.selectFrom('survey_periods').select(columns).where('status', '<>', 'draft').orderBy('starts_on').orderBy('code').execute();
}

/** Up to `count` periods before `code`, oldest first. */
export async function findPeriodsBefore(db: Kysely<Database>, code: string, count: number): Promise<PeriodRow[]> {
  return (
    await db.selectFrom('survey_periods').select(columns).where('code', '<', code).orderBy('code', 'desc').limit(count).execute()
  ).reverse();
}

/** Every period's code and status, newest first (for pickers). */
export async function listPeriodCodes(db: Kysely<Database>): Promise<Pick<PeriodRow, 'code' | 'status'>[]> {
  return db.selectFrom('survey_periods').select(['code', 'status']).orderBy('starts_on', 'desc').execute();
}

/** The codes of periods by id. */
export async function periodCodesById(db: Kysely<Database>, ids: number[]): Promise<Map<number, string>> {
  const rows = await db.selectFrom('survey_periods').select(['id', 'code']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** Periods newest first, each with its number of responses; `code` narrows to one. */
export async function listPeriods(db: Kysely<Database>, code?: string) {
  let query = db.selectFrom('survey_periods').select(columns).orderBy('code', 'desc');
  if (code !== undefined) query = query.where('code', '=', code);
  const [periods, counts] = await Promise.all([query.execute(), responseCountsBy(db, 'period_id')]);
  return periods.map(({ id, ...p }) => ({ ...p, responses: counts.get(id) ?? 0 }));
}

export type PeriodView = Awaited<ReturnType<typeof listPeriods>>[number];

/** Every period with its snapshot's digest and time, if it has one (the reports page lists them). */
export async function listPeriodsWithSnapshots(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('survey_periods as p')
    .leftJoin('period_snapshots as s', 's.period_id', 'p.id')
    .select(['p.id', 'p.code', 'p.status', 'p.starts_on as startsOn', 'p.ends_on as endsOn', 's.digest', 's.taken_at as takenAt'])
    .orderBy('p.code', 'desc')
    .execute();
  return rows.map(({ digest, takenAt, ...p }) => ({
    ...p,
    snapshot: digest && takenAt ? { digest, takenAt: new Date(takenAt).toISOString() } : null,
  }));
}

/** One period, locked for the rest of the transaction so two changes to it cannot interleave. */
export async function lockPeriod(trx: Kysely<Database>, code: string): Promise<PeriodRow | undefined> {
  return trx.selectFrom('survey_periods').select(columns).where('code', '=', code).forUpdate().executeTakeFirst();
}

export async function findPeriodCodes(db: Kysely<Database>, codes: string[]): Promise<string[]> {
  const rows = await db.selectFrom('survey_periods').select('code').where('code', 'in', codes).orderBy('code').execute();
  return rows.map((r) => r.code);
}

export async function insertPeriods(
  trx: Kysely<Database>,
  periods: { code: string; first: string; last: string }[],
  target: number,
): Promise<PeriodRow[]> {
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

/** Closed periods without a snapshot, oldest first (a snapshot compares with the period before). */
export async function listUnfrozenClosedPeriods(db: Kysely<Database>): Promise<{ id: number; code: string }[]> {
  return db
    .selectFrom('survey_periods as p')
    .select(['p.id', 'p.code'])
    .where('p.status', '=', 'closed')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('period_snapshots as s').select('s.period_id').whereRef('s.period_id', '=', 'p.id'))))
    .orderBy('p.starts_on')
    .execute();
}
