// The comments part of a report: how many comments each factor drew (a comment is filed under
// the factor its author rated lowest; "general" when every factor satisfied them) and the latest
// few of each, quoted as plain text.
import { maskContacts } from '../shared/mask-contacts';
import type { CommentCount, CommentExample } from './cells';

/** The units and counters a summary needs: the tree as read, or as a report's content holds it. */
interface TreeLike {
  units: { id: number; path: string }[];
  servicePoints: { id: number; unitId: number }[];
}

export const examplesPerFactor = 3;

export interface CommentRows {
  counts: (Omit<CommentCount, 'factor'> & { factor: string | null })[];
  examples: (Omit<CommentExample, 'factor'> & { factor: string | null })[];
}

export interface CommentSummary {
  total: number;
  byFactor: { factor: string | null; count: number; examples: { text: string; receivedAt: string }[] }[];
}

/**
 * A unit's comments over its subtree: all counted, quoted only from counters `quotable` allows.
 * What a reader sees is made by the report route with comments/readers.ts, the rule the comments
 * page uses too.
 */
export function commentsFor(
  unit: { id: number; path: string },
  tree: TreeLike,
  rows: CommentRows,
  quotable: (pointId: number) => boolean,
): CommentSummary {
  const pathOf = new Map(tree.units.map((u) => [u.id, u.path]));
  const unitOf = new Map(tree.servicePoints.map((sp) => [sp.id, sp.unitId]));
  const inScope = (pointId: number) => pathOf.get(unitOf.get(pointId) ?? -1)?.startsWith(unit.path) ?? false;
  const byFactor = new Map<string | null, CommentSummary['byFactor'][number]>();
  const entry = (factor: string | null) => {
    let e = byFactor.get(factor);
    if (!e) byFactor.set(factor, (e = { factor, count: 0, examples: [] }));
    return e;
  };
  for (const c of rows.counts) if (inScope(c.servicePointId)) entry(c.factor).count += c.count;
  for (const x of rows.examples)
    if (inScope(x.servicePointId) && quotable(x.servicePointId)) entry(x.factor).examples.push({ text: x.text, receivedAt: x.receivedAt });
  const list = [...byFactor.values()];
  for (const e of list) {
    e.examples = e.examples
      .sort((a, b) => (a.receivedAt === b.receivedAt ? (a.text < b.text ? -1 : 1) : a.receivedAt < b.receivedAt ? 1 : -1))
      .slice(0, examplesPerFactor);
  }
  // Factors in the questionnaire's order is the caller's business; here: most comments first.
  list.sort((a, b) => b.count - a.count || String(a.factor).localeCompare(String(b.factor)));
  return { total: list.reduce((s, e) => s + e.count, 0), byFactor: list };
}

export interface CommentPicks {
  /** Every comment of the scope is counted, quoted or not. */
  total: number;
  byFactor: { factor: string | null; count: number }[];
  /** From respondents dissatisfied with some factor, under the factor they rated lowest; most comments first. */
  complaints: { factor: string; count: number; examples: string[] }[];
  /** From respondents satisfied with every factor, listed apart. */
  praise: string[];
}

/** Case, spacing, punctuation and diacritics do not make a comment a different one. */
export const sameCommentKey = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * What a report quotes: contact details masked (shared/mask-contacts.ts), each text once however
 * often it was sent, complaints by factor and praise apart. Counts are commentsFor's.
 */
export function representativeComments(
  unit: { id: number; path: string },
  tree: TreeLike,
  rows: CommentRows,
  quotable: (pointId: number) => boolean,
): CommentPicks {
  const summary = commentsFor(unit, tree, rows, () => false);
  const pathOf = new Map(tree.units.map((u) => [u.id, u.path]));
  const unitOf = new Map(tree.servicePoints.map((sp) => [sp.id, sp.unitId]));
  const readable = rows.examples
    .filter((x) => (pathOf.get(unitOf.get(x.servicePointId) ?? -1)?.startsWith(unit.path) ?? false) && quotable(x.servicePointId))
    .sort((a, b) => (a.receivedAt === b.receivedAt ? (a.text < b.text ? -1 : 1) : a.receivedAt < b.receivedAt ? 1 : -1));
  const seen = new Set<string>();
  // Latest first, each text once across the whole report, a few per factor.
  const pick = (factor: string | null) => {
    const texts: string[] = [];
    for (const e of readable) {
      if (e.factor !== factor || texts.length === examplesPerFactor) continue;
      const key = sameCommentKey(e.text);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      texts.push(maskContacts(e.text));
    }
    return texts;
  };
  const complaints = summary.byFactor
    .filter((f): f is typeof f & { factor: string } => f.factor !== null)
    .map((f) => ({ factor: f.factor, count: f.count, examples: pick(f.factor) }));
  return {
    total: summary.total,
    byFactor: summary.byFactor.map(({ factor, count }) => ({ factor, count })),
    complaints,
    praise: pick(null),
  };
}
