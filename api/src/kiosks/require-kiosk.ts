import { ApiError } from '../errors';
import type { AppEnv } from '../context';
import { findKioskByKey, type Kiosk } from './queries';

/**
 * One answer for a key that never existed and a key that was revoked, so that trying keys
 * learns nothing: not whether a key was ever issued, nor the counter it belonged to.
 */
export const revokedError = () =>
  new ApiError(403, 'kiosk_revoked', 'This kiosk key is unknown or has been revoked. Please ask the office for a new kiosk link.');

/** The kiosk of a key; unknown or revoked → the same 403. Its own calls and the submissions it sends check it. */
export async function requireKiosk(c: { var: AppEnv['Variables'] }, key: string): Promise<Kiosk> {
  const kiosk = await findKioskByKey(c.var.deps.db, key);
  if (!kiosk || kiosk.revoked) throw revokedError();
  return kiosk;
}
