import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database, Role } from '@sipas/db';
import type { SessionUser } from '../context';

export async function findUserForLogin(db: Kysely<Database>, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'unit_id as unitId', 'password_hash as passwordHash', 'disabled'])
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst();
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(
  db: Kysely<Database>,
  user: { username: string; passwordHash: string; role: Role; unitId: number | null },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({ username: user.username.toLowerCase(), password_hash: user.passwordHash, role: user.role, unit_id: user.unitId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertSession(db: Kysely<Database>, id: string, userId: number, csrfToken: string): Promise<void> {
  await db.insertInto('sessions').values({ id, user_id: userId, csrf_token: csrfToken }).execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** The session's user if the session exists, is not idle too long and the user is enabled. */
export async function findSessionUser(
  db: Kysely<Database>,
  id: string,
  idleSeconds: number,
): Promise<(SessionUser & { csrfToken: string }) | undefined> {
  // One statement both checks the idle limit and records this use.
  const row = await db
    .updateTable('sessions as s')
    .from('users as u')
    .set({ last_seen_at: sql`now()` })
    .whereRef('u.id', '=', 's.user_id')
    .where('s.id', '=', id)
    .where('u.disabled', '=', false)
    .where(sql<boolean>`s.last_seen_at > now() - make_interval(secs => ${idleSeconds})`)
    .returning(['u.id', 'u.username', 'u.role', 'u.unit_id as unitId', 's.csrf_token as csrfToken'])
    .executeTakeFirst();
  return row;
}

/** Removes the sessions idle for longer than the limit (findSessionUser already refuses them); returns how many. */
export async function purgeExpiredSessions(db: Kysely<Database>, idleSeconds: number): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where(sql<boolean>`last_seen_at <= now() - make_interval(secs => ${idleSeconds})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
