import type { Kysely } from 'kysely';
import type { Database, Role } from '@sipas/db';

export interface UserChange {
  role: Role;
  unitId: number | null;
  disabled: boolean;
}

function userQuery(db: Kysely<Database>) {
  return db
    .selectFrom('users as u')
    .leftJoin('units as un', 'un.id', 'u.unit_id')
    .select((eb) => [
      'u.id',
      'u.username',
      'u.role',
      'u.unit_id as unitId',
      'un.name as unitName',
      'u.disabled',
      'u.created_at as createdAt',
      eb
        .selectFrom('sessions as s')
        .whereRef('s.user_id', '=', 'u.id')
        .select((s) => s.fn.max('s.last_seen_at').as('at'))
        .as('lastSeenAt'),
    ]);
}

/** Every account, with its unit's name and when any of its sessions was last used. */
export async function listUsers(db: Kysely<Database>) {
  return userQuery(db).orderBy('u.username').execute();
}

export async function findUser(db: Kysely<Database>, id: number) {
  return userQuery(db).where('u.id', '=', id).executeTakeFirst();
}

/** The password hash is read only where a password is checked, never with the account. */
export async function findPasswordHash(db: Kysely<Database>, id: number): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
  return row?.password_hash;
}

export async function activeUnitExists(db: Kysely<Database>, id: number): Promise<boolean> {
  const row = await db.selectFrom('units').select('id').where('id', '=', id).where('active', '=', true).executeTakeFirst();
  return row !== undefined;
}

/**
 * Ids of the enabled province administrators, their rows locked until the transaction ends:
 * two administrators demoting each other at once are then judged one after the other.
 */
export async function lockEnabledAdmins(trx: Kysely<Database>): Promise<number[]> {
  const rows = await trx
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'province_admin')
    .where('disabled', '=', false)
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map((r) => r.id);
}

export async function updateUser(trx: Kysely<Database>, id: number, change: UserChange): Promise<void> {
  await trx
    .updateTable('users')
    .set({ role: change.role, unit_id: change.unitId, disabled: change.disabled })
    .where('id', '=', id)
    .execute();
}

export async function setPasswordHash(trx: Kysely<Database>, id: number, passwordHash: string): Promise<void> {
  await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

/** Ends a user's sessions (all but `keep`, the caller's own); returns how many ended. */
export async function deleteSessions(trx: Kysely<Database>, userId: number, keep?: string): Promise<number> {
  let query = trx.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep !== undefined) query = query.where('id', '<>', keep);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Locks the account's row, so a concurrent change to the same user waits for this one; false when there is none. */
export async function lockUser(trx: Kysely<Database>, id: number): Promise<boolean> {
  const row = await trx.selectFrom('users').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return row !== undefined;
}
