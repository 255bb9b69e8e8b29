import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { generatePassword, hashPassword } from './password';
import { countUsers, insertUser } from './queries';

/**
 * Creates the first province administrator when there is no user yet. Returns the password
 * only when it was generated here, so the caller can print it once.
 */
export async function ensureFirstAdmin(
  db: Kysely<Database>,
  admin: { username: string; password: string | undefined },
): Promise<{ created: boolean; generatedPassword?: string }> {
  if ((await countUsers(db)) > 0) return { created: false };
  const password = admin.password ?? generatePassword();
  await insertUser(db, { username: admin.username, passwordHash: await hashPassword(password), role: 'province_admin', unitId: null });
  return admin.password ? { created: true } : { created: true, generatedPassword: password };
}
