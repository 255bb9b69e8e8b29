// Times as the office reads them: on Vietnam's clock (UTC+7), whatever zone the browser is set to,
// written day/month/year as the reports write them.
const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function partsOf(iso: string): Record<string, string> {
  return Object.fromEntries(clock.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
}

/** "2026-07-01T02:00:00Z" → "01/07/2026 09:00" (with `seconds`, "01/07/2026 09:00:00"); null → "—". */
export function formatDateTime(iso: string | null, { seconds = false } = {}): string {
  if (iso === null) return '—';
  const p = partsOf(iso);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}${seconds ? `:${p.second}` : ''}`;
}

/** "2026-06-30T18:00:00Z" → "01/07/2026": the day in Vietnam. */
export function formatDate(iso: string): string {
  const p = partsOf(iso);
  return `${p.day}/${p.month}/${p.year}`;
}
