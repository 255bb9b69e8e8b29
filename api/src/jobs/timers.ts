// When the background jobs run on an API instance: server.ts starts them and stops them on shutdown.
import { type JobDeps, type JobName, jobNames, jobs } from './jobs';

/** Seconds between the end of one run of a job and the start of the next; 0: this instance does not run it. */
export type JobSchedule = Record<JobName, number>;

export function defaultSchedule(foldSeconds: number): JobSchedule {
  return { fold: foldSeconds, followUps: 2, freeze: 60, sessions: 60 * 60 };
}

/**
 * Runs each scheduled job on its own timer, one run of a job at a time; a failed run is reported
 * and retried at the next turn. stop() cancels the timers and waits for the runs under way.
 */
export function startJobs(
  deps: JobDeps,
  schedule: JobSchedule,
  onError = (name: JobName, err: unknown) => console.error(`background job ${name} failed (will retry):`, err),
) {
  let stopped = false;
  const timers = new Map<JobName, NodeJS.Timeout>();
  const running = new Set<Promise<void>>();

  function plan(name: JobName) {
    if (stopped || schedule[name] <= 0) return;
    timers.set(
      name,
      setTimeout(() => {
        const run = jobs[name](deps).then(
          () => undefined,
          (err: unknown) => onError(name, err),
        );
        running.add(run);
        void run.finally(() => {
          running.delete(run);
          plan(name);
        });
      }, schedule[name] * 1000),
    );
  }

  for (const name of jobNames) plan(name);
  return {
    async stop(): Promise<void> {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      await Promise.all(running);
    },
  };
}
