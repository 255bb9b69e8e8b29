// One row per administrative change: who, what, the entity before and after, when.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import type { SessionUser } from '../context';

export interface AuditEntry {
  /** A verb on an entity, e.g. "create", "update", "close", "revoke". */
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Who acts when no one does: the background jobs. Not a valid username, so never taken for a person. */
export const systemActor = { id: null, username: '(system)' } as const;

/** Call inside the same transaction as the change, so a change is never left unrecorded. */
export async function recordAudit(
  db: Kysely<Database>,
  user: Pick<SessionUser, 'id' | 'username'> | typeof systemActor,
  entry: AuditEntry,
  at: Date,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at,
      user_id: user.id,
      username: user.username,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId === null ? null : String(entry.entityId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}
