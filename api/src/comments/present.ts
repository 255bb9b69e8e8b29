// A listed row as the API speaks it, with the comment text withheld where readers.ts says so
// (comment: null, withheld: true). The follow-up stays possible either way.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import type { SessionUser } from '../context';
import { referenceOf } from '../shared/reference';
import { type CommentRow, groupKey, groupSizes } from './queries';
import { commentReadable, readsSmallGroups } from './readers';

export { readsSmallGroups };

const dayMs = 24 * 60 * 60 * 1000;
const iso = (at: Date | string) => new Date(at).toISOString();

export async function presentRows(db: Kysely<Database>, user: SessionUser, rows: CommentRow[], now: Date, minN: number) {
  const insider = await readsSmallGroups(db, user);
  const sizes = insider
    ? new Map<string, number>()
    : await groupSizes(
        db,
        rows.filter((r) => r.comment !== null),
      );
  return rows.map((r) => {
    const withheld = r.comment !== null && !commentReadable(sizes.get(groupKey(r)) ?? 0, minN, insider);
    return {
      id: r.id,
      reference: referenceOf(r.id),
      period: r.period,
      receivedAt: iso(r.receivedAt),
      ageDays: Math.max(0, Math.floor((now.getTime() - new Date(r.receivedAt).getTime()) / dayMs)),
      servicePoint: { code: r.servicePointCode, name: r.servicePointName },
      unit: { id: r.unitId, name: r.unitName },
      respondentType: r.respondentType,
      channel: r.channel,
      comment: withheld ? null : r.comment,
      withheld,
      lowFactors: r.lowFactors,
      lowItems: r.lowItems,
      followUp: {
        status: r.status,
        note: r.note,
        action: r.action,
        acknowledged: r.acknowledgedAt === null ? null : { by: r.acknowledgedBy, at: iso(r.acknowledgedAt) },
        closed: r.closedAt === null ? null : { by: r.closedBy, at: iso(r.closedAt) },
      },
    };
  });
}

export type CommentItem = Awaited<ReturnType<typeof presentRows>>[number];
