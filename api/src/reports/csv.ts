// The anonymised raw responses as CSV: one row per response, one column per item, UTF-8 with a
// BOM so Excel reads Vietnamese. Read through a server-side cursor a batch at a time and written
// as it goes, so a million rows never sit in memory at once. Left out on purpose: the response
// id, its digest, the exact time (only the day), the kiosk, the profile and the free-text comment.
import { type Kysely, sql } from 'kysely';
import { stringify } from 'csv-stringify';
import type { Database } from '@sipas/db';
import type { Questionnaire } from '../shared/questionnaire';
import { provinceTimeZone } from '../stats/summaries';
import { loadVersions } from './queries';

export const csvBom = '\uFEFF';
const batchSize = 5000;

interface Row {
  period: string;
  unitId: number;
  unit: string;
  servicePoint: string;
  day: string;
  respondentType: string;
  channel: string;
  field: string | null;
  version: number;
  /** The stored answers as text, e.g. "5,4,0,,3" (0 not applicable, empty skipped). */
  answers: string;
  score: number | null;
}

export const csvHeader = (q: Questionnaire) => [
  'ky', 'ma_don_vi', 'don_vi', 'diem_phuc_vu', 'ngay', 'doi_tuong', 'kenh', 'linh_vuc',
  ...q.factors.flatMap((f) => f.items.map((i) => i.code)),
  'diem_ca_nhan',
];

/**
 * Writes the CSV through `write` (which should wait while the reader is slow). Runs in one
 * transaction, so the file is one consistent picture of the period even while responses arrive.
 */
export async function writeResponsesCsv(
  db: Kysely<Database>,
  scope: { periodIds: number[]; unitPath: string; questionnaire: Questionnaire },
  write: (chunk: string) => Promise<unknown>,
): Promise<number> {
  const columns = scope.questionnaire.factors.flatMap((f) => f.items.map((i) => i.code));
  // Every version there is (a handful), rather than a scan for the ones this period used.
  const versions = await loadVersions(db, (await db.selectFrom('questionnaire_versions').select('id').execute()).map((v) => v.id));
  // Each version's answers are positional; place them under the columns by item code.
  const placement = new Map([...versions].map(([id, v]) => [id, v.definition.factors.flatMap((f) => f.items.map((i) => columns.indexOf(i.code)))]));
  return db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
    // Plan for reading every row, not for the first few (the default for a cursor).
    await sql`set local cursor_tuple_fraction = 1`.execute(trx);
    await sql`declare report_csv no scroll cursor for
      select p.code as period, u.id as "unitId", u.name as unit, sp.code as "servicePoint",
             to_char(r.received_at at time zone ${provinceTimeZone}, 'YYYY-MM-DD') as day,
             r.respondent_type as "respondentType", r.channel, r.field, r.questionnaire_version_id as version,
             array_to_string(r.answers, ',', '') as answers, r.score
      from responses r join service_points sp on sp.id = r.service_point_id join units u on u.id = sp.unit_id
      join survey_periods p on p.id = r.period_id
      where r.period_id = any(${scope.periodIds}::int[]) and u.path like ${`${scope.unitPath}%`}
      order by r.period_id, r.id`.execute(trx);
    let count = 0;
    // One stringifier for the whole file, fed a batch at a time; what it has produced after each
    // batch is written out before the next batch is fetched, so memory holds one batch at most.
    const csv = stringify();
    let produced = csvBom;
    csv.on('data', (chunk: Buffer) => (produced += chunk.toString()));
    const done = new Promise((resolve, reject) => csv.on('end', resolve).on('error', reject));
    csv.write(csvHeader(scope.questionnaire));
    for (;;) {
      const batch = await sql<Row>`fetch forward ${sql.lit(batchSize)} from report_csv`.execute(trx);
      if (batch.rows.length === 0) break;
      count += batch.rows.length;
      for (const r of batch.rows) csv.write(csvRow(r, columns.length, placement.get(r.version)));
      // The stringifier works synchronously; let it hand over anything still queued.
      await new Promise((resolve) => setImmediate(resolve));
      await write(produced);
      produced = '';
    }
    csv.end();
    await done;
    if (produced) await write(produced);
    await sql`close report_csv`.execute(trx);
    return count;
  });
}

function csvRow(r: Row, width: number, placement: number[] | undefined): (string | number | null)[] {
  const items: string[] = new Array(width).fill('');
  r.answers.split(',').forEach((a, position) => {
    const column = placement?.[position] ?? -1;
    if (column >= 0 && a !== '') items[column] = a === '0' ? 'NA' : a;
  });
  return [r.period, r.unitId, r.unit, r.servicePoint, r.day, r.respondentType, r.channel, r.field ?? '', ...items, r.score === null ? '' : Math.round(r.score * 10000) / 10000];
}
