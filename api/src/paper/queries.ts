import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database, SheetStatus } from '@sipas/db';
import type { SheetContent } from './entry';
import { newSheetCode } from './sheet-code';

export interface SheetRow {
  code: string;
  status: SheetStatus;
  responseId: string;
  questionnaireVersionId: number;
  servicePointId: number;
  servicePointCode: string;
  servicePointName: string;
  unitPath: string;
  periodId: number;
  periodCode: string;
  periodStatus: 'draft' | 'open' | 'closed';
}

/** One sheet with what entering it needs: its counter (and the counter's place in the tree) and its period. */
export async function findSheet(db: Kysely<Database>, code: string, lock = false): Promise<SheetRow | undefined> {
  let query = db
    .selectFrom('paper_sheets as s')
    .innerJoin('service_points as sp', 'sp.id', 's.service_point_id')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .innerJoin('survey_periods as p', 'p.id', 's.period_id')
    .select([
      's.code',
      's.status',
      's.response_id as responseId',
      's.questionnaire_version_id as questionnaireVersionId',
      'sp.id as servicePointId',
      'sp.code as servicePointCode',
      'sp.name as servicePointName',
      'u.path as unitPath',
      'p.id as periodId',
      'p.code as periodCode',
      'p.status as periodStatus',
    ])
    .where('s.code', '=', code);
  // Two people keying one sheet at once: the second waits for the first and then compares.
  if (lock) query = query.forUpdate('s');
  return query.executeTakeFirst();
}

