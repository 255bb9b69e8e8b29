// One period judged: the counts of queries.ts, the comments normalised, and the rules applied to
// every counter against the rest of the province.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { counterCounts, flaggedResponses, hoursSets, periodComments } from './queries';
import { type CounterFacts, type Flag, type FlagKind, judgeCounter, judgedRepeats, normaliseComment, sumFacts, thresholds } from './rules';

export interface JudgedPeriod {
  facts: Map<number, CounterFacts>;
  flags: Map<number, Flag[]>;
  /** Per counter, the comment ids by normalised text (only texts used repeatMinCount times or more). */
  texts: Map<number, Map<string, string[]>>;
  province: ReturnType<typeof sumFacts>;
}

export async function judgePeriod(db: Kysely<Database>, periodId: number): Promise<JudgedPeriod> {
  const sets = await hoursSets(db);
  const counts = await counterCounts(db, periodId, sets);
  const textCounts = new Map<string, number>();
  const byPoint = new Map<number, Map<string, string[]>>();
  const commentCount = new Map<number, number>();
  for (const c of await periodComments(db, periodId)) {
    const text = normaliseComment(c.comment);
    if (text === '') continue;
    textCounts.set(text, (textCounts.get(text) ?? 0) + 1);
    commentCount.set(c.servicePointId, (commentCount.get(c.servicePointId) ?? 0) + 1);
    const here = byPoint.get(c.servicePointId) ?? new Map<string, string[]>();
    here.set(text, [...(here.get(text) ?? []), c.id]);
    byPoint.set(c.servicePointId, here);
  }
  const texts = new Map<number, Map<string, string[]>>();
  const facts = new Map<number, CounterFacts>();
  for (const row of counts) {
    const repeated = [...(byPoint.get(row.servicePointId) ?? new Map<string, string[]>())].filter(
      ([, ids]) => ids.length >= thresholds.repeatMinCount,
    );
    texts.set(row.servicePointId, new Map(repeated));
    facts.set(row.servicePointId, {
      ...row,
      comments: commentCount.get(row.servicePointId) ?? 0,
      repeated: repeated.map(([text, ids]) => ({ text, count: ids.length })),
    });
  }
  const province = sumFacts([...facts.values()], textCounts);
  const flags = new Map([...facts].map(([id, f]) => [id, judgeCounter(f, province)]));
  return { facts, flags, texts, province };
}

/** The responses behind one counter's flag, as judged now; undefined when the counter has no such flag. */
export async function responsesBehind(db: Kysely<Database>, periodId: number, servicePointId: number, kind: FlagKind) {
  const judged = await judgePeriod(db, periodId);
  const flag = judged.flags.get(servicePointId)?.find((f) => f.kind === kind);
  const facts = judged.facts.get(servicePointId);
  if (!flag || !facts) return undefined;
  const texts = judged.texts.get(servicePointId) ?? new Map<string, string[]>();
  const ids = kind === 'repeated_comment' ? judgedRepeats(facts, judged.province).flatMap((r) => texts.get(r.text) ?? []) : undefined;
  return { flag, responses: await flaggedResponses(db, periodId, servicePointId, kind, await hoursSets(db), ids) };
}
