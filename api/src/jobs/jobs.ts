// The background work, in one place: what storing a response or closing a period leaves to do
// later. Requests never do it (every GET is read-only); they read what a job has not yet handled
// as if it had: stats add the pending tail to the summaries, comments examine the queued responses
// on the fly, a report of a closed period without a snapshot is computed live.
//
// Each job does all there is to do and returns how many things it handled. All are safe with
// several API instances running them at once: the fold takes an advisory lock, the follow-up queue
// is taken with SKIP LOCKED, a period is frozen under its row lock, and purging is idempotent.
// server.ts runs them on timers (timers.ts); tests call runJobs to run them to the end at once.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { purgeExpiredSessions } from '../auth/queries';
import { idleSeconds } from '../auth/session';
import { examinePending, scoredVersions } from '../comments/queries';
import type { QuestionnaireCache } from '../questionnaires/cache';
import { freezeClosedPeriods } from '../reports/snapshot';
import { foldPending } from '../stats/summaries';

export interface JobDeps {
  db: Kysely<Database>;
  questionnaires: QuestionnaireCache;
  now: () => Date;
}

/**
 * Repeats a batch of up to `limit` while batches come back full; returns the total. A batch that
 * is not full took everything queued when it ran, so the job stops there and what arrived since
 * waits for its next turn: under steady load a turn is one large batch. Repeating until a batch
 * came back empty never stopped while submissions kept coming, and each small batch paid the
 * fixed costs of a fold (bench:submit: 17 folds a second of ~180 responses each, at 60 µs of the
 * database's time a response, against about 17 µs in batches of 8,000).
 */
export async function drain(batch: (limit: number) => Promise<number>, limit: number): Promise<number> {
  let total = 0;
  let n: number;
  do {
    n = await batch(limit);
    total += n;
  } while (n === limit);
  return total;
}

export const jobs = {
  /** stats_pending → the dashboard's summaries (stats/summaries.ts). */
  fold: ({ db }: JobDeps) => drain((limit) => foldPending(db, limit), 20_000),
  /** follow_up_pending → response_follow_ups: the responses that are comments or low scores (comments/). */
  followUps: async ({ db, questionnaires }: JobDeps) => {
    const versions = await scoredVersions(db, questionnaires);
    return drain((limit) => examinePending(db, versions, { limit }), 5_000);
  },
  /** A snapshot for every closed period without one (reports/snapshot.ts), recorded in the audit log. */
  freeze: async ({ db, now }: JobDeps) => (await freezeClosedPeriods(db, now())).length,
  /** Sessions idle past the limit: already refused, removed so the table does not grow. */
  sessions: ({ db }: JobDeps) => purgeExpiredSessions(db, idleSeconds),
} satisfies Record<string, (deps: JobDeps) => Promise<number>>;

export type JobName = keyof typeof jobs;
export const jobNames = Object.keys(jobs) as JobName[];

/** Runs the named jobs (all by default) once each, to the end; returns what each handled. */
export async function runJobs(deps: JobDeps, names: JobName[] = jobNames): Promise<Partial<Record<JobName, number>>> {
  const handled: Partial<Record<JobName, number>> = {};
  for (const name of names) handled[name] = await jobs[name](deps);
  return handled;
}
