import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { takeSnapshot } from '../../api/src/reports/snapshot';
import { summaryTitle } from '../../api/src/reports/docx-header';
import { countText, fullTitle, intervalText, percentText, verdictText } from '../../api/src/reports/texts';
import { backends } from '../helpers/backends';
import { postJson, signIn, startApp, type SessionHeaders, type TestApp } from '../helpers/app';
import { prng, randomSubmission } from '../helpers/random-responses';
import { asPercent, readDocx, readXlsx, sheetRows, tableStarting } from './report-read';

type Figure = { value: number | null; ci: [number, number] | null; n: number; verdict: keyof typeof verdictText };
type Group = { key: string; label: string; n: number; rank: number | null; index: Figure };

describe.each(backends)('report files on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders;
  let digest: string;
  beforeAll(async () => {
    t = await startApp(backend);
    admin = await signIn(t);
    const random = prng(6);
    const bodies = Array.from({ length: 240 }, (_, i) => ({
      ...randomSubmission(random),
      ...(i % 7 === 0 ? { comment: `Góp ý số ${i}: cần rút ngắn thời gian chờ <b>` } : {}),
    }));
    // A few at a time, as a busy counter sends them (and the writer commits them in groups).
    for (let i = 0; i < bodies.length; i += 24) {
      const statuses = await Promise.all(bodies.slice(i, i + 24).map(async (b) => (await postJson(t.app, '/api/responses', b)).status));
      expect(statuses.every((s) => s === 201)).toBe(true);
    }
    // What closing 2026-H2 does: the status change and the snapshot in one transaction.
    digest = await t.testDb.db.transaction().execute(async (trx) => {
      const period = await trx
        .updateTable('survey_periods')
        .set({ status: 'closed' })
        .where('code', '=', '2026-H2')
        .returning('id')
        .executeTakeFirstOrThrow();
      return (await takeSnapshot(trx, period.id, new Date('2026-12-31T17:00:00Z'))).digest;
    });
  });
  afterAll(() => t.testDb.destroy());

  const get = (path: string, session = admin) => t.app.request(path, { headers: session });
  const stats = async (query: string, session = admin) => {
    const res = await get(`/api/admin/stats?period=2026-H2${query}`, session);
    expect(res.status).toBe(200);
    return res.json();
  };
  // A group not ranked says why: under the minimum n, or no responses at all.
  const standing = (g: Group) => (g.n === 0 ? 'Chưa khảo sát' : g.n < 30 ? 'Dưới n tối thiểu' : verdictText[g.index.verdict]);
  const figureRow = (f: Figure) => [percentText(f.value), intervalText(f.ci), countText(f.n), verdictText[f.verdict]];

  test('the DOCX carries the title and every figure GET /api/admin/stats gives for the period', async () => {
    const res = await get('/api/admin/reports/2026-H2.docx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-sipas-2026-H2-don-vi-1.docx"');
    const doc = await readDocx(await res.arrayBuffer());
    const s = await stats('');
    expect(doc.paragraphs.slice(0, 2)).toEqual(['BÁO CÁO', summaryTitle('2026-H2')]);
    expect(fullTitle('2026-H1')).toBe(
      'Báo cáo kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước — 6 tháng đầu năm 2026',
    );
    expect(doc.paragraphs).toContain(
      `Chỉ số hài lòng chung: ${percentText(s.index.value)} (khoảng tin cậy 95%: ${intervalText(s.index.ci)}; ${countText(s.index.n)} phiếu). Đánh giá so với chỉ tiêu 90%: ${verdictText[s.index.verdict as Figure['verdict']]}.`,
    );
    const factorNames = tableStarting(doc, 'Yếu tố', 'Tỷ lệ hài lòng').slice(1);
    expect(factorNames.map((r) => r.slice(1))).toEqual(s.factors.map(figureRow));
    type Item = Figure & { code: string; distribution: Record<string, number> };
    const items = tableStarting(doc, 'Mã', 'Tiêu chí', 'Tỷ lệ hài lòng').slice(1);
    expect(items.map((r) => [r[0], ...r.slice(2)])).toEqual(
      s.items.map((i: Item) => [i.code, percentText(i.value), intervalText(i.ci), countText(i.n)]),
    );
    const levels = tableStarting(doc, 'Mã', 'Tiêu chí', '1').slice(1);
    expect(levels.map((r) => [r[0], ...r.slice(2)])).toEqual(
      s.items.map((i: Item) => [i.code, ...['1', '2', '3', '4', '5', 'na'].map((l) => countText(i.distribution[l]!))]),
    );
    const units = (await stats('&by=unit')).groups as Group[];
    expect(tableStarting(doc, 'Hạng', 'Đơn vị').slice(1)).toEqual(
      units.map((g) => [
        g.rank === null ? '—' : String(g.rank),
        g.label,
        countText(g.n),
        percentText(g.index.value),
        intervalText(g.index.ci),
        standing(g),
      ]),
    );
    const below = units.filter((g) => g.rank !== null && g.index.value! < 90).map((g) => g.label);
    expect(below.length).toBeGreaterThan(0);
    expect(doc.paragraphs).toContain(`Đơn vị có chỉ số dưới chỉ tiêu 90%: ${below.join('; ')}.`);
    const types = (await stats('&by=respondentType')).groups as Group[];
    expect(
      tableStarting(doc, 'Đối tượng', 'Số phiếu', 'Chỉ số hài lòng')
        .slice(1)
        .map((r) => r.slice(0, 4)),
    ).toEqual(types.map((g) => [g.label, countText(g.n), percentText(g.index.value), intervalText(g.index.ci)]));
    const channels = (await stats('&by=channel')).groups as Group[];
    expect(doc.paragraphs).toContain('Mọi phiếu được tính trong kỳ đều nhận trong thời gian của kỳ.');
    expect(tableStarting(doc, 'Kênh khảo sát', 'Số phiếu').slice(1)).toEqual(channels.map((g) => [g.label, countText(g.n)]));
    expect(doc.paragraphs).toContain(
      `Số liệu 6 tháng cuối năm 2026 được chốt lúc 00 giờ 00 ngày 01 tháng 01 năm 2027; mã kiểm chứng SHA-256: ${digest}.`,
    );
    // Factor bars and unit ranking; no trend, since 2026-H1 had no responses.
    expect(doc.images).toBe(2);
  });

  test('the DOCX quotes comments as plain text, filed by factor', async () => {
    const doc = await readDocx(await (await get('/api/admin/reports/2026-H2.docx')).arrayBuffer());
    const counts = tableStarting(doc, 'Yếu tố', 'Số ý kiến').slice(1);
    expect(counts.reduce((sum, r) => sum + Number(r[1]), 0)).toBe(35);
    expect(doc.paragraphs.filter((p) => p.startsWith('Góp ý số ')).every((p) => p.endsWith('cần rút ngắn thời gian chờ <b>'))).toBe(true);
    expect(doc.paragraphs.some((p) => p.startsWith('Góp ý số '))).toBe(true);
  });

  test('the XLSX carries the same numbers as GET /api/admin/stats, as formatted numbers under frozen headers', async () => {
    const res = await get('/api/admin/reports/2026-H2.xlsx');
    expect(res.status).toBe(200);
    const book = await readXlsx(await res.arrayBuffer());
    const s = await stats('');
    const figure = (f: Figure) => [f.value, f.ci?.[0] ?? null, f.ci?.[1] ?? null, f.n, verdictText[f.verdict]];
    // Shares are stored as fractions (0.9125 shown as 91.25%): back to percent where a column holds one.
    const percents = (row: unknown[], columns: number[]) => row.map((v, i) => (columns.includes(i) ? asPercent(v) : v));
    expect(sheetRows(book, 'Yếu tố').map((r) => percents(r, [2, 3, 4]).slice(2))).toEqual(s.factors.map(figure));
    expect(sheetRows(book, 'Tiêu chí').map((r) => [r[0], ...percents(r, [3, 4, 5]).slice(3)])).toEqual(
      s.items.map((i: Figure & { code: string }) => [i.code, ...figure(i)]),
    );
    expect(sheetRows(book, 'Phân bố').map((r) => [r[0], ...r.slice(2)])).toEqual(
      s.items.map((i: { code: string; distribution: Record<string, number> }) => [
        i.code,
        ...['1', '2', '3', '4', '5', 'na'].map((l) => i.distribution[l]),
      ]),
    );
    const unitGroups = (await stats('&by=unit')).groups as Group[];
    const unitCodes = new Map((await t.testDb.db.selectFrom('units').select(['id', 'code']).execute()).map((u) => [String(u.id), u.code]));
    expect(sheetRows(book, 'Đơn vị').map((r) => percents(r, [4, 5, 6]).slice(0, 8))).toEqual(
      unitGroups.map((g) => [
        g.rank,
        unitCodes.get(g.key),
        g.label,
        g.n,
        g.index.value,
        g.index.ci?.[0] ?? null,
        g.index.ci?.[1] ?? null,
        standing(g),
      ]),
    );
    // The seed's codes, not ids: the sheet names units as a clerk would.
    expect(sheetRows(book, 'Đơn vị').map((r) => r[1])).toContain('STP');
    const pointGroups = (await stats('&by=servicePoint')).groups as Group[];
    expect(sheetRows(book, 'Điểm phục vụ').map((r) => [r[0], r[1], ...percents(r, [5, 6, 7]).slice(4, 9)])).toEqual(
      pointGroups.map((g) => [g.rank, g.key, g.n, g.index.value, g.index.ci?.[0] ?? null, g.index.ci?.[1] ?? null, standing(g)]),
    );
    const summary = sheetRows(book, 'Tổng hợp');
    expect(summary.slice(6, 11).map((r, i) => (i === 0 ? r[1] : asPercent(r[1])))).toEqual([
      s.n,
      s.index.value,
      s.index.ci[0],
      s.index.ci[1],
      verdictText[s.index.verdict as Figure['verdict']],
    ]);
    const factors = book.getWorksheet('Yếu tố')!;
    expect(factors.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(factors.getCell('C2').numFmt).toBe('0.00%');
    expect(typeof factors.getCell('C2').value).toBe('number');
  });

  test('the CSV has a BOM, a column per item, and one row per response', async () => {
    const res = await get('/api/admin/reports/2026-H2.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'ky,ma_don_vi,don_vi,diem_phuc_vu,ngay,doi_tuong,kenh,linh_vuc,TC1,TC2,TC3,TC4,TT1,TT2,TT3,TT4,CC1,CC2,CC3,CC4,CC5,KQ1,KQ2,KQ3,PA1,PA2,PA3,diem_ca_nhan',
    );
    expect(lines.length - 1).toBe(240);
    expect(lines.slice(1).every((l) => l.startsWith('2026-H2,'))).toBe(true);
    // ma_don_vi is the unit's code (issue 12), one of the seed's, never a database id.
    expect(new Set(lines.slice(1).map((l) => l.split(',')[1]))).toEqual(new Set(['TTPVHCC', 'STP', 'SXD', 'PTT', 'XAB']));
    // Nothing that could lead back to a person: no comment text.
    expect(lines.some((l) => l.includes('Góp ý'))).toBe(false);
  });

  test('a unit manager gets their own unit’s report, with the figures of their stats', async () => {
    const manager = await signIn(t, 'justice', 'unit_manager', 3);
    const res = await get('/api/admin/reports/2026-H2.docx', manager);
    expect(res.status).toBe(200);
    const doc = await readDocx(await res.arrayBuffer());
    const s = await stats('', manager);
    expect(doc.paragraphs).toContain('Phạm vi: Sở Tư pháp');
    expect(
      tableStarting(doc, 'Yếu tố', 'Tỷ lệ hài lòng')
        .slice(1)
        .map((r) => r.slice(1)),
    ).toEqual(s.factors.map(figureRow));
    const csv = await (await get('/api/admin/reports/2026-H2.csv', manager)).text();
    expect(csv.trimEnd().split('\n').length - 1).toBe(s.n);
  });

  test('a unit manager is refused another unit’s report', async () => {
    const manager = await signIn(t, 'ward', 'unit_manager', 5);
    const res = await get('/api/admin/reports/2026-H2.xlsx?unit=3', manager);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: { code: 'out_of_scope', message: 'This unit is outside the part of the province your account covers.' },
    });
  });

  test('the year report gives the full-year figures and each half', async () => {
    const doc = await readDocx(await (await get('/api/admin/reports/2026.docx')).arrayBuffer());
    const year = await (await get('/api/admin/stats?period=2026')).json();
    expect(doc.paragraphs.slice(0, 2)).toEqual(['BÁO CÁO', summaryTitle('2026')]);
    expect(doc.paragraphs).toContain(
      `Chỉ số hài lòng chung: ${percentText(year.index.value)} (khoảng tin cậy 95%: ${intervalText(year.index.ci)}; ${countText(year.index.n)} phiếu). Đánh giá so với chỉ tiêu 90%: ${verdictText[year.index.verdict as Figure['verdict']]}.`,
    );
    const h2 = await stats('');
    expect(tableStarting(doc, 'Kỳ', 'Số phiếu').slice(1)).toEqual([
      ['6 tháng đầu năm 2026', '0', '—', '—', verdictText.insufficient],
      [
        '6 tháng cuối năm 2026',
        countText(h2.n),
        percentText(h2.index.value),
        intervalText(h2.index.ci),
        verdictText[h2.index.verdict as Figure['verdict']],
      ],
    ]);
  });

  test('lists the periods with the frozen one’s digest and time', async () => {
    const res = await get('/api/admin/reports');
    const body = await res.json();
    expect(body.periods.find((p: { code: string }) => p.code === '2026-H2')).toEqual({
      id: expect.any(Number),
      code: '2026-H2',
      status: 'closed',
      startsOn: '2026-07-01',
      endsOn: '2026-12-31',
      snapshot: { digest, takenAt: '2026-12-31T17:00:00.000Z' },
    });
  });

  test('answers a malformed file name with the envelope naming the field', async () => {
    const res = await get('/api/admin/reports/2026-H3.pdf');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_input',
        message: 'The request has invalid fields.',
        issues: [{ path: 'file', message: 'a period (2026-H1, or 2026 for the year) and a format: 2026-H1.docx, 2026.xlsx, 2026-H2.csv' }],
      },
    });
  });

  test('refuses a report without a session', async () => {
    const res = await t.app.request('/api/admin/reports/2026-H2.docx');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Please sign in.' } });
  });
});
