// The anonymised raw responses as CSV: one row per response, one column per item, UTF-8 with a
// BOM so Excel reads Vietnamese. Read through a server-side cursor a batch at a time and written
// as it goes, so a million rows never sit in memory at once. Left out on purpose: the response
// id (read only to order a batch), its digest, the exact time (only the day), the kiosk, the profile and the free-text comment;
// each batch is shuffled, so the order of the rows does not retell the order people came in. A
// frozen period's batches are shuffled with a seed from its snapshot digest, so every download of
// it is the same file, byte for byte. The personal score is in percent, like every other figure.
import { createHash } from 'node:crypto';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { stringify } from 'csv-stringify/sync';
import type { Database } from '@sipas/db';
import { spreadsheetCell } from '../shared/cell-text';
import type { Questionnaire } from '../shared/questionnaire';
import { provinceTimeZone } from '../stats/summaries';
import { periodCodesById } from '../periods/queries';
import { loadVersions, type QuestionnaireVersion } from '../questionnaires/queries';
import { counted } from '../quality/counted';

export const csvBom = '\uFEFF';
const batchSize = 20_000;
/** Where a field the database cannot tell is plain sits in a line until csv-stringify has quoted it. */
const fieldMark = '\u0001';

interface Row {
  id: string;
  periodId: number;
  servicePointId: number;
  /**
   * The row from the day on, joined by the database: day, respondent type, channel, field, answers
   * under the report's columns (NA: not applicable, empty: skipped), score. All are digits, checked
   * enum words and field codes, free of commas and quotes; any other field is `fieldMark` here.
   */
  line: string;
  /** The field behind a `fieldMark`, null otherwise. */
  field: string | null;
}

export const csvHeader = (q: Questionnaire) => [
  'ky',
  'ma_don_vi',
  'don_vi',
  'diem_phuc_vu',
  'ngay',
  'doi_tuong',
  'kenh',
  'linh_vuc',
  ...q.factors.flatMap((f) => f.items.map((i) => i.code)),
  'diem_ca_nhan',
];

/** One CSV field or line, quoted by csv-stringify wherever the text needs it, never read as a formula. */
const csvLine = (fields: (string | number)[]) => stringify([fields.map(spreadsheetCell)]).slice(0, -1);

/**
 * Writes the CSV through `write` (which should wait while the reader is slow). Runs in one
 * transaction, so the file is one consistent picture of the period even while responses arrive.
 *
 * A million rows through a general CSV writer field by field takes far longer than the database
 * needs to read them, so the work is split: every value that could hold a comma or a quote (unit
 * and counter names, codes, the header) goes through csv-stringify once per distinct value, and
 * the database joins the rest, which are digits, checked enum words and field codes, into ready
 * text. A row reaches node as few values as will do (the id, period, counter, that text, and a
 * field only when it needs quoting): each value pg turns into a string or a number costs node
 * time, and with seven a row node spent more on the file than the database did.
 */
export async function writeResponsesCsv(
  db: Kysely<Database>,
  scope: { periodIds: number[]; unitPath: string; questionnaire: Questionnaire; seed?: string | undefined },
  write: (chunk: string) => Promise<unknown>,
): Promise<number> {
  const columns = scope.questionnaire.factors.flatMap((f) => f.items.map((i) => i.code));
  // Every version there is (a handful); a version laid out unlike the columns is re-placed by code.
  const versions = await loadVersions(
    db,
    (await db.selectFrom('questionnaire_versions').select('id').execute()).map((v) => v.id),
  );
  // Codes of letters, digits, - and _ are what csv-stringify leaves as they are; the database writes those itself.
  const plainFields = [
    ...new Set([...versions.values()].flatMap((v) => v.definition.fields.map((f) => f.code)).filter((f) => csvLine([f]) === f)),
  ];
  const points = await db
    .selectFrom('service_points as sp')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .select(['sp.id', 'sp.code', 'u.name as unitName'])
    // The unit's code, not its database id (issue 12); a unit left without one reads as the migration named it.
    .select(sql<string>`coalesce(u.code, 'DV-' || u.id)`.as('unitCode'))
    .where('u.path', 'like', `${scope.unitPath}%`)
    .execute();
  const periods = await periodCodesById(db, scope.periodIds);
  // The first four columns, by period and counter.
  const prefixes = new Map(
    [...periods].map(([id, code]) => [id, new Map(points.map((sp) => [sp.id, csvLine([code, sp.unitCode, sp.unitName, sp.code])]))]),
  );
  const fields = new Map<string, string>();
  const fieldText = (f: string) => {
    let text = fields.get(f);
    if (text === undefined) fields.set(f, (text = csvLine([f])));
    return text;
  };

  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      // Plan for reading every row, not for the first few (the default for a cursor).
      await sql`set local cursor_tuple_fraction = 1`.execute(trx);
      // A scan that joins one already under way starts mid-table: the batches, and so a frozen
      // period's file, would differ from one download to the next. Responses are never updated,
      // so without it a frozen period's rows come in the same batches every time.
      await sql`set local synchronize_seqscans = off`.execute(trx);
      // With few or no exclusions the planner checks each response against them by rescanning the
      // table (a system call per response): a quarter of the database's time for this file. A hash
      // of them, built once, answers the same; the scan of the responses stays the outer side.
      await sql`set local enable_nestloop = off`.execute(trx);
      // A date as text is YYYY-MM-DD in the ISO style, far cheaper than to_char's formatting.
      await sql`set local datestyle = 'ISO, YMD'`.execute(trx);
      const plain = sql`${plainFields}::text[]`;
      await sql`declare report_csv no scroll cursor for
      select r.id::text as id, r.period_id as "periodId", r.service_point_id as "servicePointId",
             (r.received_at at time zone ${provinceTimeZone})::date::text || ',' || r.respondent_type || ',' || r.channel || ','
               || case when r.field is null then '' when r.field = any(${plain}) then r.field else ${fieldMark} end || ','
               || ${answersText(columns, versions)} || coalesce(trim_scale(round((r.score * 100)::numeric, 2))::text, '') as line,
             case when r.field <> all(${plain}) then r.field end as field
      from responses r
      where r.period_id = any(${scope.periodIds}::int[]) and ${counted('r.id')}
        and r.service_point_id in (select sp.id from service_points sp join units u on u.id = sp.unit_id where u.path like ${`${scope.unitPath}%`})`.execute(
        trx,
      );
      await write(`${csvBom}${csvLine(csvHeader(scope.questionnaire))}\n`);
      let count = 0;
      const random = scope.seed === undefined ? Math.random : seededRandom(scope.seed);
      const fetchBatch = () => {
        const batch = sql<Row>`fetch forward ${sql.lit(batchSize)} from report_csv`.execute(trx);
        // Awaited in the next round; failing while this batch is being written must not go unhandled.
        batch.catch(() => {});
        return batch;
      };
      for (let next = fetchBatch(); ;) {
        let { rows } = await next;
        if (rows.length === 0) break;
        // The database reads the next batch while this one is shuffled and written.
        next = fetchBatch();
        count += rows.length;
        // Sorted first, so the shuffle's outcome depends on which rows a batch holds, not their order.
        if (scope.seed !== undefined) rows = sortById(rows);
        shuffle(rows, random);
        let text = '';
        for (const r of rows) {
          const field = r.field;
          text += `${prefixes.get(r.periodId)!.get(r.servicePointId)},${field === null ? r.line : r.line.replace(fieldMark, () => fieldText(field))}\n`;
        }
        await write(text);
      }
      await sql`close report_csv`.execute(trx);
      return count;
    });
}

