import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { canonicalJson, sha256Hex } from '../../api/src/canonical';
import { questionnaireCache } from '../../api/src/questionnaires/cache';
import { runJobs } from '../../api/src/jobs/jobs';
import { computeContent, takeSnapshot } from '../../api/src/reports/snapshot';
import { verifySnapshots } from '../../api/src/reports/verify';
import { findPeriods } from '../../api/src/periods/queries';
import { backends } from '../helpers/backends';
import { allAnswers, postJson, postResponse, signIn, startApp, submission, type SessionHeaders, type TestApp } from '../helpers/app';
import { readXlsx, sheetRows } from './report-read';

test('canonical JSON sorts keys and writes every number one way', () => {
  expect(canonicalJson({ b: [1, 0.1 + 0.2, 2.5, -0], a: { d: null, c: 'Hài lòng' }, e: undefined })).toBe(
    '{"a":{"c":"Hài lòng","d":null},"b":[1,0.3,2.5,0]}',
  );
});

describe.each(backends)('frozen periods on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders;
  const digestNow = async (code = '2026-H2') =>
    sha256Hex(canonicalJson(await computeContent(t.testDb.db, await findPeriods(t.testDb.db, code), code)));
  const close = (code: string) =>
    t.testDb.db.transaction().execute(async (trx) => {
      const p = await trx
        .updateTable('survey_periods')
        .set({ status: 'closed' })
        .where('code', '=', code)
        .returning('id')
        .executeTakeFirstOrThrow();
      return takeSnapshot(trx, p.id, new Date('2026-12-31T17:00:00Z'));
    });
  const stored = () => t.testDb.db.selectFrom('period_snapshots').select(['content', 'digest']).execute();

  beforeAll(async () => {
    t = await startApp(backend);
    admin = await signIn(t);
    for (const [value, servicePoint] of [
      [5, 'DEMO-01'],
      [4, 'STP-01'],
      [2, 'PTT-01'],
      [3, 'DEMO-02'],
    ] as const) {
      await postResponse(t, { servicePoint, answers: allAnswers(value), comment: `Ý kiến ${value}` });
    }
  });
  afterAll(() => t.testDb.destroy());

  test('the digest is the same when nothing changed', async () => {
    expect(await digestNow()).toBe(await digestNow());
  });

  test('the digest changes when any single answer of any response changes', async () => {
    const before = await digestNow();
    await sql`update responses set answers[19] = 1 where service_point_id = (select id from service_points where code = 'STP-01')`.execute(
      t.testDb.db,
    );
    const after = await digestNow();
    await sql`update responses set answers[19] = 4 where service_point_id = (select id from service_points where code = 'STP-01')`.execute(
      t.testDb.db,
    );
    expect(after).not.toBe(before);
    expect(await digestNow()).toBe(before);
  });

  describe('once 2026-H2 is closed', () => {
    let snapshot: { digest: string };
    let xlsxBefore: unknown[][];
    const factorsSheet = async () =>
      sheetRows(await readXlsx(await (await t.app.request('/api/admin/reports/2026-H2.xlsx', { headers: admin })).arrayBuffer()), 'Yếu tố');
    beforeAll(async () => {
      snapshot = await close('2026-H2');
      xlsxBefore = await factorsSheet();
    });

    test('stores the canonical content with its SHA-256', async () => {
      const [row] = await stored();
      expect(row!.digest).toBe(snapshot.digest);
      expect(sha256Hex(row!.content)).toBe(row!.digest);
      expect(canonicalJson(JSON.parse(row!.content))).toBe(row!.content);
      expect(JSON.parse(row!.content)).toMatchObject({
        period: { code: '2026-H2', target: 90 },
        method: { minN: 30, target: 90 },
        questionnaire: { code: 'SIPAS-2026.1' },
      });
    });

    test('refuses a late submission, and the snapshot and the report stay as they were', async () => {
      const res = await postJson(t.app, '/api/responses', submission({ answers: allAnswers(1) }));
      expect(res.status).toBe(409);
      expect(await res.json()).toEqual({ error: { code: 'no_open_period', message: 'No survey period is open at the moment.' } });
      expect((await stored())[0]!.digest).toBe(snapshot.digest);
      expect(await factorsSheet()).toEqual(xlsxBefore);
    });

    test('the database refuses a response filed under the closed period by any other path', async () => {
      const insert = sql`insert into responses (id, service_point_id, period_id, questionnaire_version_id, respondent_type, channel, lang, answers, score, factor_scores, digest)
        select gen_random_uuid(), 1, p.id, 1, 'citizen', 'qr', 'vi', '{1}', 0, '{0}', 'late' from survey_periods p where p.code = '2026-H2'`;
      await expect(insert.execute(t.testDb.db)).rejects.toThrow('period 2026-H2 is closed');
      expect(await verifySnapshots(t.testDb.db, '2026-H2')).toEqual([
        { period: '2026-H2', digest: snapshot.digest, ok: true, problems: [] },
      ]);
    });

    test('a late response goes to the period open at receipt, not the closed one', async () => {
      await t.testDb.db
        .insertInto('survey_periods')
        .values({ code: '2027-H1', starts_on: '2027-01-01', ends_on: '2027-06-30', status: 'open' })
        .execute();
      const res = await postJson(t.app, '/api/responses', submission({ answers: allAnswers(1) }));
      expect(res.status).toBe(201);
      expect((await res.json()).period).toBe('2027-H1');
      expect(await verifySnapshots(t.testDb.db, '2026-H2')).toEqual([
        { period: '2026-H2', digest: snapshot.digest, ok: true, problems: [] },
      ]);
      expect(await factorsSheet()).toEqual(xlsxBefore);
    });

    test('snapshot:verify names the figures a changed response moved, and the report keeps the frozen numbers', async () => {
      await sql`update responses set answers[1] = 1 where service_point_id = (select id from service_points where code = 'DEMO-01')`.execute(
        t.testDb.db,
      );
      const [result] = await verifySnapshots(t.testDb.db, '2026-H2');
      await sql`update responses set answers[1] = 5 where service_point_id = (select id from service_points where code = 'DEMO-01')`.execute(
        t.testDb.db,
      );
      expect(result!.ok).toBe(false);
      expect(result!.problems).toContain('units.0.figures.overall.items.0.distribution.1: 0 → 1');
      expect(result!.problems).toContain('units.0.figures.overall.items.0.value: 50 → 25');
      expect(await factorsSheet()).toEqual(xlsxBefore);
    });

    // The score in percent, like the DOCX and XLSX: satisfied with everything is 100.
    test('the CSV gives each response its counter, day, answers and score, and nothing else', async () => {
      const csv = await (await t.app.request('/api/admin/reports/2026-H2.csv', { headers: admin })).text();
      const received = await t.testDb.db
        .selectFrom('responses')
        .select('received_at')
        .where('comment', '=', 'Ý kiến 4')
        .executeTakeFirstOrThrow();
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(received.received_at));
      expect(csv.split('\n')).toContain(`2026-H2,STP,Sở Tư pháp,STP-01,${day},citizen,qr,,${Array(19).fill('4').join(',')},100`);
    });

    test('a snapshot cannot be rewritten', async () => {
      await expect(sql`update period_snapshots set digest = ${'0'.repeat(64)}`.execute(t.testDb.db)).rejects.toThrow(
        'a period snapshot is frozen',
      );
    });
  });

  test('a report of a period closed without a snapshot is computed live and stores nothing; the freeze job takes the snapshot', async () => {
    await sql`update survey_periods set status = 'closed' where code = '2027-H1'`.execute(t.testDb.db);
    const factors = async () => {
      const res = await t.app.request('/api/admin/reports/2027-H1.xlsx', { headers: admin });
      expect(res.status).toBe(200);
      return sheetRows(await readXlsx(await res.arrayBuffer()), 'Yếu tố');
    };
    const live = await factors();
    const freezes = () =>
      t.testDb.db.selectFrom('audit_log').select(['username', 'action', 'entity', 'entity_id']).where('action', '=', 'freeze').execute();
    expect([(await stored()).length, await freezes()]).toEqual([1, []]);

    const db = t.testDb.db;
    expect(await runJobs({ db, questionnaires: questionnaireCache(db), now: () => new Date('2027-07-01T00:00:00Z') }, ['freeze'])).toEqual({
      freeze: 2,
    });
    // The seed's 2026-H1, closed outside the app too, is frozen on the same run.
    expect(await freezes()).toEqual(
      ['2026-H1', '2027-H1'].map((code) => ({ username: '(system)', action: 'freeze', entity: 'survey_period', entity_id: code })),
    );
    expect(await verifySnapshots(t.testDb.db, '2027-H1')).toEqual([
      { period: '2027-H1', digest: expect.stringMatching(/^[0-9a-f]{64}$/), ok: true, problems: [] },
    ]);
    expect(await factors()).toEqual(live);
  });
});
