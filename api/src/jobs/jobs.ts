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

/** Repeats a batch until one comes back empty; returns the total. */
async function drain(batch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (let n = await batch(); n > 0; n = await batch()) total += n;
  return total;
}

export const jobs = {
  /** stats_pending → the dashboard's summaries (stats/summaries.ts). */
  fold: ({ db }: JobDeps) => drain(() => foldPending(db)),
  /** follow_up_pending → response_follow_ups: the responses that are comments or low scores (comments/). */
  followUps: async ({ db, questionnaires }: JobDeps) => {
    const versions = await scoredVersions(db, questionnaires);
    return drain(() => examinePending(db, versions, { limit: 5_000 }));
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
