import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDb } from '@sipas/db';
import { questionnaireCache } from '../../api/src/questionnaires/cache';
import { drain, type JobDeps, runJobs } from '../../api/src/jobs/jobs';
import { startJobs } from '../../api/src/jobs/timers';
import { verifySnapshots } from '../../api/src/reports/verify';
import { backends } from '../helpers/backends';
import { allAnswers, postJson, startApp, submission, type TestApp } from '../helpers/app';

describe.each(backends)('the background jobs on %s', (backend) => {
  let t: TestApp;
  let deps: JobDeps;
  const now = new Date('2026-08-20T12:00:00Z');
  const count = async (table: 'stats_pending' | 'follow_up_pending' | 'response_follow_ups' | 'period_snapshots' | 'sessions') =>
    Number(
      (
        await t.testDb.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const submit = async (overrides: Record<string, unknown>) =>
    expect((await postJson(t.app, '/api/responses', submission(overrides))).status).toBe(201);

  beforeAll(async () => {
    t = await startApp(backend);
    deps = { db: t.testDb.db, questionnaires: questionnaireCache(t.testDb.db), now: () => now };
  });
  afterAll(() => t.testDb.destroy());

  test('run to the end, they fold the responses, examine the follow-up queue, freeze the unfrozen closed periods and purge idle sessions', async () => {
    await submit({ comment: 'Chờ lâu' });
    await submit({ answers: allAnswers(1) });
    await submit({});
    const user = (
      await t.testDb.db
        .insertInto('users')
        .values({ username: 'idle', password_hash: 'x', role: 'viewer' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const session = (id: string, idleHours: number) => ({
      id: createHash('sha256').update(id).digest('hex'),
      user_id: user,
      csrf_token: id,
      last_seen_at: sql<Date>`now() - make_interval(hours => ${idleHours})`,
    });
    await t.testDb.db
      .insertInto('sessions')
      .values([session('stale', 9), session('recent', 1)])
      .execute();

    // The seed's 2026-H1 was closed outside the app, so it has no snapshot.
    expect(await runJobs(deps)).toEqual({ fold: 3, followUps: 2, freeze: 1, sessions: 1 });
    expect([
      await count('stats_pending'),
      await count('follow_up_pending'),
      await count('response_follow_ups'),
      await count('sessions'),
    ]).toEqual([0, 0, 2, 1]);
    expect(await verifySnapshots(t.testDb.db, '2026-H1')).toEqual([
      { period: '2026-H1', digest: expect.stringMatching(/^[0-9a-f]{64}$/), ok: true, problems: [] },
    ]);
    const audit = await t.testDb.db.selectFrom('audit_log').select(['user_id', 'username', 'action', 'entity_id', 'at']).execute();
    expect(audit).toEqual([{ user_id: null, username: '(system)', action: 'freeze', entity_id: '2026-H1', at: now }]);

    expect(await runJobs(deps)).toEqual({ fold: 0, followUps: 0, freeze: 0, sessions: 0 });
  });

  test('several instances running them at once handle each thing once', async () => {
    for (let i = 0; i < 20; i++) await submit({ comment: `Ý kiến ${i}` });
    await t.testDb.db.updateTable('survey_periods').set({ status: 'closed' }).where('code', '=', '2026-H2').execute();
    // A second pool stands for a second instance (PGlite has one connection: the runs then queue).
    const other = t.testDb.url ? await createDb({ kind: 'postgres', url: t.testDb.url, poolSize: 4 }) : t.testDb.db;
    try {
      const runs = await Promise.all([runJobs(deps), runJobs({ ...deps, db: other }), runJobs(deps)]);
      const total = (name: 'fold' | 'followUps' | 'freeze') => runs.reduce((sum, r) => sum + r[name]!, 0);
      expect({ fold: total('fold'), followUps: total('followUps'), freeze: total('freeze') }).toEqual({
        fold: 20,
        followUps: 20,
        freeze: 1,
      });
    } finally {
      if (other !== t.testDb.db) await other.destroy();
    }
    expect([await count('response_follow_ups'), await count('period_snapshots')]).toEqual([22, 2]);
    const n = await sql<{ n: number }>`select coalesce(sum(n), 0)::int as n from stats_point_cells`.execute(t.testDb.db);
    expect(n.rows[0]!.n).toBe(23);
  });

  test('on timers they run until stopped', async () => {
    await t.testDb.db
      .insertInto('survey_periods')
      .values({ code: '2027-H1', starts_on: '2027-01-01', ends_on: '2027-06-30', status: 'open' })
      .execute();
    await submit({ comment: 'Một ý kiến nữa' });
    const failures: string[] = [];
    const running = startJobs(deps, { fold: 0.01, followUps: 0.01, freeze: 0, sessions: 0 }, (name) => failures.push(name));
    await expect.poll(async () => [await count('stats_pending'), await count('follow_up_pending')], { timeout: 5_000 }).toEqual([0, 0]);
    await running.stop();
    await submit({ comment: 'Sau khi dừng' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([await count('stats_pending'), await count('follow_up_pending'), failures]).toEqual([1, 1, []]);
  });
});

describe('drain', () => {
  /** A queue of `queued` items that grows by `arriving` after each batch taken, as under steady load. */
  const queue = (queued: number, arriving: number) => {
    const taken: number[] = [];
    const batch = async (limit: number) => {
      const n = Math.min(limit, queued);
      queued += arriving - n;
      taken.push(n);
      return n;
    };
    return { batch, taken };
  };

  test('repeats while batches come back full and stops at the first that is not, though more has arrived', async () => {
    const q = queue(25, 3);
    expect(await drain(q.batch, 10)).toBe(34);
    expect(q.taken).toEqual([10, 10, 10, 4]);
  });

  test('takes one batch when less than a batch is waiting, and none is an empty batch', async () => {
    const q = queue(4, 50);
    expect(await drain(q.batch, 10)).toBe(4);
    expect(q.taken).toEqual([4]);
    const empty = queue(0, 0);
    expect(await drain(empty.batch, 10)).toBe(0);
    expect(empty.taken).toEqual([0]);
  });
});
