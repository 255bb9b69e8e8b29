// Reads a transactions file: one line per counter, "code,transactions", an optional header row,
// and whatever Excel adds (a UTF-8 BOM, semicolons, CRLF). Every bad line is reported, none kept.
import { CsvError, parse } from 'csv-parse/sync';
import type { Issue } from '../errors';

export const maxRows = 10_000;
/** The column is a PostgreSQL integer; no counter handles anywhere near this many procedures. */
export const maxTransactions = 10_000_000;

export type CsvLang = 'vi' | 'en';

const say = {
  en: {
    columns: (n: number) => `expected 2 columns (service point code, transactions), found ${n}`,
    unknown: (code: string) => `no service point has the code ${code}`,
    number: (value: string) => `"${value}" is not a whole number of 0 or more (write it without separators)`,
    tooBig: (value: string) => `${value} is more than ${maxTransactions.toLocaleString('en')}`,
    duplicate: (code: string, line: number) => `${code} is already on line ${line}`,
    empty: 'the file has no rows',
    tooMany: `the file has more than ${maxRows} rows`,
    malformed: (reason: string) => `not readable as CSV: ${reason}`,
  },
  vi: {
    columns: (n: number) => `cần 2 cột (mã quầy, số hồ sơ), dòng này có ${n}`,
    unknown: (code: string) => `không có quầy nào mang mã ${code}`,
    number: (value: string) => `"${value}" không phải số nguyên từ 0 trở lên (viết liền, không dấu phân cách)`,
    tooBig: (value: string) => `${value} lớn hơn ${maxTransactions.toLocaleString('vi')}`,
    duplicate: (code: string, line: number) => `mã ${code} đã có ở dòng ${line}`,
    empty: 'tệp không có dòng dữ liệu nào',
    tooMany: `tệp có hơn ${maxRows} dòng`,
    malformed: (reason: string) => `không đọc được theo định dạng CSV: ${reason}`,
  },
};

export interface CsvRow {
  code: string;
  transactions: number;
}

type Parsed = { ok: true; rows: CsvRow[] } | { ok: false; issues: Issue[] };

export function parseTransactionsCsv(text: string, knownCodes: ReadonlySet<string>, lang: CsvLang): Parsed {
  const t = say[lang];
  const records: { line: number; cells: string[] }[] = [];
  try {
    parse(text, {
      bom: true,
      delimiter: [',', ';', '\t'],
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (cells: string[], context) => {
        records.push({ line: context.lines, cells });
        return null;
      },
    });
  } catch (err) {
    if (err instanceof CsvError) {
      const line = typeof err.lines === 'number' ? err.lines : 1;
      return { ok: false, issues: [{ path: `line.${line}`, message: t.malformed(err.message) }] };
    }
    throw err;
  }
  // Trailing empty cells are Excel's; a third value is most likely "1,234" split at its comma.
  const rows = records.map((r) => ({ line: r.line, cells: dropTrailingEmpty(r.cells) }));
  const first = rows[0];
  if (first && !knownCodes.has(first.cells[0]?.toUpperCase() ?? '') && !/^\d+$/.test(first.cells[1] ?? '')) rows.shift();
  if (rows.length === 0) return { ok: false, issues: [{ path: 'file', message: t.empty }] };
  if (rows.length > maxRows) return { ok: false, issues: [{ path: 'file', message: t.tooMany }] };

  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const parsed: CsvRow[] = [];
  for (const { line, cells } of rows) {
    const path = `line.${line}`;
    if (cells.length !== 2) {
      issues.push({ path, message: t.columns(cells.length) });
      continue;
    }
    const code = cells[0]!.toUpperCase();
    const value = cells[1]!;
    const earlier = seen.get(code);
    if (!knownCodes.has(code)) issues.push({ path, message: t.unknown(code) });
    else if (earlier !== undefined) issues.push({ path, message: t.duplicate(code, earlier) });
    else seen.set(code, line);
    if (!/^\d+$/.test(value)) issues.push({ path, message: t.number(value) });
    else if (Number(value) > maxTransactions) issues.push({ path, message: t.tooBig(value) });
    else parsed.push({ code, transactions: Number(value) });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows: parsed };
}

function dropTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}
