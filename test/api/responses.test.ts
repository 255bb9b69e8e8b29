import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { allAnswers, postJson, startApp, submission, type TestApp } from '../helpers/app';
import { invalidInput } from '../helpers/admin';

describe.each(backends)('POST /api/responses on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(backend);
  });
  afterAll(() => t.testDb.destroy());

  const countRows = async (id?: string) => {
    let q = t.testDb.db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n'));
    if (id) q = q.where('id', '=', id);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };

  const expectRejected = async (body: unknown, status: number, error: unknown) => {
    const before = await countRows();
    const res = await postJson(t.app, '/api/responses', body);
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ error });
    expect(await countRows()).toBe(before);
  };
  /** A submission refused with 400 invalid_input naming each issue, and nothing stored. */
  const expectInvalid = (body: unknown, issues: { path: string; message: string }[]) =>
    expectRejected(body, 400, invalidInput(issues).error);

  test('stores a new response and answers 201 with its receipt', async () => {
    const body = submission({
      answers: allAnswers(5, ['TT3']),
      comment: '  Cán bộ nhiệt tình.  ',
      field: 'dat-dai',
      profile: { gender: 'female' },
    });
    const res = await postJson(t.app, '/api/responses', body);
    expect(res.status).toBe(201);
    const receipt = await res.json();
    expect(receipt).toEqual({
      id: body.id,
      reference: body.id
        .replace(/-/g, '')
        .slice(0, 8)
        .toUpperCase()
        .replace(/^(.{4})/, '$1-'),
      period: '2026-H2',
      receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const row = await t.testDb.db.selectFrom('responses').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
    expect({ ...row, received_at: undefined, digest: undefined, service_point_id: undefined }).toEqual({
      id: body.id,
      service_point_id: undefined,
      period_id: 2,
      questionnaire_version_id: 1,
      respondent_type: 'citizen',
      channel: 'qr',
      lang: 'vi',
      answers: [5, 5, 5, 5, 5, 5, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5],
      score: 1,
      factor_scores: [1, 1, 1, 1, 1],
      field: 'dat-dai',
      profile: { gender: 'female' },
      expectations: null,
      comment: 'Cán bộ nhiệt tình.',
      digest: undefined,
      received_at: undefined,
      kiosk_id: null,
      completed_at: null,
    });
  });

  test('answers a replayed submission with the stored receipt and stores nothing twice', async () => {
    const body = submission();
    const first = await postJson(t.app, '/api/responses', body);
    const again = await postJson(t.app, '/api/responses', { ...body, answers: { ...body.answers } });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect(await countRows(body.id)).toBe(1);
  });

  test('keeps exactly one row when the same submission arrives many times at once', async () => {
    const body = submission();
    const results = await Promise.all(Array.from({ length: 12 }, () => postJson(t.app, '/api/responses', body)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const bodies = await Promise.all(results.map((r) => r.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(await countRows(body.id)).toBe(1);
  });

  test('refuses the same id with different content with 409', async () => {
    const body = submission();
    expect((await postJson(t.app, '/api/responses', body)).status).toBe(201);
    await expectRejected({ ...body, answers: allAnswers(2) }, 409, {
      code: 'id_conflict',
      message: 'A different response was already stored under this id.',
    });
  });

  test('refuses malformed JSON', async () => {
    await expectRejected('{"id": ', 400, { code: 'invalid_json', message: 'The body is not valid JSON.' });
  });

  test('names every wrong type in the envelope', async () => {
    await expectInvalid(submission({ id: 'not-a-uuid', respondentType: 'alien', channel: 5 }), [
      { path: 'id', message: 'Invalid UUID' },
      { path: 'respondentType', message: 'Invalid option: expected one of "citizen"|"organization"' },
      { path: 'channel', message: 'Invalid option: expected one of "kiosk"|"qr"|"web"|"paper"' },
    ]);
  });

  test('refuses an unknown item, a value off the scale, N/A where not offered and a missing item together', async () => {
    const answers: Record<string, unknown> = { ...allAnswers(4), XX9: 3, TC2: 6, CC1: 'na' };
    delete answers.KQ1;
    await expectInvalid(submission({ answers }), [
      { path: 'answers.TC2', message: 'expected 1 to 5' },
      { path: 'answers.CC1', message: '"not applicable" is not offered for this item' },
      { path: 'answers.KQ1', message: 'this item needs an answer' },
      { path: 'answers', message: 'Unrecognized key: "XX9"' },
    ]);
  });

  test('refuses a comment over 2,000 characters', async () => {
    await expectInvalid(submission({ comment: 'a'.repeat(2001) }), [
      { path: 'comment', message: 'Too big: expected string to have <=2000 characters' },
    ]);
  });

  test('refuses a profile option that does not exist and a question not asked of citizens', async () => {
    await expectInvalid(submission({ profile: { gender: 'robot', orgKind: 'fdi' } }), [
      { path: 'profile.gender', message: 'Invalid option: expected one of "male"|"female"|"undisclosed"' },
    ]);
    await expectInvalid(submission({ profile: { orgKind: 'fdi' } }), [
      { path: 'profile.orgKind', message: 'not asked of respondent type citizen' },
    ]);
  });

  test('answers 404 for an unknown service point', async () => {
    await expectRejected(submission({ servicePoint: 'NO-SUCH' }), 404, {
      code: 'not_found',
      message: 'No active service point has the code NO-SUCH.',
    });
  });

  test('answers 400 for an unknown questionnaire version', async () => {
    await expectInvalid(submission({ questionnaireVersion: 99 }), [
      { path: 'questionnaireVersion', message: 'no such questionnaire version' },
    ]);
  });

  test('answers 413 for a body over 16 KB', async () => {
    await expectRejected(submission({ comment: 'a'.repeat(17 * 1024) }), 413, {
      code: 'payload_too_large',
      message: 'The body is over 16384 bytes.',
    });
  });

  test('answers 409 when no period is open, and accepts again once one is', async () => {
    await t.testDb.db.updateTable('survey_periods').set({ status: 'closed' }).where('code', '=', '2026-H2').execute();
    try {
      await expectRejected(submission(), 409, { code: 'no_open_period', message: 'No survey period is open at the moment.' });
    } finally {
      await t.testDb.db.updateTable('survey_periods').set({ status: 'open' }).where('code', '=', '2026-H2').execute();
    }
    expect((await postJson(t.app, '/api/responses', submission())).status).toBe(201);
  });

  test('answers 404 for a deactivated service point', async () => {
    await t.testDb.db.updateTable('service_points').set({ active: false }).where('code', '=', 'DEMO-02').execute();
    try {
      await expectRejected(submission({ servicePoint: 'DEMO-02' }), 404, {
        code: 'not_found',
        message: 'No active service point has the code DEMO-02.',
      });
    } finally {
      await t.testDb.db.updateTable('service_points').set({ active: true }).where('code', '=', 'DEMO-02').execute();
    }
  });
});
