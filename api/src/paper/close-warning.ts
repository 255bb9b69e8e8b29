// Closing a period with paper sheets still out (printed and not keyed in, or disputed) freezes
// figures that are about to be incomplete: the close is refused until the administrator says so.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { ApiError } from '../errors';
import { findPeriod } from '../periods/queries';
import { periodPaperCounts } from './queries';

export const acknowledgeParam = 'paper';
export const acknowledgeValue = 'acknowledged';

export async function refuseCloseWithPaperOut(db: Kysely<Database>, code: string, acknowledged: boolean): Promise<void> {
  if (acknowledged) return;
  const period = await findPeriod(db, code);
  if (!period || period.status !== 'open') return;
  const counts = await periodPaperCounts(db, period.id);
  if (counts.notEntered === 0 && counts.disputed === 0) return;
  throw new ApiError(
    409,
    'paper_outstanding',
    `${code} has ${counts.notEntered} printed paper sheet(s) not keyed in and ${counts.disputed} disputed; ` +
      `they will not count once it is closed. Close with ?${acknowledgeParam}=${acknowledgeValue} to close anyway.`,
    [
      { path: 'notEntered', message: String(counts.notEntered) },
      { path: 'disputed', message: String(counts.disputed) },
    ],
  );
}
