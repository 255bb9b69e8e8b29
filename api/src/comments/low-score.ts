// When a response counts as low-scoring, written once as SQL: the follow-up job runs it over newly
// queued responses and stores the result with each item; the comments endpoint runs it over those
// still queued (see examinePending and allItems in queries.ts).
//
// The stored factor_scores cannot tell: they are the weighted share of a factor's items rated
// 4 or 5 (SIPAS.md §3), so 0.5 may mean two answers of 5 and two of 1, or four answers of 3.
// The rule therefore reads the positional answers (1..5, 0 = not applicable, null = skipped):
//
//   a factor is low   when the weighted mean of its items answered 1..5 is below 3,
//                     or when any of its items was answered 1;
//   an item is low    when it was answered 1;
//   a response is low when any of its factors is low.
import { type RawBuilder, sql } from 'kysely';
import type { Questionnaire } from '../shared/questionnaire';
import { highestLevel, lowestLevel } from '../shared/scale';

export const lowMean = 3;
export const lowestAnswer = lowestLevel;

export interface ScoredVersion {
  id: number;
  definition: Questionnaire;
}

interface Slot {
  code: string;
  /** 1-based, as PostgreSQL indexes arrays. */
  position: number;
  weight: number;
}

/** Each factor's items with their place in the stored answers array (the version's item order). */
export function factorSlots(q: Questionnaire): { code: string; items: Slot[] }[] {
  let position = 0;
  return q.factors.map((f) => ({ code: f.code, items: f.items.map((i) => ({ code: i.code, position: ++position, weight: i.weight })) }));
}

const answerAt = (answers: RawBuilder<unknown>, slot: Slot) => sql`${answers}[${sql.lit(slot.position)}]`;

function factorIsLow(answers: RawBuilder<unknown>, items: Slot[]): RawBuilder<boolean> {
  const onScale = (s: Slot) => sql`${answerAt(answers, s)} between ${sql.lit(lowestLevel)} and ${sql.lit(highestLevel)}`;
  const weighted = sql.join(
    items.map((s) => sql`case when ${onScale(s)} then ${sql.lit(s.weight)} * ${answerAt(answers, s)} else 0 end`),
    sql` + `,
  );
  const weights = sql.join(
    items.map((s) => sql`case when ${onScale(s)} then ${sql.lit(s.weight)} else 0 end`),
    sql` + `,
  );
  const lowest = sql.join(items.map((s) => answerAt(answers, s)));
  // With nothing on the scale both sums are 0, and 0 < 0 is false: not low.
  return sql<boolean>`(${weighted}) < ${sql.lit(lowMean)} * (${weights}) or ${sql.lit(lowestAnswer)} in (${lowest})`;
}

/** One text[] per response, chosen by its questionnaire version; empty for an unknown version. */
function perVersion(versions: ScoredVersion[], version: RawBuilder<unknown>, codesOf: (v: ScoredVersion) => RawBuilder<unknown>[]) {
  if (versions.length === 0) return sql<string[]>`'{}'::text[]`;
  const branches = versions.map((v) => sql`when ${sql.lit(v.id)} then array_remove(array[${sql.join(codesOf(v))}]::text[], null)`);
  return sql<string[]>`case ${version} ${sql.join(branches, sql` `)} else '{}'::text[] end`;
}

/** The codes of the response's low factors, in questionnaire order. */
export function lowFactorsSql(versions: ScoredVersion[], answers: RawBuilder<unknown>, version: RawBuilder<unknown>) {
  return perVersion(versions, version, (v) =>
    factorSlots(v.definition).map((f) => sql`case when ${factorIsLow(answers, f.items)} then ${sql.lit(f.code)} end`),
  );
}

/** The codes of the items the response answered 1, in questionnaire order. */
export function lowItemsSql(versions: ScoredVersion[], answers: RawBuilder<unknown>, version: RawBuilder<unknown>) {
  return perVersion(versions, version, (v) =>
    factorSlots(v.definition).flatMap((f) =>
      f.items.map((s) => sql`case when ${answerAt(answers, s)} = ${sql.lit(lowestAnswer)} then ${sql.lit(s.code)} end`),
    ),
  );
}
