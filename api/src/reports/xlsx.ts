// The report's figures as a workbook: real numbers with formats (shares as fractions shown as
// percentages), one frozen header row per sheet, so the office can sort, filter and chart them.
import ExcelJS from 'exceljs';
import { xmlSafe } from '../shared/cell-text';
import type { Figure } from '../stats/compute';
import type { ReportView } from './model';
import { channelText, periodPhrase, reportTitle, respondentTypeText, verdictText } from './texts';

type Cell = string | number | null;
const pct = '0.00%';
const whole = '#,##0';

/** A share in percent (91.25) as the fraction Excel formats (0.9125); absent stays empty. */
const share = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 100) / 10000);
const figureCells = (f: Figure): Cell[] => [share(f.value), share(f.ci?.[0]), share(f.ci?.[1]), f.n, verdictText[f.verdict]];
const figureHeaders = ['Tỷ lệ hài lòng', 'Cận dưới 95%', 'Cận trên 95%', 'Số phiếu', 'Đánh giá'];
const figureFormats = [pct, pct, pct, whole, undefined];

function sheet(book: ExcelJS.Workbook, name: string, headers: string[], rows: Cell[][], formats: (string | undefined)[]) {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  // A string goes in as a string cell, which a spreadsheet never runs as a formula (unlike a CSV
  // field); only what XML cannot hold is dropped.
  const text = (c: Cell) => (typeof c === 'string' ? xmlSafe(c) : c);
  ws.addRow(headers.map(xmlSafe)).font = { bold: true };
  for (const r of rows) ws.addRow(r.map(text));
  ws.columns.forEach((col, i) => {
    col.width = Math.max(10, Math.min(60, headers[i]!.length + 4));
    const format = formats[i];
    if (format) col.numFmt = format;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  return ws;
}

export async function reportXlsx(view: ReportView): Promise<Buffer> {
  const { content, unit } = view;
  const o = unit.figures.overall;
  const book = new ExcelJS.Workbook();
  book.creator = 'SIPAS';
  book.title = `${reportTitle} — ${periodPhrase(content.period.code)}`;

  const digest = view.snapshots.map((s) => `${s.period}: ${s.digest}`).join('; ') || 'chưa khoá';
  sheet(
    book,
    'Tổng hợp',
    ['Mục', 'Giá trị'],
    [
      ['Kỳ khảo sát', content.period.code],
      ['Từ ngày', content.period.startsOn],
      ['Đến ngày', content.period.endsOn],
      ['Phạm vi', unit.name],
      ['Chỉ tiêu', share(content.period.target)],
      ['Số phiếu', o.n],
      ['Chỉ số hài lòng chung', share(o.index.value)],
      ['Cận dưới 95%', share(o.index.ci?.[0])],
      ['Cận trên 95%', share(o.index.ci?.[1])],
      ['Đánh giá', verdictText[o.index.verdict]],
      ...unit.figures.byRespondentType.map((g): Cell[] => [`Số phiếu – ${respondentTypeText[g.key] ?? g.label}`, g.n]),
      ...unit.figures.byChannel.map((g): Cell[] => [`Số phiếu – ${channelText[g.key] ?? g.label}`, g.n]),
      ['Số liệu đã chốt', view.frozen ? 'có' : 'không (tạm thời)'],
      ['Mã kiểm chứng SHA-256', digest],
    ],
    [undefined, undefined],
  ).getColumn(2).width = 70;
  // The summary mixes kinds in one column: format the share and count cells one by one.
  const summary = book.getWorksheet('Tổng hợp')!;
  summary.eachRow((row) => {
    const value = row.getCell(2).value;
    if (typeof value === 'number') row.getCell(2).numFmt = Number.isInteger(value) ? whole : pct;
  });

  sheet(
    book,
    'Yếu tố',
    ['Mã', 'Yếu tố', ...figureHeaders],
    o.factors.map((f) => [f.code, view.factorNames.get(f.code) ?? f.code, ...figureCells(f)]),
    [undefined, undefined, ...figureFormats],
  );
  sheet(
    book,
    'Tiêu chí',
    ['Mã', 'Yếu tố', 'Tiêu chí', ...figureHeaders],
    o.items.map((i) => [i.code, i.factor, view.itemTexts.get(i.code) ?? i.code, ...figureCells(i)]),
    [undefined, undefined, undefined, ...figureFormats],
  );
  const ranked = (groups: typeof unit.figures.units, label: string) =>
    sheet(
      book,
      label,
      [
        'Hạng',
        'Mã',
        'Tên',
        'Số phiếu',
        'Chỉ số hài lòng',
        'Cận dưới 95%',
        'Cận trên 95%',
        'Đánh giá',
        ...o.factors.map((f) => `Yếu tố ${f.code}`),
      ],
      groups.map((g) => [
        g.rank,
        g.key,
        g.label,
        g.n,
        share(g.index.value),
        share(g.index.ci?.[0]),
        share(g.index.ci?.[1]),
        verdictText[g.index.verdict],
        ...o.factors.map((f) => share(g.factors.find((x) => x.code === f.code)?.value)),
      ]),
      [whole, undefined, undefined, whole, pct, pct, pct, undefined, ...o.factors.map(() => pct)],
    );
  ranked(unit.figures.units, 'Đơn vị');
  ranked(unit.figures.servicePoints, 'Điểm phục vụ');
  sheet(
    book,
    'Phân bố',
    [
      'Mã',
      'Tiêu chí',
      'Rất không hài lòng (1)',
      'Không hài lòng (2)',
      'Bình thường (3)',
      'Hài lòng (4)',
      'Rất hài lòng (5)',
      'Không áp dụng',
    ],
    o.items.map((i) => [
      i.code,
      view.itemTexts.get(i.code) ?? i.code,
      ...(['1', '2', '3', '4', '5', 'na'] as const).map((l) => i.distribution[l]),
    ]),
    [undefined, undefined, whole, whole, whole, whole, whole, whole],
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
