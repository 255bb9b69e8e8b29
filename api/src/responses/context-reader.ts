// Reads what submissions need to know (their counter, the open period, the active version) the
// way the writer stores them: submissions that arrive while a read is under way wait for the next
// one and share it, one query for all their counters. Each read starts after every request it
// answers arrived, so no request sees the database as it was before it came.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { findSubmissionContexts, type SubmissionContext } from './queries';

interface Waiting {
  code: string;
  resolve: (context: SubmissionContext) => void;
  reject: (err: unknown) => void;
}

// One read at a time: every request that comes during it shares the next, so under load the
// reads per second stay at about one per round trip, whatever the rate of submissions.
export function submissionContextReader(db: Kysely<Database>, { maxInFlight = 1 } = {}) {
  let queue: Waiting[] = [];
  let inFlight = 0;

  function pump() {
    while (inFlight < maxInFlight && queue.length > 0) {
      const batch = queue;
      queue = [];
      inFlight++;
      void read(batch).finally(() => {
        inFlight--;
        pump();
      });
    }
  }

  async function read(batch: Waiting[]) {
    try {
      const contextOf = await findSubmissionContexts(db, [...new Set(batch.map((w) => w.code))]);
      for (const w of batch) w.resolve(contextOf(w.code));
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  }

  return {
    read(servicePointCode: string): Promise<SubmissionContext> {
      return new Promise((resolve, reject) => {
        queue.push({ code: servicePointCode, resolve, reject });
        pump();
      });
    },
  };
}

export type SubmissionContextReader = ReturnType<typeof submissionContextReader>;