/** Registers a printing: one batch row and a sheet (code and minted response id) per copy, in print order. */
export async function insertBatch(
  trx: Kysely<Database>,
  batch: { periodId: number; versionId: number; target: { servicePointId: number } | { unitId: number }; userId: number; at: Date },
  points: { id: number; copies: number }[],
): Promise<{ batchId: number; sheets: { code: string; servicePointId: number }[] }> {
  const sheets = points.flatMap((p) => Array.from({ length: p.copies }, () => ({ code: newSheetCode(), servicePointId: p.id })));
  const { id } = await trx
    .insertInto('paper_batches')
    .values({
      period_id: batch.periodId,
      questionnaire_version_id: batch.versionId,
      service_point_id: 'servicePointId' in batch.target ? batch.target.servicePointId : null,
      unit_id: 'unitId' in batch.target ? batch.target.unitId : null,
      sheets: sheets.length,
      printed_by: batch.userId,
      printed_at: batch.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('paper_sheets')
    .values(
      sheets.map((s) => ({
        code: s.code,
        batch_id: id,
        service_point_id: s.servicePointId,
        period_id: batch.periodId,
        questionnaire_version_id: batch.versionId,
        response_id: randomUUID(),
      })),
    )
    .execute();
  return { batchId: id, sheets };
}

export interface EntryRow {
  userId: number;
  username: string;
  kind: 'entry' | 'resolution';
  content: SheetContent;
  enteredAt: Date;
}

export async function entriesOf(db: Kysely<Database>, code: string): Promise<EntryRow[]> {
  const rows = await db
    .selectFrom('paper_entries as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(['e.user_id as userId', 'u.username', 'e.kind', 'e.content', 'e.entered_at as enteredAt'])
    .where('e.sheet_code', '=', code)
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({ ...r, content: r.content as SheetContent }));
}

export async function insertEntry(
  trx: Kysely<Database>,
  entry: { code: string; userId: number; kind: 'entry' | 'resolution'; content: SheetContent; at: Date },
): Promise<void> {
  await trx
    .insertInto('paper_entries')
    .values({
      sheet_code: entry.code,
      user_id: entry.userId,
      kind: entry.kind,
      content: JSON.stringify(entry.content),
      entered_at: entry.at,
    })
    .execute();
}

export async function setSheetStatus(trx: Kysely<Database>, code: string, status: SheetStatus): Promise<void> {
  await trx.updateTable('paper_sheets').set({ status }).where('code', '=', code).execute();
}

/**
 * The disputed sheets of a subtree (of one period, when named), the latest dispute first. A sheet
 * became disputed when its second entry differed from the first: the later of its two entries.
 */
export async function disputedSheets(db: Kysely<Database>, rootPath: string, periodId: number | undefined) {
  let query = db
    .selectFrom('paper_sheets as s')
    .innerJoin('service_points as sp', 'sp.id', 's.service_point_id')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .innerJoin('survey_periods as p', 'p.id', 's.period_id')
    .innerJoin('paper_entries as e', (j) => j.onRef('e.sheet_code', '=', 's.code').on('e.kind', '=', 'entry'))
    .select([
      's.code as sheet',
      'sp.code as servicePointCode',
      'sp.name as servicePointName',
      'p.code as period',
      sql<Date>`max(e.entered_at)`.as('disputedAt'),
    ])
    .where('s.status', '=', 'disputed')
    .where('u.path', 'like', `${rootPath}%`)
    .groupBy(['s.code', 'sp.code', 'sp.name', 'p.code'])
    .orderBy('disputedAt', 'desc')
    .orderBy('s.code');
  if (periodId !== undefined) query = query.where('s.period_id', '=', periodId);
  return query.execute();
}

/** Per counter of a subtree, for one period: printed, entered (at least once), verified and disputed sheets. */
export async function coverage(db: Kysely<Database>, periodId: number, rootPath: string) {
  const rows = await db
    .selectFrom('paper_sheets as s')
    .innerJoin('service_points as sp', 'sp.id', 's.service_point_id')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .select([
      'sp.code',
      'sp.name',
      'u.name as unitName',
      sql<number>`count(*)::int`.as('printed'),
      sql<number>`(count(*) filter (where s.status <> 'printed'))::int`.as('entered'),
      sql<number>`(count(*) filter (where s.status = 'verified'))::int`.as('verified'),
      sql<number>`(count(*) filter (where s.status = 'disputed'))::int`.as('disputed'),
    ])
    .where('s.period_id', '=', periodId)
    .where('u.path', 'like', `${rootPath}%`)
    .groupBy(['sp.code', 'sp.name', 'u.name', 'u.path'])
    .orderBy('u.path')
    .orderBy('sp.code')
    .execute();
  return rows;
}

/** The printings of a period in a subtree, newest first, with their progress. */
export async function batchesOf(db: Kysely<Database>, periodId: number, rootPath: string) {
  return db
    .selectFrom('paper_batches as b')
    .innerJoin('users as who', 'who.id', 'b.printed_by')
    .leftJoin('service_points as sp', 'sp.id', 'b.service_point_id')
    .leftJoin('units as bu', 'bu.id', 'b.unit_id')
    .innerJoin('units as u', (j) => j.on(sql<boolean>`u.id = coalesce(bu.id, sp.unit_id)`))
    .select((eb) => [
      'b.id',
      'sp.code as servicePoint',
      'bu.name as unitName',
      'b.sheets as printed',
      'who.username as printedBy',
      'b.printed_at as printedAt',
      eb
        .selectFrom('paper_sheets as s')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('s.batch_id', '=', 'b.id')
        .where('s.status', '<>', 'printed')
        .as('entered'),
      eb
        .selectFrom('paper_sheets as s')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('s.batch_id', '=', 'b.id')
        .where('s.status', '=', 'verified')
        .as('verified'),
    ])
    .where('b.period_id', '=', periodId)
    .where('u.path', 'like', `${rootPath}%`)
    .orderBy('b.id', 'desc')
    .execute();
}

/** A period's paper sheets by state, for the close warning and the report. */
export async function periodPaperCounts(db: Kysely<Database>, periodId: number) {
  const row = await db
    .selectFrom('paper_sheets')
    .select([
      sql<number>`count(*)::int`.as('printed'),
      sql<number>`(count(*) filter (where status <> 'printed'))::int`.as('entered'),
      sql<number>`(count(*) filter (where status = 'verified'))::int`.as('verified'),
      sql<number>`(count(*) filter (where status = 'disputed'))::int`.as('disputed'),
    ])
    .where('period_id', '=', periodId)
    .executeTakeFirstOrThrow();
  return { ...row, notEntered: row.printed - row.entered };
}
