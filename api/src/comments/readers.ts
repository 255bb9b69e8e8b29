// Who may read a comment's text: the one rule the comments page, the DOCX and every export use.
//
// SIPAS.md §3: groups under the minimum n "have their free text not shown to people outside
// the unit". A comment's group is its counter (in its period). When the group holds fewer than
// `minN` responses, its text is withheld from everyone except unit managers whose unit lies below
// the province: a unit manager only ever sees counters inside their own subtree, so their unit is
// the counter's unit or one of its ancestors short of the province. Province administrators,
// viewers and a unit manager placed at the province itself do not read it. Withheld text is still
// counted.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { rootUnitOf } from '../auth/scope';
import type { SessionUser } from '../context';

/** True for a unit manager of a unit below the province (a province path is "/<id>/"). */
export async function readsSmallGroups(db: Kysely<Database>, user: SessionUser): Promise<boolean> {
  if (user.role !== 'unit_manager') return false;
  const root = await rootUnitOf(db, user);
  return root.path.split('/').filter(Boolean).length > 1;
}

/** Whether a reader (readsSmallGroups: `insider`) may read a comment whose group holds `groupResponses`. */
export const commentReadable = (groupResponses: number, minN: number, insider: boolean) => insider || groupResponses >= minN;