/**
 * The answers as text under the report's columns, each followed by a comma: a version that orders
 * its items unlike the columns has its answers picked by position (a handful of versions, one
 * branch each), and a stored 0 becomes NA.
 */
function answersText(columns: string[], versions: Map<number, QuestionnaireVersion>): RawBuilder<string> {
  const placed = [...versions].flatMap(([id, v]) => {
    const codes = v.definition.factors.flatMap((f) => f.items.map((i) => i.code));
    if (codes.join() === columns.join()) return [];
    const cells = columns.map((c) => (codes.includes(c) ? sql`r.answers[${sql.lit(codes.indexOf(c) + 1)}]` : sql`null`));
    return [sql`when ${sql.lit(id)} then array_to_string(array[${sql.join(cells)}]::smallint[], ',', '')`];
  });
  const plain = sql`array_to_string(r.answers, ',', '')`;
  const answers = placed.length === 0 ? plain : sql`case r.questionnaire_version_id ${sql.join(placed, sql` `)} else ${plain} end`;
  // Between commas every value is whole, so ",0," is a 0 and nothing else; twice, as replace()
  // resumes after a match and would pass over the second 0 of ",0,0,".
  return sql<string>`substr(replace(replace(',' || ${answers} || ',', ',0,', ',NA,'), ',0,', ',NA,'), 2)`;
}

/** More than a batch holds: a row's place in its batch fits below an id's leading bits. */
const placeRange = 2 ** 15;

/**
 * The rows in the order of their ids as strings, sorted as numbers: comparing 20,000 ids as strings
 * took about as long as the database needs to read them. Each key is an id's first 8 hex digits
 * above the row's place (47 bits, exact in a double), which a typed array sorts without a callback;
 * rows whose ids share those digits (in about one batch in twenty) are then put in order by the whole id.
 */
export function sortById<T extends { id: string }>(rows: T[]): T[] {
  if (rows.length > placeRange) throw new Error(`a batch of ${rows.length} rows is more than sortById places`);
  const keys = Float64Array.from(rows, (r, place) => parseInt(r.id.slice(0, 8), 16) * placeRange + place);
  keys.sort();
  const sorted = Array.from(keys, (key) => rows[key % placeRange]!);
  const lead = (i: number) => Math.floor(keys[i]! / placeRange);
  for (let start = 0; start < sorted.length;) {
    let end = start + 1;
    while (end < sorted.length && lead(end) === lead(start)) end++;
    if (end - start > 1) sorted.splice(start, end - start, ...sorted.slice(start, end).sort((a, b) => (a.id < b.id ? -1 : 1)));
    start = end;
  }
  return sorted;
}

/** Fisher–Yates, in place: a sorted read of a million rows costs the database more than this. */
function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** mulberry32, seeded with the first 32 bits of the SHA-256 of `seed` (a snapshot's digest, or several joined). */
export function seededRandom(seed: string): () => number {
  let a = createHash('sha256').update(seed).digest().readUInt32BE(0);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
