// What a report says beyond the figures: every unit and counter, small groups flagged, the sample
// against the transactions entered, changes from the rounded figures, the halves of a year,
// responses from outside a period's dates, masked comments, the workbook's print set-up, the CSV.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { takeSnapshot } from '../../api/src/reports/snapshot';
import { percentText } from '../../api/src/reports/texts';
import { backends } from '../helpers/backends';
import { allAnswers, postResponse, signIn, startApp, type SessionHeaders, type TestApp } from '../helpers/app';
import { readDocx, readXlsx, sheetRows, tableStarting } from './report-read';

describe.each(backends)('report content on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders;
  const setStatus = (code: string, status: 'draft' | 'open' | 'closed') =>
    t.testDb.db.updateTable('survey_periods').set({ status }).where('code', '=', code).execute();
  const freeze = (code: string) =>
    t.testDb.db.transaction().execute(async (trx) => {
      const p = await trx
        .updateTable('survey_periods')
        .set({ status: 'closed' })
        .where('code', '=', code)
        .returning('id')
        .executeTakeFirstOrThrow();
      await takeSnapshot(trx, p.id, new Date('2026-12-31T17:00:00Z'));
    });
  const post = async (count: number, overrides: Record<string, unknown>) => {
    for (let i = 0; i < count; i++) await postResponse(t, overrides);
  };

  beforeAll(async () => {
    t = await startApp(backend);
    admin = await signIn(t);
    // 2026-H1: 40 at DEMO-01, 32 of them satisfied throughout.
    await setStatus('2026-H2', 'draft');
    await setStatus('2026-H1', 'open');
    await post(32, { servicePoint: 'DEMO-01', answers: allAnswers(5) });
    await post(8, { servicePoint: 'DEMO-01', answers: allAnswers(2) });
    await freeze('2026-H1');
    await setStatus('2026-H2', 'open');
    // 2026-H2: DEMO-01 40 (3 of them organisations), STP-01 35, PTT-01 30, XAB-01 3 (under n),
    // SXD-01 and DEMO-02 none.
    await post(30, { servicePoint: 'DEMO-01', answers: allAnswers(5) });
    await post(7, { servicePoint: 'DEMO-01', answers: allAnswers(1) });
    await post(3, { servicePoint: 'DEMO-01', respondentType: 'organization', answers: allAnswers(4) });
    await post(35, { servicePoint: 'STP-01', answers: allAnswers(4) });
    await post(30, { servicePoint: 'PTT-01', answers: allAnswers(3) });
    await post(3, { servicePoint: 'XAB-01', answers: allAnswers(5) });
    const comments = [
      ['+84 912 345 678 — đề nghị gọi lại', 1, 'PTT-01'],
      ['Cần rút ngắn thời gian chờ', 1, 'DEMO-01'],
      ['cần  RÚT NGẮN thời gian chờ!', 1, 'DEMO-01'],
      ['Email tôi: lan.nguyen@gmail.com, CCCD 001 234 567 890', 1, 'DEMO-01'],
      ['Cán bộ rất tận tình, cảm ơn', 5, 'DEMO-01'],
    ] as const;
    for (const [comment, value, servicePoint] of comments) await postResponse(t, { servicePoint, answers: allAnswers(value), comment });
    // Transactions entered for two counters.
    const ids = await t.testDb.db.selectFrom('service_points').select(['id', 'code']).execute();
    const period = await t.testDb.db.selectFrom('survey_periods').select('id').where('code', '=', '2026-H2').executeTakeFirstOrThrow();
    const idOf = (code: string) => ids.find((r) => r.code === code)!.id;
    await t.testDb.db
      .insertInto('service_point_transactions')
      .values([
        { period_id: period.id, service_point_id: idOf('STP-01'), transactions: 1000, updated_at: new Date() },
        { period_id: period.id, service_point_id: idOf('DEMO-01'), transactions: 10000, updated_at: new Date() },
      ])
      .execute();
    // Two STP-01 responses arrived on 30 June at 23:59 Vietnam time, one at midnight (1 July).
    const stp = await t.testDb.db.selectFrom('responses').select('id').where('service_point_id', '=', idOf('STP-01')).limit(3).execute();
    const at = ['2026-06-30T16:59:00Z', '2026-06-30T16:59:30Z', '2026-06-30T17:00:00Z'];
    for (const [i, r] of stp.entries())
      await t.testDb.db
        .updateTable('responses')
        .set({ received_at: new Date(at[i]!) })
        .where('id', '=', r.id)
        .execute();
    await freeze('2026-H2');
  });
  afterAll(() => t.testDb.destroy());

  const get = (path: string, session = admin) => t.app.request(path, { headers: session });
  const docx = async (path: string, session = admin) => readDocx(await (await get(path, session)).arrayBuffer());

  test('the ranking lists every active unit, those without responses or under n marked, with sample and response rate', async () => {
    const doc = await docx('/api/admin/reports/2026-H2.docx');
    expect(tableStarting(doc, 'Hạng', 'Đơn vị').slice(1)).toEqual([
      ['1', 'Sở Tư pháp', '35', '100,00%', '100,00–100,00%', 'Đạt chỉ tiêu'],
      ['2', 'Trung tâm Phục vụ hành chính công tỉnh', '44', expect.any(String), expect.any(String), 'Chưa đạt chỉ tiêu'],
      ['3', 'UBND phường Trung Tâm', '31', '0,00%', '0,00–0,00%', 'Chưa đạt chỉ tiêu'],
      ['—', 'Sở Xây dựng', '0', '—', '—', 'Chưa khảo sát'],
      ['—', 'UBND xã An Bình', '3', '100,00%', '100,00–100,00%', 'Dưới n tối thiểu'],
    ]);
    // By hand: 1000/(1 + 1000·0.0025) = 285.7 → 286; 10000/26 = 384.6 → 385; 35/1000 = 3.50%; 44/10000 = 0.44%.
    expect(tableStarting(doc, 'Đơn vị', 'Số lượt giao dịch').slice(1)).toEqual([
      ['Sở Tư pháp', '1.000', '286', '35', '3,50%', 'Chưa đạt'],
      ['Trung tâm Phục vụ hành chính công tỉnh', '10.000', '385', '44', '0,44%', 'Chưa đạt'],
    ]);
    // The province: 11000/(1 + 27.5) = 385.96 → 386; 113/11000 = 1.03%.
    expect(doc.paragraphs).toContain(
      'Số lượt giao dịch đã nhập: 11.000; cỡ mẫu khuyến nghị n = N/(1 + N·0,05²) = 386 phiếu; số phiếu thu được 113, tỷ lệ phản hồi 1,03% số lượt giao dịch; chưa đạt cỡ mẫu khuyến nghị.',
    );
  });

  test('the method section counts the responses received outside the period’s dates', async () => {
    const doc = await docx('/api/admin/reports/2026-H2.docx');
    expect(doc.paragraphs).toContain(
      'Phiếu nhận ngoài thời gian của kỳ nhưng được tính vào kỳ (kỳ mở trước hoặc đóng sau ngày quy định): 2 phiếu trước ngày bắt đầu, 0 phiếu sau ngày kết thúc.',
    );
  });

  test('a unit’s own report ranks its counters, the one without responses marked', async () => {
    const manager = await signIn(t, 'centre', 'unit_manager', 2);
    const doc = await docx('/api/admin/reports/2026-H2.docx', manager);
    const rows = tableStarting(doc, 'Hạng', 'Điểm phục vụ').slice(1);
    expect(rows.map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ['1', 'DEMO-01 – Quầy số 1 – Trung tâm Phục vụ hành chính công', '44', 'Chưa đạt chỉ tiêu'],
      ['—', 'DEMO-02 – Quầy số 2 – Trung tâm Phục vụ hành chính công', '0', 'Chưa khảo sát'],
    ]);
  });

  test('a group under the minimum n is flagged where its figure is shown', async () => {
    const doc = await docx('/api/admin/reports/2026-H2.docx');
    const rows = tableStarting(doc, 'Đối tượng', 'Số phiếu', 'Chỉ số hài lòng').slice(1);
    expect(rows.find((r) => r[0] === 'Tổ chức, doanh nghiệp')!.slice(0, 3)).toEqual(['Tổ chức, doanh nghiệp', '3', '100,00%*']);
    expect(rows.find((r) => r[0] === 'Cá nhân')![2]).not.toContain('*');
    expect(doc.paragraphs).toContain(
      '(*) Nhóm dưới 30 phiếu (dưới n tối thiểu): số liệu chỉ để tham khảo, không dùng để kết luận hay xếp hạng.',
    );
  });

  test('the change from the previous period is the difference of the rounded figures printed', async () => {
    const manager = await signIn(t, 'centre2', 'unit_manager', 2);
    const doc = await docx('/api/admin/reports/2026-H2.docx', manager);
    const rows = tableStarting(doc, 'Yếu tố', 'Kỳ trước', 'Kỳ này', 'Thay đổi').slice(1);
    const parse = (s: string) => Number(s.replace('%', '').replace(/\./g, '').replace(',', '.'));
    expect(rows.length).toBe(5);
    for (const [, before, now, change] of rows) {
      const delta = Math.round((parse(now!) - parse(before!)) * 100) / 100;
      expect(change!.replace(/ \(có ý nghĩa thống kê\)$/, '')).toBe(
        `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${percentText(Math.abs(delta)).replace('%', '')} điểm phần trăm`,
      );
    }
  });

  test('the year report sets the halves side by side with the change, and draws the trend', async () => {
    const manager = await signIn(t, 'centre3', 'unit_manager', 2);
    const doc = await docx('/api/admin/reports/2026.docx', manager);
    const [h1, h2] = [await docx('/api/admin/reports/2026-H1.docx', manager), await docx('/api/admin/reports/2026-H2.docx', manager)];
    const index = (d: typeof doc) => d.paragraphs.find((p) => p.startsWith('Chỉ số hài lòng chung: '))!.split(' ')[5]!;
    const table = tableStarting(doc, 'Yếu tố', '6 tháng đầu năm 2026', '6 tháng cuối năm 2026', 'Thay đổi');
    expect(table[1]!.slice(0, 3)).toEqual(['Chỉ số hài lòng chung', index(h1), index(h2)]);
    expect(table[1]![3]).toMatch(/^[−+±][\d,]+ điểm phần trăm$/);
    // Factor bars, unit ranking, trend.
    expect(doc.images).toBe(3);
  });

  test('quoted comments are masked, each text once, complaints apart from praise', async () => {
    const doc = await docx('/api/admin/reports/2026-H2.docx');
    const quoted = doc.paragraphs.filter((p) => /gọi lại|thời gian chờ|CCCD|tận tình/.test(p));
    expect(quoted.filter((p) => p.includes('thời gian chờ')).length).toBe(1);
    expect(quoted.filter((p) => !p.includes('thời gian chờ')).sort()).toEqual(
      ['[số điện thoại] — đề nghị gọi lại', 'Email tôi: [thư điện tử], CCCD [số giấy tờ]', 'Cán bộ rất tận tình, cảm ơn'].sort(),
    );
    const praise = doc.paragraphs.indexOf('Ý kiến của người hài lòng với mọi yếu tố:');
    expect(doc.paragraphs[praise + 1]).toBe('Cán bộ rất tận tình, cảm ơn');
    const book = await readXlsx(await (await get('/api/admin/reports/2026-H2.xlsx')).arrayBuffer());
    expect(
      sheetRows(book, 'Ý kiến')
        .map((r) => r[2])
        .join('\n'),
    ).not.toMatch(/912|gmail|001 234/);
  });

  test('the workbook prints on A4 fitted to the width, names units and counters by code, and lists those without responses', async () => {
    const body = await (await get('/api/admin/reports/2026-H2.xlsx')).arrayBuffer();
    const book = await readXlsx(body);
    const zip = await JSZip.loadAsync(body);
    for (const [n, ws] of book.worksheets.entries()) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
      ws.eachRow((row) => row.eachCell((cell) => expect(cell.font?.name).toBe('Times New Roman')));
      // Widths as the file states them (<col min max width>): every header word fits its column.
      const xml = await zip.file(`xl/worksheets/sheet${n + 1}.xml`)!.async('string');
      const widths = new Map<number, number>();
      for (const m of xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g))
        for (let c = Number(m[1]); c <= Number(m[2]); c++) widths.set(c, Number(m[3]));
      const narrow: string[] = [];
      ws.getRow(1).eachCell((cell, i) => {
        const longestWord = Math.max(
          ...String(cell.value)
            .split(' ')
            .map((w) => w.length),
        );
        if (!((widths.get(i) ?? 0) >= Math.min(40, longestWord))) narrow.push(`${ws.name} ${i} ${widths.get(i)}`);
      });
      expect(narrow).toEqual([]);
    }
    expect(book.getWorksheet('Điểm phục vụ')!.pageSetup.orientation).toBe('landscape');
    const points = sheetRows(book, 'Điểm phục vụ');
    expect(points.map((r) => [r[0], r[1], r[3], r[4], r[8]])).toEqual([
      [1, 'STP-01', 'Sở Tư pháp', 35, 'Đạt chỉ tiêu'],
      [2, 'DEMO-01', 'Trung tâm Phục vụ hành chính công tỉnh', 44, 'Chưa đạt chỉ tiêu'],
      [3, 'PTT-01', 'UBND phường Trung Tâm', 31, 'Chưa đạt chỉ tiêu'],
      [null, 'DEMO-02', 'Trung tâm Phục vụ hành chính công tỉnh', 0, 'Chưa khảo sát'],
      [null, 'SXD-01', 'Sở Xây dựng', 0, 'Chưa khảo sát'],
      [null, 'XAB-01', 'UBND xã An Bình', 3, 'Dưới n tối thiểu'],
    ]);
    expect(points[0]!.slice(9, 12)).toEqual([1000, 286, 0.035]);
    // A statement that wraps makes its row tall enough for its lines (LibreOffice would draw them
    // over the rows below), every cell of it at the top; a short one leaves the row as it is.
    const items = book.getWorksheet('Tiêu chí')!;
    const itemRow = (code: string) => items.getRows(2, items.rowCount - 1)!.find((r) => r.getCell(1).value === code)!;
    const rowLayout = (code: string) => {
      const row = itemRow(code);
      return { height: row.height, statement: String(row.getCell(3).value).length, top: row.getCell(1).alignment?.vertical ?? null };
    };
    expect([rowLayout('TC1'), rowLayout('KQ1')]).toEqual([
      { height: 3 * 15.75 + 2, statement: 88, top: 'top' },
      { height: undefined, statement: 21, top: null },
    ]);
    const summary = book.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('B3').value).toEqual(new Date('2026-07-01T00:00:00Z'));
    expect(summary.getCell('B3').numFmt).toBe('dd/mm/yyyy');
  });

  test('the year workbook carries both halves and the change', async () => {
    const book = await readXlsx(await (await get('/api/admin/reports/2026.xlsx')).arrayBuffer());
    const rows = sheetRows(book, 'Hai kỳ');
    expect(rows[0]).toEqual(['Số phiếu', 40, 113, null]);
    const [, h1, h2, change] = rows[1] as [string, number, number, number];
    expect(change).toBe(Math.round((h2 - h1) * 10000) / 100);
  });

  test('a frozen period’s CSV is the same at every download, in an order unlike the insertion order', async () => {
    const [a, b] = [await (await get('/api/admin/reports/2026-H2.csv')).text(), await (await get('/api/admin/reports/2026-H2.csv')).text()];
    expect(a).toBe(b);
    const lines = a.trimEnd().split('\n').slice(1);
    expect(lines.length).toBe(113);
    // Inserted counter by counter: a shuffle leaves them mixed.
    const counters = lines.map((l) => l.split(',')[3]);
    const runs = counters.filter((c, i) => i > 0 && c !== counters[i - 1]).length;
    expect(runs).toBeGreaterThan(20);
    // Scores in percent, like the DOCX and XLSX: satisfied throughout is 100.
    expect(lines.filter((l) => l.startsWith('2026-H2,') && l.endsWith(',100')).length).toBe(30 + 35 + 3 + 3 + 1);
  });

  test('the CSV’s data dictionary describes every column in order', async () => {
    const res = await get('/api/admin/reports/dictionary.csv?period=2026-H2');
    expect(res.status).toBe(200);
    const lines = (await res.text()).trimEnd().split('\n');
    const header = (await (await get('/api/admin/reports/2026-H2.csv')).text()).split('\n')[0]!.split(',');
    expect(lines[0]).toBe('cot,y_nghia,gia_tri');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(header);
    expect(lines.at(-1)).toMatch(/^diem_ca_nhan,.*0–100/);
  });
});
