// A listed row as the API speaks it, with the privacy rule for comments of small groups.
//
// SIPAS.md §3: groups under the minimum n "have their free text not shown to people outside
// the unit". Here a response's group is its counter in its period. When that group holds fewer
// than `minN` responses, the comment text is withheld (comment: null, withheld: true) from
// everyone except unit managers whose unit lies below the province: a unit manager only ever
// sees counters inside their own subtree, so their unit is the counter's unit or one of its
// ancestors short of the province. Province administrators, viewers and a unit manager placed
// at the province itself get "withheld". The follow-up stays possible either way.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { rootUnitOf } from '../auth/scope';
import type { SessionUser } from '../context';
import { referenceOf } from '../shared/reference';
import { type CommentRow, groupKey, groupSizes } from './queries';

const dayMs = 24 * 60 * 60 * 1000;
const iso = (at: Date | string) => new Date(at).toISOString();

/** True for a unit manager of a unit below the province (a province path is "/<id>/"). */
export async function readsSmallGroups(db: Kysely<Database>, user: SessionUser): Promise<boolean> {
  if (user.role !== 'unit_manager') return false;
  const root = await rootUnitOf(db, user);
  return root.path.split('/').filter(Boolean).length > 1;
}

export async function presentRows(db: Kysely<Database>, user: SessionUser, rows: CommentRow[], now: Date, minN: number) {
  const insider = await readsSmallGroups(db, user);
  const sizes = insider
    ? new Map<string, number>()
    : await groupSizes(
        db,
        rows.filter((r) => r.comment !== null),
      );
  return rows.map((r) => {
    const withheld = r.comment !== null && !insider && (sizes.get(groupKey(r)) ?? 0) < minN;
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
