// Which responses count: every figure leaves out those a province administrator excluded
// (quality_excluded_responses). Reads of the raw responses add `counted('r')`; the summaries never
// hold an excluded response (exclusion.ts takes it out of them, or out of stats_pending).
import { type RawBuilder, sql } from 'kysely';

/** True for a response that counts; `id` names its id column, e.g. 'r.id'. */
export function counted(id: string): RawBuilder<boolean> {
  return sql<boolean>`not exists (select 1 from quality_excluded_responses q where q.response_id = ${sql.ref(id)})`;
}
