// The ranking's data-quality mark: which ranked rows hold a counter the quality rules flagged
// (api/src/quality), so that no one reads a gamed figure without seeing it is in question.
import type { GroupBy, QualityReport, UnitTree } from '@sipas/api/types';

/** The ranking keys to mark: counter codes, or the ids of the scope's child units holding a flagged counter. */
export function flaggedKeys(
  quality: QualityReport | undefined,
  tree: UnitTree | undefined,
  scopeId: number | undefined,
  by: GroupBy | null,
) {
  const keys = new Set<string>();
  if (!quality || !by) return keys;
  if (by === 'servicePoint') {
    for (const c of quality.counters) keys.add(c.servicePoint);
    return keys;
  }
  const paths = new Map(tree?.units.map((u) => [u.id, u.path]));
  const scopePath = scopeId === undefined ? undefined : paths.get(scopeId);
  if (!scopePath) return keys;
  for (const c of quality.counters) {
    const path = paths.get(c.unit.id);
    if (!path?.startsWith(scopePath)) continue;
    // "/1/4/9/" under scope "/1/": the child is 4; a counter of the scope unit itself keeps the scope's id.
    const child = path.slice(scopePath.length).split('/').filter(Boolean)[0];
    keys.add(child ?? String(scopeId));
  }
  return keys;
}
