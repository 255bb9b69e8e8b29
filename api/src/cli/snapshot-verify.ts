// `npm run snapshot:verify -- 2026-H1` (or 2026 for both halves): recounts a frozen period from
// the raw responses and compares with its snapshot. Prints OK, or each figure that differs and
// exits with 1.
import { openCliDatabase } from './open-db';
import { verifySnapshots } from '../reports/verify';
import { periodOrYearPattern } from '../shared/periods';

const code = process.argv[2] ?? '';
if (!periodOrYearPattern.test(code)) {
  console.error('usage: npm run snapshot:verify -- 2026-H1   (a half-year code, or a year for both halves)');
  process.exit(2);
}
const { db, close } = await openCliDatabase();
const results = await verifySnapshots(db, code);
await close();
for (const r of results) {
  if (r.ok) {
    console.log(`${r.period}: OK — the snapshot ${r.digest} matches the raw responses`);
    continue;
  }
  console.log(`${r.period}: DIFFERS${r.digest ? ` from the snapshot ${r.digest}` : ''}`);
  const shown = r.problems.slice(0, 200);
  for (const p of shown) console.log(`  ${p}`);
  if (r.problems.length > shown.length) console.log(`  … and ${r.problems.length - shown.length} more`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
