// The comments API as the "Góp ý" page reads it (api/src/comments), and the page's URL query.
import type { CommentItem, CommentPage, FollowUpStatus } from '@sipas/api/types';
import { request } from '../../api';

export const kinds = ['all', 'comment', 'low'] as const;
export const statuses = ['open', 'closed', 'all'] as const;

export type Counts = Record<FollowUpStatus, number>;

export interface CommentFilters {
  period?: string | undefined;
  unit?: number | undefined;
  factor?: string | undefined;
  kind: (typeof kinds)[number];
  status: (typeof statuses)[number];
}

const pick = <T extends string>(value: string | undefined, choices: readonly T[], fallback: T): T =>
  choices.includes(value as T) ? (value as T) : fallback;

/** The filters a URL query names; the page opens on the items still open, of every period. */
export function readFilters(query: Record<string, string | undefined>): CommentFilters {
  const unit = Number(query.unit);
  return {
    period: query.period || undefined,
    unit: Number.isInteger(unit) && unit > 0 ? unit : undefined,
    factor: query.factor || undefined,
    kind: pick(query.kind, kinds, 'all'),
    status: pick(query.status, statuses, 'open'),
  };
}

/** The query string of a set of filters (the page's URL and the API's both use it). */
export function filterQuery(f: CommentFilters, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...f, ...extra }).filter(([, v]) => v !== undefined && v !== '');
  return new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
}

export function fetchComments(f: CommentFilters, before?: string): Promise<CommentPage> {
  return request<CommentPage>('GET', `/api/admin/comments?${filterQuery(f, before ? { before } : {})}`);
}

export type FollowUpStep = { kind: 'acknowledge'; note?: string } | { kind: 'close'; action: string } | { kind: 'reopen' };

export function followUp(id: string, step: FollowUpStep): Promise<CommentItem> {
  const { kind, ...body } = step;
  return request<CommentItem>('POST', `/api/admin/comments/${encodeURIComponent(id)}/${kind}`, body);
}

/** The counts after one item moved from one status to another. */
export function moveCount(counts: Counts, from: FollowUpStatus, to: FollowUpStatus): Counts {
  return from === to ? counts : { ...counts, [from]: counts[from] - 1, [to]: counts[to] + 1 };
}
