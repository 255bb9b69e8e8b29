import { ApiError } from '../errors';
import type { AppEnv } from '../context';
import { findKioskByKey, type Kiosk } from './queries';

export const revokedError = () =>
  new ApiError(403, 'kiosk_revoked', 'This kiosk has been revoked. Please ask the office for a new kiosk link.');

/** The kiosk of a key; unknown → 404, revoked → 403. Its own calls and the submissions it sends check it. */
export async function requireKiosk(c: { var: AppEnv['Variables'] }, key: string): Promise<Kiosk> {
  const kiosk = await findKioskByKey(c.var.deps.db, key);
  if (!kiosk) throw new ApiError(404, 'not_found', 'No kiosk has this key.');
  if (kiosk.revoked) throw revokedError();
  return kiosk;
}
