// How the Audit page shows recorded changes: pure, so the page stays small.
export interface Change {
  key: string;
  before?: string;
  after?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown, yesNo: [string, string]): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * One line per field an entry recorded: its value before and after where both were recorded,
 * else the one there is. Fields the change left as they were are left out (an update may record
 * whole snapshots); a non-object snapshot shows under the key "value".
 */
export function changesOf(before: unknown, after: unknown, yesNo: [string, string]): Change[] {
  const b = isRecord(before) ? before : before === null || before === undefined ? {} : { value: before };
  const a = isRecord(after) ? after : after === null || after === undefined ? {} : { value: after };
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (key) => !(key in b && key in a && JSON.stringify(b[key]) === JSON.stringify(a[key])),
  );
  return keys.map((key) => ({
    key,
    ...(key in b ? { before: show(b[key], yesNo) } : {}),
    ...(key in a ? { after: show(a[key], yesNo) } : {}),
  }));
}
