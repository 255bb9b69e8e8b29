import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NewResponse } from '@sipas/db';
import { responseWriter } from '../../api/src/responses/writer';
import { backends } from '../helpers/backends';
import { freshDb, type TestDb } from '../helpers/db';

const row = (overrides: Partial<NewResponse> = {}): NewResponse => ({
  id: randomUUID(),
  service_point_id: 1,
  period_id: 2,
  questionnaire_version_id: 1,
  respondent_type: 'citizen',
  channel: 'qr',
  lang: 'vi',
  answers: Array(19).fill(4),
  score: 1,
  factor_scores: [1, 1, 1, 1, 1],
  field: null,
  profile: null,
  expectations: null,
  comment: null,
  digest: 'x',
  ...overrides,
});

describe.each(backends)('the group-commit writer on %s', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshDb(backend);
  });
  afterAll(() => t.destroy());

  const stored = async (ids: string[]) =>
    (await t.db.selectFrom('responses').select('id').where('id', 'in', ids).execute()).map((r) => r.id).sort();

  test('a failing row does not fail the rows batched with it', async () => {
    // One writer slot, so everything after the first write queues into one batch.
    const writer = responseWriter(t.db, { maxInFlight: 1 });
    const good = [row(), row(), row(), row()];
    const bad = row({ service_point_id: 999_999 });
    const results = await Promise.allSettled([good[0], good[1], bad, good[2], good[3]].map((r) => writer.write(r!)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(results.filter((r) => r.status === 'fulfilled').every((r) => r.value instanceof Date)).toBe(true);
    expect(await stored([...good.map((g) => g.id), bad.id])).toEqual(good.map((g) => g.id).sort());
    const pending = await t.db
      .selectFrom('stats_pending')
      .select('response_id')
      .where(
        'response_id',
        'in',
        good.map((g) => g.id),
      )
      .execute();
    expect(pending).toHaveLength(4);
  });

  test('the same id twice in one batch is stored once and reported taken for the second', async () => {
    const writer = responseWriter(t.db, { maxInFlight: 1 });
    const first = row();
    const results = await Promise.all([writer.write(row()), writer.write(first), writer.write({ ...first })]);
    expect(results[1]).toBeInstanceOf(Date);
    expect(results[2]).toBeUndefined();
    expect(await stored([first.id])).toEqual([first.id]);
  });
});
