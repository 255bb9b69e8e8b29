// Paper questionnaires through the API: printing registers sheets, double entry verifies or names
// the differences, a supervisor resolves, and bad entries store nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foldPending, rebuildSummaries } from '../../api/src/stats/summaries';
import { checkCharacter } from '../../api/src/paper/sheet-code';
import { adminRequest, allAnswers, type SessionHeaders, signIn, type TestApp } from '../helpers/app';
import { auditOfEntity, invalidInput, refusals, sendJson, startAppWithRoles } from '../helpers/admin';
import { backends } from '../helpers/backends';

describe.each(backends)('paper questionnaires on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders, viewer: SessionHeaders, manager: SessionHeaders, clerk: SessionHeaders, clerk2: SessionHeaders;
  let otherClerk: SessionHeaders;
  beforeAll(async () => {
    ({ t, admin, viewer, manager } = await startAppWithRoles(backend));
    clerk = await signIn(t, 'clerk', 'data_entry', 2);
    clerk2 = await signIn(t, 'clerk2', 'data_entry', 2);
    otherClerk = await signIn(t, 'clerk3', 'data_entry', 3);
  });
  afterAll(() => t.testDb.destroy());

  const print = async (session: SessionHeaders, path: string) => {
    const res = await adminRequest(t.app, session, 'GET', path);
    if (res.status !== 200) return { status: res.status, body: await res.json(), batch: 0, codes: [] as string[] };
    const batch = Number(res.headers.get('x-paper-batch'));
    const rows = await t.testDb.db.selectFrom('paper_sheets').select('code').where('batch_id', '=', batch).execute();
    return { status: 200, type: res.headers.get('content-type'), batch, codes: rows.map((r) => r.code) };
  };
  const sheetsOf = async (counter: string, copies = 1) =>
    (await print(admin, `/api/admin/service-points/${counter}/paper-forms.pdf?count=${copies}`)).codes;
  const entry = (sheet: string, overrides: Record<string, unknown> = {}) => ({
    sheet,
    respondentType: 'citizen',
    answers: allAnswers(4),
    ...overrides,
  });
  const key = (session: SessionHeaders, body: unknown) => sendJson(t, session, 'POST', '/api/admin/paper-entries', body);
  const stored = async () => ({
    responses: (await t.testDb.db.selectFrom('responses').select('id').execute()).length,
    entries: (await t.testDb.db.selectFrom('paper_entries').select('id').execute()).length,
    statuses: (await t.testDb.db.selectFrom('paper_sheets').select('status').orderBy('code').execute()).map((r) => r.status),
  });
  const sheetRow = (code: string) =>
    t.testDb.db
      .selectFrom('paper_sheets')
      .select(['status', 'response_id as responseId'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
  const reference = (id: string) => `${id.replace(/-/g, '').slice(0, 4).toUpperCase()}-${id.replace(/-/g, '').slice(4, 8).toUpperCase()}`;

  test('printing registers each sheet with its counter, period, questionnaire version, who and when, and is audited', async () => {
    const printed = await print(manager, '/api/admin/service-points/DEMO-01/paper-forms.pdf?count=3');
    expect({ status: printed.status, type: printed.type, n: printed.codes.length, distinct: new Set(printed.codes).size }).toEqual({
      status: 200,
      type: 'application/pdf',
      n: 3,
      distinct: 3,
    });
    const batch = await t.testDb.db
      .selectFrom('paper_batches as b')
      .innerJoin('users as u', 'u.id', 'b.printed_by')
      .innerJoin('survey_periods as p', 'p.id', 'b.period_id')
      .innerJoin('service_points as sp', 'sp.id', 'b.service_point_id')
      .select(['u.username', 'p.code as period', 'sp.code as counter', 'b.sheets', 'b.unit_id as unitId'])
      .where('b.id', '=', printed.batch)
      .executeTakeFirstOrThrow();
    expect(batch).toEqual({ username: 'manager', period: '2026-H2', counter: 'DEMO-01', sheets: 3, unitId: null });
    const audit = await auditOfEntity(t, 'paper_batch');
    expect(audit.at(-1)).toEqual({
      username: 'manager',
      action: 'print',
      entityId: String(printed.batch),
      before: null,
      after: { period: '2026-H2', questionnaireVersion: 'SIPAS-2026.1', servicePoints: ['DEMO-01'], sheets: 3 },
    });
  });

  test('a unit batch prints sheets for every active counter of its subtree', async () => {
    const printed = await print(admin, '/api/admin/units/2/paper-forms.pdf?count=2');
    const counters = await t.testDb.db
      .selectFrom('paper_sheets as s')
      .innerJoin('service_points as sp', 'sp.id', 's.service_point_id')
      .select('sp.code')
      .where('s.batch_id', '=', printed.batch)
      .orderBy('sp.code')
      .execute();
    expect(counters.map((c) => c.code)).toEqual(['DEMO-01', 'DEMO-01', 'DEMO-02', 'DEMO-02']);
  });

  test('printing is refused to a viewer and a data-entry clerk, outside the subtree, for a closed period and for a bad count', async () => {
    const before = await stored();
    expect(await print(viewer, '/api/admin/service-points/DEMO-01/paper-forms.pdf?count=1')).toEqual({
      status: 403,
      body: refusals.forbidden,
      batch: 0,
      codes: [],
    });
    expect(await print(clerk, '/api/admin/service-points/DEMO-01/paper-forms.pdf?count=1')).toEqual({
      status: 403,
      body: refusals.forbidden,
      batch: 0,
      codes: [],
    });
    expect(await print(manager, '/api/admin/service-points/STP-01/paper-forms.pdf?count=1')).toEqual({
      status: 403,
      body: refusals.outOfScope,
      batch: 0,
      codes: [],
    });
    expect(await print(admin, '/api/admin/service-points/DEMO-01/paper-forms.pdf?count=1&period=2026-H1')).toEqual({
      status: 409,
      body: {
        error: { code: 'period_closed', message: '2026-H1 is closed: its results are frozen and it cannot be changed or reopened.' },
      },
      batch: 0,
      codes: [],
    });
    expect(await print(admin, '/api/admin/service-points/DEMO-01/paper-forms.pdf?count=0')).toEqual({
      status: 400,
      body: invalidInput([{ path: 'count', message: 'Too small: expected number to be >=1' }]),
      batch: 0,
      codes: [],
    });
    expect(await stored()).toEqual(before);
  });

  test('the first entry is stored once as a paper response in the sheet’s counter and period; a second person with the same content verifies it', async () => {
    const [code] = await sheetsOf('DEMO-01');
    const { responseId } = await sheetRow(code!);
    const body = entry(code!, { field: 'dat-dai', comment: '  Nhanh  ' });
    expect(await key(clerk, body)).toEqual({
      status: 201,
      body: {
        sheet: code,
        status: 'entered',
        servicePoint: 'DEMO-01',
        period: '2026-H2',
        response: { id: responseId, reference: reference(responseId) },
      },
    });
    const response = await t.testDb.db
      .selectFrom('responses as r')
      .innerJoin('service_points as sp', 'sp.id', 'r.service_point_id')
      .innerJoin('survey_periods as p', 'p.id', 'r.period_id')
      .select(['sp.code', 'p.code as period', 'r.channel', 'r.field', 'r.comment', 'r.answers'])
      .where('r.id', '=', responseId)
      .execute();
    expect(response).toEqual([
      { code: 'DEMO-01', period: '2026-H2', channel: 'paper', field: 'dat-dai', comment: 'Nhanh', answers: Array(19).fill(4) },
    ]);
    expect(await key(clerk2, { ...body, comment: 'Nhanh' })).toEqual({
      status: 200,
      body: {
        sheet: code,
        status: 'verified',
        servicePoint: 'DEMO-01',
        period: '2026-H2',
        response: { id: responseId, reference: reference(responseId) },
      },
    });
    expect((await sheetRow(code!)).status).toBe('verified');
    const count = await t.testDb.db.selectFrom('responses').select('id').where('id', '=', responseId).execute();
    expect(count.length).toBe(1);
    expect((await key(manager, body)).body.error.code).toBe('sheet_verified');
  });

  test('a different second entry is 409 entry_mismatch naming every differing field, and the sheet is disputed', async () => {
    const [code] = await sheetsOf('DEMO-01');
    expect((await key(clerk, entry(code!, { profile: { gender: 'male' } }))).status).toBe(201);
    const second = entry(code!, {
      answers: { ...allAnswers(4), CC2: 3, TT3: 'na' },
      respondentType: 'organization',
      profile: { orgKind: 'private' },
    });
    expect(await key(clerk2, second)).toEqual({
      status: 409,
      body: {
        error: {
          code: 'entry_mismatch',
          message: 'This entry differs from the first entry of the sheet: it is disputed until a supervisor sets its values.',
          issues: [
            { path: 'respondentType', message: 'differs from the first entry (this entry: organization)' },
            { path: 'answers.TT3', message: 'differs from the first entry (this entry: na)' },
            { path: 'answers.CC2', message: 'differs from the first entry (this entry: 3)' },
            { path: 'profile.gender', message: 'differs from the first entry (this entry: empty)' },
            { path: 'profile.orgKind', message: 'differs from the first entry (this entry: private)' },
          ],
        },
      },
    });
    expect((await sheetRow(code!)).status).toBe('disputed');
    expect((await key(manager, entry(code!))).body.error.code).toBe('sheet_disputed');
  });

  test('the same person keying a sheet twice does not verify it', async () => {
    const [code] = await sheetsOf('DEMO-01');
    expect((await key(clerk, entry(code!))).status).toBe(201);
    const before = await stored();
    expect(await key(clerk, entry(code!))).toEqual({
      status: 409,
      body: { error: { code: 'entry_same_person', message: `You keyed sheet ${code} already: another person keys it a second time.` } },
    });
    expect(await stored()).toEqual(before);
    expect((await sheetRow(code!)).status).toBe('entered');
  });

  test('bad entries are refused with nothing stored: unknown code, other unit, wrong check character, off-scale digit, missing answer', async () => {
    const [code] = await sheetsOf('DEMO-01');
    const [theirs] = await sheetsOf('STP-01');
    const before = await stored();
    const unknownBody = 'ZZZZZZZZZZ';
    const unknown = unknownBody + checkCharacter(unknownBody);
    expect(await key(clerk, entry(unknown))).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: `No sheet has the code ${unknown}.` } },
    });
    expect(await key(clerk, entry(theirs!))).toEqual({ status: 403, body: refusals.outOfScope });
    expect(await key(otherClerk, entry(code!))).toEqual({ status: 403, body: refusals.outOfScope });
    const wrong = code!.slice(0, 10) + (code![10] === '0' ? '1' : '0');
    expect(await key(clerk, entry(wrong))).toEqual({
      status: 400,
      body: invalidInput([{ path: 'sheet', message: `the check character ${wrong[10]} does not match: the code is mistyped` }]),
    });
    expect(await key(clerk, entry(code!, { answers: { ...allAnswers(4), CC2: 6 } }))).toEqual({
      status: 400,
      body: invalidInput([{ path: 'answers.CC2', message: 'expected 1 to 5' }]),
    });
    const { TC1: _, ...missing } = allAnswers(4);
    expect(await key(clerk, entry(code!, { answers: { ...missing, TC2: 'na' } }))).toEqual({
      status: 400,
      body: invalidInput([
        { path: 'answers.TC1', message: 'this item needs an answer' },
        { path: 'answers.TC2', message: '"not applicable" is not offered for this item' },
      ]),
    });
    expect(await key(viewer, entry(code!))).toEqual({ status: 403, body: refusals.forbidden });
    expect(await stored()).toEqual(before);
  });

  test('a data-entry clerk reaches only the paper endpoints', async () => {
    expect(await sendJson(t, clerk, 'GET', '/api/admin/stats')).toEqual({ status: 403, body: refusals.forbidden });
    expect(await sendJson(t, clerk, 'GET', '/api/admin/comments')).toEqual({ status: 403, body: refusals.forbidden });
    expect((await sendJson(t, clerk, 'GET', '/api/admin/paper/coverage')).status).toBe(200);
  });

  test('a supervisor’s resolution replaces the first entry, is audited, and the summaries count the sheet once with its new values', async () => {
    const [code] = await sheetsOf('DEMO-02');
    const { responseId } = await sheetRow(code!);
    expect((await key(clerk, entry(code!, { answers: allAnswers(2) }))).status).toBe(201);
    await foldPending(t.testDb.db);
    expect((await key(clerk2, entry(code!, { answers: allAnswers(5) }))).status).toBe(409);
    const resolution = { respondentType: 'citizen', answers: allAnswers(5), comment: 'Đã đối chiếu' };
    expect((await sendJson(t, clerk, 'POST', `/api/admin/paper-sheets/${code}/resolution`, resolution)).status).toBe(403);
    expect(await sendJson(t, manager, 'POST', `/api/admin/paper-sheets/${code}/resolution`, resolution)).toEqual({
      status: 200,
      body: {
        sheet: code,
        status: 'verified',
        servicePoint: 'DEMO-02',
        period: '2026-H2',
        response: { id: responseId, reference: reference(responseId) },
      },
    });
    const row = await t.testDb.db
      .selectFrom('responses')
      .select(['answers', 'score', 'comment'])
      .where('id', '=', responseId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ answers: Array(19).fill(5), score: 1, comment: 'Đã đối chiếu' });
    const audit = (await auditOfEntity(t, 'paper_sheet')).at(-1);
    expect(audit).toMatchObject({ username: 'manager', action: 'resolve', entityId: code, after: resolution });
    // The counter's figures: folded after the resolution, they equal a rebuild from the raw responses.
    await foldPending(t.testDb.db);
    const point = async () => {
      const res = await sendJson(t, admin, 'GET', '/api/admin/stats?servicePoint=DEMO-02&minN=1');
      return { n: res.body.n, index: res.body.index };
    };
    const folded = await point();
    await rebuildSummaries(t.testDb.db);
    expect(await point()).toEqual(folded);
    expect(folded).toMatchObject({ n: 1, index: { value: 100 } });
    expect((await sendJson(t, manager, 'POST', `/api/admin/paper-sheets/${code}/resolution`, resolution)).body.error.code).toBe(
      'not_disputed',
    );
  });

  test('coverage per counter counts printed, entered, verified and disputed sheets in the user’s subtree', async () => {
    const res = await sendJson(t, manager, 'GET', '/api/admin/paper/coverage?period=2026-H2');
    expect(res.status).toBe(200);
    const counts = await t.testDb.db
      .selectFrom('paper_sheets as s')
      .innerJoin('service_points as sp', 'sp.id', 's.service_point_id')
      .select(['sp.code', 's.status'])
      .execute();
    const expected = (counter: string) => {
      const mine = counts.filter((c) => c.code === counter);
      return {
        printed: mine.length,
        entered: mine.filter((c) => c.status !== 'printed').length,
        verified: mine.filter((c) => c.status === 'verified').length,
        disputed: mine.filter((c) => c.status === 'disputed').length,
      };
    };
    expect(res.body.servicePoints.map((p: { code: string }) => p.code)).toEqual(['DEMO-01', 'DEMO-02']);
    for (const p of res.body.servicePoints) expect(p).toMatchObject(expected(p.code));
    expect(res.body.totals).toEqual({ printed: 12, entered: 4, verified: 2, disputed: 1 });
    const all = await sendJson(t, admin, 'GET', '/api/admin/paper/coverage?period=2026-H2');
    expect(all.body.servicePoints.map((p: { code: string }) => p.code)).toEqual(['DEMO-01', 'DEMO-02', 'STP-01']);
    expect(all.body.batches.length).toBe(8);
  });

  test('closing warns about sheets not keyed in or disputed, and a sheet of a closed period can no longer be keyed', async () => {
    const [code] = await sheetsOf('DEMO-01');
    const refused = await sendJson(t, admin, 'POST', '/api/admin/periods/2026-H2/close');
    expect(refused).toEqual({
      status: 409,
      body: {
        error: {
          code: 'paper_outstanding',
          message:
            '2026-H2 has 10 printed paper sheet(s) not keyed in and 1 disputed; they will not count once it is closed. Close with ?paper=acknowledged to close anyway.',
          issues: [
            { path: 'notEntered', message: '10' },
            { path: 'disputed', message: '1' },
          ],
        },
      },
    });
    expect((await sendJson(t, admin, 'POST', '/api/admin/periods/2026-H2/close?paper=acknowledged')).status).toBe(200);
    const before = await stored();
    expect(await key(clerk, entry(code!))).toEqual({
      status: 409,
      body: {
        error: { code: 'period_closed', message: '2026-H2 is closed: its results are frozen and it cannot be changed or reopened.' },
      },
    });
    expect(await stored()).toEqual(before);
  });
});
