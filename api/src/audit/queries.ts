import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';

export interface AuditFilter {
  entity?: string | undefined;
  username?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  /** Exclusive. */
  to?: Date | undefined;
  /** Only entries older than this id: the keyset of the next page. */
  before?: number | undefined;
  limit: number;
}

/** A page of the log, newest first, and the id to ask `before` for the next page (null at the end). */
export async function listAuditEntries(db: Kysely<Database>, filter: AuditFilter) {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'username', 'action', 'entity', 'entity_id as entityId', 'before', 'after'])
    .orderBy('id', 'desc')
    // One more than asked tells whether an older page exists.
    .limit(filter.limit + 1);
  if (filter.entity !== undefined) query = query.where('entity', '=', filter.entity);
  if (filter.username !== undefined) query = query.where('username', '=', filter.username);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.from !== undefined) query = query.where('at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('at', '<', filter.to);
  if (filter.before !== undefined) query = query.where('id', '<', filter.before);
  const rows = await query.execute();
  // bigserial ids arrive as strings from node-postgres.
  const entries = rows.slice(0, filter.limit).map((r) => ({ ...r, id: Number(r.id) }));
  return { entries, next: rows.length > filter.limit ? entries[entries.length - 1]!.id : null };
}
