// npm run bench:quality — false alarms and detection of the data-quality rules (api/src/quality).
// An embedded database: 1,000 honest counters in 2026-H1; in 2026-H2 another 1,000 honest ones of
// which 60 also carry a gamed pattern (10 per pattern). Prints how many honest counters are flagged
// and how many planted counters each rule finds.
import { sql } from 'kysely';
import { createDb, migrateToLatest, seedIfEmpty } from '@sipas/db';
import { judgePeriod } from '../../api/src/quality/judge';
import { insertResponses } from '../../api/src/responses/queries';
import { type Counter, type Pattern, patterns, syntheticResponses } from './quality-synthetic';

const counters = 1000;
const db = await createDb({ kind: 'pglite' });
await migrateToLatest(db);
await seedIfEmpty(db, new Date('2026-08-01T00:00:00Z'));
const province = await db.selectFrom('units').select(['id', 'path']).where('parent_id', 'is', null).executeTakeFirstOrThrow();

const points: { id: number; kioskId: number | null }[] = [];
for (let u = 0; points.length < counters; u++) {
  const unit = await db
    .insertInto('units')
    .values({ parent_id: province.id, path: 'x', name: `Đơn vị ${u + 1}`, kind: 'commune' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('units')
    .set({ path: `${province.path}${unit.id}/` })
    .where('id', '=', unit.id)
    .execute();
  for (let j = 0; j < 10; j++) {
    const sp = await db
      .insertInto('service_points')
      .values({ code: `Q-${u + 1}-${j + 1}`, name: `Quầy ${j + 1}`, unit_id: unit.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    // About six counters in ten have a kiosk.
    const kiosk =
      (u * 10 + j) % 5 < 3
        ? await db
            .insertInto('kiosks')
            .values({ service_point_id: sp.id, name: 'Kiosk', key_hash: `k${sp.id}` })
            .returning('id')
            .executeTakeFirstOrThrow()
        : null;
    points.push({ id: sp.id, kioskId: kiosk?.id ?? null });
  }
}

async function load(code: string, planted: Map<number, Pattern>, seed: number) {
  const period = await db
    .selectFrom('survey_periods')
    .select(['id', 'starts_on', 'status'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  await db.updateTable('survey_periods').set({ status: 'open' }).where('id', '=', period.id).execute();
  const list: Counter[] = points.map((p) => ({ ...p, pattern: planted.get(p.id) ?? null }));
  let total = 0;
  const batch: Parameters<typeof insertResponses>[1] = [];
  for (const { rows, transactions } of syntheticResponses(list, period.id, Date.parse(`${period.starts_on}T00:00:00+07:00`), 181, seed)) {
    batch.push(...rows);
    total += rows.length;
    if (transactions !== null)
      await db
        .insertInto('service_point_transactions')
        .values({ period_id: period.id, service_point_id: rows[0]!.service_point_id, transactions })
        .execute();
    // At most 1,000 rows a statement: PGlite takes fewer than 32,768 parameters.
    while (batch.length >= 1000) await insertResponses(db, batch.splice(0, 1000));
  }
  if (batch.length) await insertResponses(db, batch);
  await db.updateTable('survey_periods').set({ status: period.status }).where('id', '=', period.id).execute();
  await sql`analyze`.execute(db);
  return { periodId: period.id, total };
}

const kindsOf = (judged: Awaited<ReturnType<typeof judgePeriod>>, id: number): string[] => (judged.flags.get(id) ?? []).map((f) => f.kind);

// Honest: nothing planted.
await db.updateTable('survey_periods').set({ status: 'draft' }).where('code', '=', '2026-H2').execute();
const honest = await load('2026-H1', new Map(), 16);
let started = performance.now();
const h = await judgePeriod(db, honest.periodId);
const honestMs = performance.now() - started;
const flagged = points.filter((p) => kindsOf(h, p.id).length > 0);
const byKind = new Map<string, number>();
for (const p of flagged) for (const k of kindsOf(h, p.id)) byKind.set(k, (byKind.get(k) ?? 0) + 1);
console.log(
  `honest: ${counters} counters, ${honest.total.toLocaleString('en')} responses (2026-H1), judged in ${(honestMs / 1000).toFixed(1)} s`,
);
console.log(
  `  flagged: ${flagged.length} counters (${((100 * flagged.length) / counters).toFixed(1)}%)${[...byKind].map(([k, n]) => ` · ${k} ${n}`).join('')}`,
);

// Gamed: 10 counters per pattern, the kiosk patterns on counters with a kiosk.
const planted = new Map<number, Pattern>();
const withKiosk = points.filter((p) => p.kioskId !== null);
const without = points.filter((p) => p.kioskId === null);
patterns.forEach((pattern, i) => {
  const pool = ['off_hours', 'burst', 'self_rating_kiosk'].includes(pattern) ? withKiosk : i % 2 ? without : withKiosk;
  for (let k = 0; k < 10; k++) planted.set(pool[(7 * (i * 10 + k) + 3) % pool.length]!.id, pattern);
});
const gamed = await load('2026-H2', planted, 61);
started = performance.now();
const g = await judgePeriod(db, gamed.periodId);
const gamedMs = performance.now() - started;
const expected: Record<Pattern, string[]> = {
  straight_lining: ['straight_lining'],
  off_hours: ['off_hours'],
  burst: ['burst'],
  exceeds_transactions: ['exceeds_transactions'],
  repeated_comment: ['repeated_comment'],
  self_rating_kiosk: ['off_hours', 'burst'],
};
console.log(
  `gamed: ${counters} counters, ${gamed.total.toLocaleString('en')} responses (2026-H2), 10 planted per pattern, judged in ${(gamedMs / 1000).toFixed(1)} s`,
);
for (const pattern of patterns) {
  const ids = [...planted].filter(([, p]) => p === pattern).map(([id]) => id);
  const found = ids.filter((id) => expected[pattern].every((k) => kindsOf(g, id).includes(k)));
  const straight =
    pattern === 'self_rating_kiosk'
      ? `; also straight_lining on ${ids.filter((id) => kindsOf(g, id).includes('straight_lining')).length}`
      : '';
  console.log(`  ${pattern}: found ${found.length}/10 (flagged ${expected[pattern].join(' + ')})${straight}`);
}
const falseInGamed = points.filter((p) => !planted.has(p.id) && kindsOf(g, p.id).length > 0).length;
console.log(
  `  honest counters flagged in the same period: ${falseInGamed} of ${counters - planted.size} (${((100 * falseInGamed) / (counters - planted.size)).toFixed(1)}%)`,
);
await db.destroy();
