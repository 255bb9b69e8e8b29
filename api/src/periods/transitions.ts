// A period's life: draft → open → closed, never back. Each move is one transaction with its audit row.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { recordAudit } from '../audit/record';
import type { SessionUser } from '../context';
import { ApiError, isUniqueViolation } from '../errors';
import { takeSnapshot } from '../reports/snapshot';
import { findOpenPeriodCode, lockPeriod, type PeriodRow, updatePeriod } from './queries';

type Actor = Pick<SessionUser, 'id' | 'username'>;

export function periodNotFound(code: string): ApiError {
  return new ApiError(404, 'not_found', `No survey period ${code}.`);
}

export function periodClosed(code: string): ApiError {
  return new ApiError(409, 'period_closed', `${code} is closed: its results are frozen and it cannot be changed or reopened.`);
}

function anotherOpen(open: string, code: string): ApiError {
  return new ApiError(409, 'another_period_open', `${open} is open: close it before opening ${code}.`);
}

/** What the audit log keeps of a period. */
export function auditable({ id: _, ...period }: PeriodRow) {
  return period;
}

export async function openPeriod(db: Kysely<Database>, user: Actor, code: string, now: Date): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      const before = await lockPeriod(trx, code);
      if (!before) throw periodNotFound(code);
      if (before.status === 'closed') throw periodClosed(code);
      if (before.status === 'open') throw new ApiError(409, 'already_open', `${code} is already open.`);
      const open = await findOpenPeriodCode(trx);
      if (open) throw anotherOpen(open, code);
      const after = await updatePeriod(trx, before.id, { status: 'open' });
      await recordAudit(
        trx,
        user,
        { action: 'open', entity: 'survey_period', entityId: code, before: auditable(before), after: auditable(after) },
        now,
      );
    });
  } catch (err) {
    // Two periods opened at the same moment: the one-open index let only one through.
    if (!isUniqueViolation(err)) throw err;
    throw anotherOpen((await findOpenPeriodCode(db)) ?? 'another period', code);
  }
}

/**
 * Closing freezes a period. The status change and everything that must happen with it share one
 * transaction: if any step fails, the period stays open and nothing is half done. Work that
 * closing triggers (the report's frozen snapshot) belongs right after step 1, in this transaction.
 */
export async function closePeriod(db: Kysely<Database>, user: Actor, code: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await lockPeriod(trx, code);
    if (!before) throw periodNotFound(code);
    if (before.status === 'closed') throw periodClosed(code);
    if (before.status === 'draft') throw new ApiError(409, 'not_open', `${code} has not been opened, so it cannot be closed.`);

    // Step 1: no response joins the period from here on (submissions read the open period).
    const after = await updatePeriod(trx, before.id, { status: 'closed' });

    // Step 2: freeze the results the period ends with: the report's snapshot and its digest (reports/snapshot.ts).
    const snapshot = await takeSnapshot(trx, before.id, now);

    // Step 3: the record of who closed it, with the digest they froze.
    await recordAudit(
      trx,
      user,
      {
        action: 'close',
        entity: 'survey_period',
        entityId: code,
        before: auditable(before),
        after: { ...auditable(after), digest: snapshot.digest },
      },
      now,
    );
  });
}
