// Data quality (issue 16): the flags of a gamed province, the drill-down, and exclusions decided,
// audited, reverted and frozen — with the figures recounted naively from the responses that remain.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type NewResponse, sipasQuestionnaire } from '@sipas/db';
import { runJobs } from '../../api/src/jobs/jobs';
import { questionnaireCache } from '../../api/src/questionnaires/cache';
import { insertResponses } from '../../api/src/responses/queries';
import { scoreAnswers } from '../../api/src/responses/score';
import { questionnaireSchema } from '../../api/src/shared/questionnaire';
import { computeStats } from '../../api/src/stats/compute';
import { naiveAggregates } from '../helpers/naive-aggregates';
import { adminRequest, type SessionHeaders, type TestApp } from '../helpers/app';
import { auditOfEntity, invalidInput, startAppWithRoles } from '../helpers/admin';
import { backends } from '../helpers/backends';
import { readDocx, readXlsx, sheetRows } from './report-read';

const q = questionnaireSchema.parse(sipasQuestionnaire);
const codes = q.factors.flatMap((f) => f.items.map((i) => i.code));

/** An honest response: varied levels, or every statement at one level when `straight`. */
function answersOf(i: number, straight: number | null) {
  return Object.fromEntries(codes.map((code, j) => [code, straight ?? [5, 4, 4, 5, 3][(i + j) % 5]!]));
}

