import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoMarker, demoResponsesWanted, removeDemoResponses, seedDemoResponses } from '../../api/src/demo/demo-responses';
import { backends, seedDate } from '../helpers/backends';
import { signIn, startApp, type SessionHeaders, type TestApp } from '../helpers/app';

test('demo responses come by default on the embedded database only, and a setting decides otherwise', () => {
  expect([
    demoResponsesWanted(undefined, 'pglite'),
    demoResponsesWanted(undefined, 'postgres'),
    demoResponsesWanted('false', 'pglite'),
    demoResponsesWanted('true', 'postgres'),
  ]).toEqual([true, false, false, true]);
  expect(() => demoResponsesWanted('yes', 'pglite')).toThrow('DEMO_RESPONSES must be true or false');
});

describe.each(backends)('demo responses on %s', (backend) => {
  let t: TestApp;
  let cookie: SessionHeaders;
  beforeAll(async () => {
    t = await startApp(backend);
    cookie = await signIn(t);
  });
  afterAll(() => t.testDb.destroy());

  const stats = async (period: string) => {
    const res = await t.app.request(`/api/admin/stats?period=${period}`, { headers: cookie });
    expect(res.status).toBe(200);
    return (await res.json()) as { n: number; index: { value: number | null }; previous: { n: number } | null };
  };

  test('fill the open half-year and the one before, through the summaries, and go again without a trace', async () => {
    expect(await seedDemoResponses(t.testDb.db, seedDate, 50)).toBe(100);
    // Only on a database without responses: a second call adds nothing.
    expect(await seedDemoResponses(t.testDb.db, seedDate, 50)).toBe(0);
    const h2 = await stats('2026-H2');
    expect({ n: h2.n, previous: h2.previous?.n, hasIndex: typeof h2.index.value === 'number' }).toEqual({
      n: 50,
      previous: 50,
      hasIndex: true,
    });
    // Folded like any submission: nothing left pending, the earlier half still closed.
    expect(await t.testDb.db.selectFrom('stats_pending').select('response_id').execute()).toEqual([]);
    const h1 = await t.testDb.db.selectFrom('survey_periods').select('status').where('code', '=', '2026-H1').executeTakeFirstOrThrow();
    expect(h1.status).toBe('closed');
    const labelled = await t.testDb.db
      .selectFrom('responses')
      .select('comment')
      .where('digest', '=', demoMarker)
      .where('comment', 'is not', null)
      .execute();
    expect(labelled.every((r) => r.comment!.startsWith('(Dữ liệu minh hoạ) '))).toBe(true);

    expect(await removeDemoResponses(t.testDb.db)).toBe(100);
    expect((await stats('2026-H2')).n).toBe(0);
    expect(await t.testDb.db.selectFrom('responses').select('id').execute()).toEqual([]);
  });
});
