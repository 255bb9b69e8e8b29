// The one order of a period picker (dashboard, reports): half-years newest first, each year's
// full-year view right after its halves.
export function periodChoices(codes: Iterable<string>, current?: string): string[] {
  const all = new Set(codes);
  if (current) all.add(current);
  for (const code of [...all]) all.add(code.slice(0, 4));
  // Code-unit order puts "2026" before "2026-H1" before "2026-H2"; reversed, the halves come first.
  return [...all].sort().reverse();
}