describe.each(backends)('data quality on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders, viewer: SessionHeaders, manager: SessionHeaders;
  const points: Record<string, number> = {};
  let periodId = 0;
  let kioskId = 0;
  const ids: Record<string, string[]> = { self: [], honest01: [] };

  async function add(code: string, rows: { at: string; straight?: number | null; comment?: string; kiosk?: boolean }[], key?: string) {
    const made: NewResponse[] = rows.map((r, i) => {
      const s = scoreAnswers(q, answersOf(i, r.straight ?? null));
      const id = randomUUID();
      if (key) ids[key]!.push(id);
      return {
        id,
        service_point_id: points[code]!,
        period_id: periodId,
        questionnaire_version_id: 1,
        respondent_type: 'citizen',
        channel: r.kiosk ? 'kiosk' : 'qr',
        lang: 'vi',
        answers: s.answers,
        score: s.score,
        factor_scores: s.factorScores,
        field: null,
        profile: null,
        expectations: null,
        comment: r.comment ?? null,
        digest: id,
        kiosk_id: r.kiosk ? kioskId : null,
        completed_at: r.kiosk ? r.at : null,
        received_at: r.at,
      };
    });
    await insertResponses(t.testDb.db, made);
  }
  /** Weekdays of August 2026 at 09:00 Vietnam time, one a day from the 3rd (a Monday). */
  const officeHours = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const day = 3 + Math.floor(i / 5) * 7 + (i % 5);
      return new Date(Date.UTC(2026, 7, day, 2, (i * 7) % 60)).toISOString();
    });
  const honest = (n: number, straight: number, extra: (i: number) => { comment?: string; kiosk?: boolean } = () => ({})) =>
    officeHours(n).map((at, i) => ({ at, straight: i < straight ? 4 + (i % 2) : null, ...extra(i) }));

  beforeAll(async () => {
    ({ t, admin, viewer, manager } = await startAppWithRoles(backend, { viewer: 'viewer1', manager: 'manager1' }));
    const db = t.testDb.db;
    for (const p of await db.selectFrom('service_points').select(['id', 'code']).execute()) points[p.code] = p.id;
    periodId = (await db.selectFrom('survey_periods').select('id').where('code', '=', '2026-H2').executeTakeFirstOrThrow()).id;
    const kiosk = await db
      .insertInto('kiosks')
      .values({ service_point_id: points['DEMO-01']!, name: 'Quầy 1', key_hash: 'k1' })
      .returning('id')
      .executeTakeFirstOrThrow();
    kioskId = kiosk.id;
    await add('DEMO-01', honest(10, 3), 'honest01');
    // The self-rating kiosk: all fives, 15 seconds apart, from 20:00 on a Tuesday evening.
    const evening = Date.parse('2026-08-04T13:00:00Z');
    const self = Array.from({ length: 30 }, (_, i) => ({ at: new Date(evening + i * 15_000).toISOString(), straight: 5, kiosk: true }));
    await add('DEMO-01', self.slice(0, 25), 'self');
    await add('DEMO-02', honest(25, 8));
    const typed = ['Cán bộ rất nhiệt tình, chu đáo!', 'cán bộ rất nhiệt tình chu đáo', 'CAN BO RAT NHIET TINH, CHU DAO'];
    await add(
      'STP-01',
      honest(40, 12, (i) => (i < 8 ? { comment: typed[i % 3]! } : i < 10 ? { comment: 'Tốt' } : {})),
    );
    await add(
      'SXD-01',
      honest(40, 12, (i) => ({ comment: i < 2 ? 'Tốt.' : undefined })),
    );
    await add(
      'PTT-01',
      honest(40, 12, (i) => ({ comment: i === 0 ? 'tốt' : undefined })),
    );
    await add('XAB-01', honest(30, 9));
    await db
      .insertInto('service_point_transactions')
      .values({ period_id: periodId, service_point_id: points['DEMO-02']!, transactions: 20 })
      .execute();
    await db
      .insertInto('service_point_transactions')
      .values({ period_id: periodId, service_point_id: points['STP-01']!, transactions: 400 })
      .execute();
    // Most responses folded into the summaries, the last five self-ratings still pending: an exclusion must handle both.
    await runJobs({ db, questionnaires: questionnaireCache(db), now: () => new Date() }, ['fold']);
    await add('DEMO-01', self.slice(25), 'self');
  });
  afterAll(() => t.testDb.destroy());

  const get = async (path: string, session = admin) => {
    const res = await adminRequest(t.app, session, 'GET', path);
    return { status: res.status, body: await res.json() };
  };
  const send = async (method: 'POST' | 'DELETE' | 'PUT', path: string, body?: unknown, session = admin) => {
    const res = await adminRequest(t.app, session, method, path, body);
    return { status: res.status, body: await res.json() };
  };

  /** The figures recounted in JavaScript from every response of the period that is not excluded. */
  async function naive(servicePoint?: string) {
    const excluded = (await t.testDb.db.selectFrom('quality_excluded_responses').select('response_id').execute()).map((r) => r.response_id);
    let query = t.testDb.db.selectFrom('responses').select(['id', 'answers', 'score', 'factor_scores']).where('period_id', '=', periodId);
    if (servicePoint) query = query.where('service_point_id', '=', points[servicePoint]!);
    const rows = (await query.execute()).filter((r) => !excluded.includes(r.id));
    return computeStats(q, naiveAggregates(q, rows), 90, 1);
  }
  async function figures(servicePoint?: string) {
    const { body } = await get(`/api/admin/stats?period=2026-H2&minN=1${servicePoint ? `&servicePoint=${servicePoint}` : ''}`);
    return { n: body.n, index: body.index, factors: body.factors, items: body.items };
  }

  const kioskFlags = [
    { kind: 'straight_lining', responses: 33, share: 0.825, detail: { counterShare: 0.825, provinceShare: 0.3029, threshold: 0.5352 } },
    { kind: 'off_hours', responses: 30, share: 0.75, detail: { kioskResponses: 30, counterShare: 1, provinceShare: 0, threshold: 0.02 } },
    { kind: 'burst', responses: 30, share: 0.75, detail: { windowMinutes: 10, kioskAtLeast: 6, phoneAtLeast: 10 } },
  ];
  const counter = (servicePoint: string, name: string, unit: { id: number; name: string }, responses: number, flags: unknown[]) => ({
    servicePoint,
    name,
    unit,
    responses,
    flags,
  });
  const centre = { id: 2, name: 'Trung tâm Phục vụ hành chính công tỉnh' };
  const flagged = [
    counter('DEMO-01', 'Quầy số 1 – Trung tâm Phục vụ hành chính công', centre, 40, kioskFlags),
    counter('DEMO-02', 'Quầy số 2 – Trung tâm Phục vụ hành chính công', centre, 25, [
      { kind: 'exceeds_transactions', responses: 25, share: 1, detail: { transactions: 20, excess: 5 } },
    ]),
    counter('STP-01', 'Bộ phận Một cửa Sở Tư pháp', { id: 3, name: 'Sở Tư pháp' }, 40, [
      {
        kind: 'repeated_comment',
        responses: 8,
        share: 0.2,
        detail: { texts: 1, text: 'can bo rat nhiet tinh chu dao', count: 8, comments: 10, provinceShare: 0, threshold: 0.02 },
      },
    ]),
  ];

  test('flags the self-rating kiosk, the counter with more responses than transactions and the repeated comment, and no ordinary counter', async () => {
    expect(await get('/api/admin/quality?period=2026-H2')).toEqual({
      status: 200,
      body: { period: '2026-H2', status: 'open', counters: flagged, exclusions: [] },
    });
  });

  test('shows a unit manager the flags of their own subtree, judged against the whole province', async () => {
    expect((await get('/api/admin/quality', manager)).body.counters).toEqual(flagged.slice(0, 2));
    expect((await get('/api/admin/quality?unit=3', manager)).body).toEqual({
      error: { code: 'out_of_scope', message: 'This unit is outside the part of the province your account covers.' },
    });
  });

  test('drills down to the responses behind a flag', async () => {
    const res = await get('/api/admin/quality/responses?period=2026-H2&servicePoint=STP-01&flag=repeated_comment', viewer);
    expect(res.status).toBe(200);
    expect(res.body.flag).toEqual(flagged[2]!.flags[0]);
    expect(res.body.responses.map((r: { comment: string }) => r.comment)).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map(
        (i) => ['Cán bộ rất nhiệt tình, chu đáo!', 'cán bộ rất nhiệt tình chu đáo', 'CAN BO RAT NHIET TINH, CHU DAO'][i % 3],
      ),
    );
    const kiosk = await get('/api/admin/quality/responses?servicePoint=DEMO-01&flag=off_hours');
    expect(kiosk.body.responses[0]).toEqual({
      id: ids.self![0],
      channel: 'kiosk',
      kiosk: kioskId,
      completedAt: '2026-08-04T13:00:00.000Z',
      receivedAt: '2026-08-04T13:00:00.000Z',
      answers: codes.map(() => 5),
      comment: null,
      excluded: false,
    });
    expect((await get('/api/admin/quality/responses?servicePoint=XAB-01&flag=burst')).status).toBe(404);
  });

  test('refuses an exclusion from anyone but a province administrator, and bad input, storing nothing', async () => {
    const body = { period: '2026-H2', servicePoint: 'DEMO-01', flag: 'straight_lining', reason: 'Nhân viên tự đánh giá' };
    for (const session of [viewer, manager])
      expect(await send('POST', '/api/admin/quality/exclusions', body, session)).toEqual({
        status: 403,
        body: { error: { code: 'forbidden', message: 'Your role does not allow this.' } },
      });
    expect(await send('POST', '/api/admin/quality/exclusions', { ...body, reason: '   ', flag: 'too_happy' })).toEqual({
      status: 400,
      body: invalidInput([
        {
          path: 'flag',
          message: 'Invalid option: expected one of "straight_lining"|"off_hours"|"burst"|"exceeds_transactions"|"repeated_comment"',
        },
        { path: 'reason', message: 'say why these responses are excluded' },
      ]),
    });
    expect((await send('POST', '/api/admin/quality/exclusions', { ...body, reason: 'x'.repeat(1001) })).status).toBe(400);
    expect(await send('POST', '/api/admin/quality/exclusions', { ...body, servicePoint: 'XAB-01' })).toEqual({
      status: 409,
      body: { error: { code: 'not_flagged', message: 'XAB-01 has no straight_lining flag in 2026-H2.' } },
    });
    expect(await t.testDb.db.selectFrom('quality_exclusions').selectAll().execute()).toEqual([]);
    expect(await auditOfEntity(t, 'quality_exclusion')).toEqual([]);
  });

  test('an exclusion removes exactly the flagged responses from every figure, audited with its reason, until it is reverted', async () => {
    const before = await figures();
    expect(before).toEqual(await naive());
    const made = await send('POST', '/api/admin/quality/exclusions', {
      period: '2026-H2',
      servicePoint: 'demo-01',
      flag: 'straight_lining',
      reason: 'Nhân viên tự bấm đánh giá ngoài giờ',
    });
    expect(made).toEqual({
      status: 201,
      body: {
        id: expect.any(Number),
        period: '2026-H2',
        servicePoint: 'DEMO-01',
        flag: 'straight_lining',
        reason: 'Nhân viên tự bấm đánh giá ngoài giờ',
        responses: 33,
        createdBy: 'admin',
        createdAt: expect.any(String),
      },
    });
    const excluded = (await t.testDb.db.selectFrom('quality_excluded_responses').select('response_id').execute()).map((r) => r.response_id);
    const straightHonest = ids.honest01!.slice(0, 3);
    expect(excluded.sort()).toEqual([...ids.self!, ...straightHonest].sort());
    const province = await figures();
    expect(province.n).toBe(before.n - 33);
    expect(province).toEqual(await naive());
    expect(await figures('DEMO-01')).toEqual(await naive('DEMO-01'));
    // The flags stay visible, and the decision is listed beside them.
    const listed = await get('/api/admin/quality?period=2026-H2');
    expect(listed.body.counters).toEqual(flagged);
    expect(listed.body.exclusions).toEqual([
      {
        id: made.body.id,
        period: '2026-H2',
        servicePoint: 'DEMO-01',
        servicePointName: 'Quầy số 1 – Trung tâm Phục vụ hành chính công',
        unit: 'Trung tâm Phục vụ hành chính công tỉnh',
        flag: 'straight_lining',
        reason: 'Nhân viên tự bấm đánh giá ngoài giờ',
        responses: 33,
        createdBy: 'admin',
        createdAt: made.body.createdAt,
      },
    ]);
    // The off-hours responses are all straight-lined ones: nothing is left for a second decision.
    expect(
      await send('POST', '/api/admin/quality/exclusions', { period: '2026-H2', servicePoint: 'DEMO-01', flag: 'off_hours', reason: 'x' }),
    ).toEqual({
      status: 409,
      body: { error: { code: 'already_excluded', message: 'Every response behind this flag is already excluded by another decision.' } },
    });
    const audit = await auditOfEntity(t, 'quality_exclusion');
    expect(audit).toEqual([
      {
        username: 'admin',
        action: 'exclude',
        entityId: String(made.body.id),
        before: null,
        after: { ...made.body, judged: kioskFlags[0], responseIds: expect.any(Array) },
      },
    ]);
    expect((audit[0]!.after as { responseIds: string[] }).responseIds.sort()).toEqual(excluded.sort());

    const restored = await send('DELETE', `/api/admin/quality/exclusions/${made.body.id}`);
    expect(restored).toEqual({ status: 200, body: { id: made.body.id, restored: 33 } });
    expect(await figures()).toEqual(before);
    expect((await auditOfEntity(t, 'quality_exclusion')).map((a) => a.action)).toEqual(['exclude', 'restore']);
    // Folded again later, the figures stay the same.
    await runJobs({ db: t.testDb.db, questionnaires: questionnaireCache(t.testDb.db), now: () => new Date() }, ['fold']);
    expect(await figures()).toEqual(await naive());
  });

  test('opening hours per unit change what counts as out of hours, audited', async () => {
    const always = Array.from({ length: 7 }, () => [['00:00', '23:59']]);
    expect(await send('PUT', '/api/admin/quality/hours/2', { hours: [[['17:00', '08:00']]] })).toEqual({
      status: 400,
      body: invalidInput([
        { path: 'hours', message: 'seven days, Monday first' },
        { path: 'hours.0.0', message: 'closes after it opens' },
      ]),
    });
    expect((await send('PUT', '/api/admin/quality/hours/2', { hours: always }, viewer)).status).toBe(403);
    expect(await send('PUT', '/api/admin/quality/hours/2', { hours: always })).toEqual({
      status: 200,
      body: { id: 2, name: centre.name, hours: always, own: true, inheritedFrom: null },
    });
    const kinds = (await get('/api/admin/quality?period=2026-H2')).body.counters[0].flags.map((f: { kind: string }) => f.kind);
    expect(kinds).toEqual(['straight_lining', 'burst']);
    expect((await send('DELETE', '/api/admin/quality/hours/2')).body).toEqual({
      id: 2,
      name: centre.name,
      hours: expect.any(Array),
      own: false,
      inheritedFrom: null,
    });
    expect((await auditOfEntity(t, 'unit_opening_hours')).map((a) => a.action)).toEqual(['update', 'delete']);
    expect((await get('/api/admin/quality?period=2026-H2')).body.counters).toEqual(flagged);
  });

  test('a closed period freezes its exclusions in the snapshot and the report, and refuses any change to them', async () => {
    const made = await send('POST', '/api/admin/quality/exclusions', {
      period: '2026-H2',
      servicePoint: 'DEMO-01',
      flag: 'burst',
      reason: 'Máy bị bấm liên tục',
    });
    expect(made.status).toBe(201);
    expect(made.body.responses).toBe(30);
    expect((await send('POST', '/api/admin/periods/2026-H2/close')).status).toBe(200);
    const snapshot = await t.testDb.db
      .selectFrom('period_snapshots')
      .select('content')
      .where('period_id', '=', periodId)
      .executeTakeFirstOrThrow();
    const frozen = JSON.parse(snapshot.content).exclusions;
    expect(frozen).toEqual([
      {
        id: made.body.id,
        period: '2026-H2',
        servicePoint: 'DEMO-01',
        servicePointName: 'Quầy số 1 – Trung tâm Phục vụ hành chính công',
        unit: 'Trung tâm Phục vụ hành chính công tỉnh',
        flag: 'burst',
        reason: 'Máy bị bấm liên tục',
        responses: 30,
        createdBy: 'admin',
        createdAt: made.body.createdAt,
        responseIds: [...ids.self!].sort(),
      },
    ]);
    expect(JSON.parse(snapshot.content).units[0].figures.overall.n).toBe((await naive()).n);
    const docx = await adminRequest(t.app, admin, 'GET', '/api/admin/reports/2026-H2.docx');
    const { paragraphs } = await readDocx(await docx.arrayBuffer());
    // The period in words and the day of the decision in Vietnam, not in UTC.
    const vietnamDay = new Date(Date.parse(made.body.createdAt) + 7 * 3_600_000).toISOString().slice(0, 10);
    const [y, m, d] = vietnamDay.split('-');
    expect(paragraphs.filter((p) => p.includes('phiếu bị loại'))).toEqual([
      'Có 30 phiếu bị loại khỏi mọi số liệu của báo cáo này theo 1 quyết định:',
      `30 phiếu bị loại, lý do: Máy bị bấm liên tục — Quầy số 1 – Trung tâm Phục vụ hành chính công (DEMO-01), dấu hiệu nhiều phiếu dồn dập trong thời gian ngắn, kỳ 6 tháng cuối năm 2026; quyết định của admin ngày ${d} tháng ${m} năm ${y}.`,
    ]);
    const xlsx = await adminRequest(t.app, admin, 'GET', '/api/admin/reports/2026-H2.xlsx');
    expect(sheetRows(await readXlsx(await xlsx.arrayBuffer()), 'Phiếu bị loại')).toEqual([
      [
        '6 tháng cuối năm 2026',
        'DEMO-01',
        'Quầy số 1 – Trung tâm Phục vụ hành chính công',
        'nhiều phiếu dồn dập trong thời gian ngắn',
        30,
        'Máy bị bấm liên tục',
        'admin',
        new Date(`${vietnamDay}T00:00:00Z`),
      ],
    ]);
    expect(await send('DELETE', `/api/admin/quality/exclusions/${made.body.id}`)).toEqual({
      status: 409,
      body: {
        error: { code: 'period_closed', message: '2026-H2 is closed: its results are frozen and it cannot be changed or reopened.' },
      },
    });
    expect(
      (
        await send('POST', '/api/admin/quality/exclusions', {
          period: '2026-H2',
          servicePoint: 'DEMO-02',
          flag: 'exceeds_transactions',
          reason: 'x',
        })
      ).status,
    ).toBe(409);
  });
});
