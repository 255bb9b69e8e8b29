// The report's figures as a workbook: real numbers with formats (shares as fractions shown as
// percentages, dates as dates), one frozen and printed-on-every-page header row per sheet, every
// active unit and counter listed by name and code, so the office can sort, filter, chart and print.
import ExcelJS from 'exceljs';
import type { Figure } from '../stats/compute';
import type { RankedRow } from './completeness';
import { standingText } from './docx-completeness';
import type { ReportView } from './model';
import { shownDelta } from './model';
import { exclusionsInScope, flagNameVi } from './quality-section';
import { channelText, inVietnam, periodPhrase, reportTitle, respondentTypeText, verdictText } from './texts';
import { type Cell, day, pct, points, sheet, whole } from './xlsx-sheet';

/** A share in percent (91.25) as the fraction Excel formats (0.9125); absent stays empty. */
const share = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 100) / 10000);
const figureCells = (f: Figure): Cell[] => [share(f.value), share(f.ci?.[0]), share(f.ci?.[1]), f.n, verdictText[f.verdict]];
const figureHeaders = ['Tỷ lệ hài lòng', 'Cận dưới 95%', 'Cận trên 95%', 'Số phiếu', 'Đánh giá'];
const figureFormats = [pct, pct, pct, whole, undefined];
/** A calendar day (2026-07-01) as a date cell. */
const dateCell = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
/** An instant as a date-time cell in Vietnam time (UTC+7, no daylight saving). */

const sampleHeaders = ['Số lượt giao dịch', 'Cỡ mẫu khuyến nghị', 'Tỷ lệ phản hồi', 'Cỡ mẫu'];
const sampleFormats = [whole, whole, pct, undefined];
const sampleCells = (g: RankedRow): Cell[] =>
  g.sample
    ? [g.sample.transactions, g.sample.recommended, share(g.sample.responseRate), g.sample.reached ? 'Đạt' : 'Chưa đạt']
    : [null, null, null, null];

export async function reportXlsx(view: ReportView): Promise<Buffer> {
  const { content, unit } = view;
  const o = unit.figures.overall;
  const book = new ExcelJS.Workbook();
  book.creator = 'SIPAS';
  book.title = `${reportTitle} — ${periodPhrase(content.period.code)}`;
  const factorName = (code: string) => view.factorNames.get(code) ?? code;
  const previous = unit.figures.previous;
  const sample = view.ranking.sample;
  // [label, value, format]: the summary mixes kinds in one column, so each cell carries its own.
  const lines: [string, Cell, string?][] = [
    ['Kỳ khảo sát', periodPhrase(content.period.code)],
    ['Từ ngày', dateCell(content.period.startsOn), day],
    ['Đến ngày', dateCell(content.period.endsOn), day],
    ['Phạm vi', unit.name],
    ['Mã đơn vị', view.unitCodes.get(unit.id) ?? null],
    ['Chỉ tiêu', share(content.period.target), pct],
    ['Số phiếu', o.n, whole],
    ['Chỉ số hài lòng chung', share(o.index.value), pct],
    ['Cận dưới 95%', share(o.index.ci?.[0]), pct],
    ['Cận trên 95%', share(o.index.ci?.[1]), pct],
    ['Đánh giá', verdictText[o.index.verdict]],
    ...(previous && previous.index
      ? ([
          [`Chỉ số kỳ trước (${periodPhrase(previous.period)})`, share(previous.index.previous), pct],
          ['Thay đổi (điểm phần trăm)', previous.index.delta, points],
        ] as [string, Cell, string][])
      : []),
    ...unit.figures.byRespondentType.map((g): [string, Cell, string] => [`Số phiếu – ${respondentTypeText[g.key] ?? g.label}`, g.n, whole]),
    ...unit.figures.byChannel.map((g): [string, Cell, string] => [`Số phiếu – ${channelText[g.key] ?? g.label}`, g.n, whole]),
    ['Số lượt giao dịch đã nhập', sample?.transactions ?? 'chưa nhập', whole],
    ['Cỡ mẫu khuyến nghị N/(1+N·0,05²)', sample?.recommended ?? null, whole],
    ['Tỷ lệ phản hồi (phiếu/lượt giao dịch)', share(sample?.responseRate), pct],
    ['Phiếu nhận trước ngày bắt đầu kỳ', view.outsideDates.before, whole],
    ['Phiếu nhận sau ngày kết thúc kỳ', view.outsideDates.after, whole],
    ['Số liệu đã chốt', view.frozen ? 'có' : 'không (tạm thời)'],
    ...view.snapshots.flatMap((s): [string, Cell, string?][] => [
      [`Mã kiểm chứng SHA-256 (${periodPhrase(s.period)})`, s.digest],
      [`Thời điểm chốt (${periodPhrase(s.period)}, giờ Việt Nam)`, inVietnam(s.takenAt), 'dd/mm/yyyy hh:mm'],
    ]),
  ];
  const summary = sheet(
    book,
    'Tổng hợp',
    ['Mục', 'Giá trị'],
    lines.map(([label, value]) => [label, value]),
  );
  lines.forEach(([, , format], i) => {
    if (format) summary.getCell(i + 2, 2).numFmt = format;
  });
  summary.getColumn(2).alignment = { horizontal: 'left' };

  sheet(
    book,
    'Yếu tố',
    ['Mã', 'Yếu tố', ...figureHeaders],
    o.factors.map((f) => [f.code, factorName(f.code), ...figureCells(f)]),
    { formats: [undefined, undefined, ...figureFormats] },
  );
  sheet(
    book,
    'Tiêu chí',
    ['Mã', 'Yếu tố', 'Tiêu chí', ...figureHeaders],
    o.items.map((i) => [i.code, i.factor, view.itemTexts.get(i.code) ?? i.code, ...figureCells(i)]),
    { formats: [undefined, undefined, undefined, ...figureFormats] },
  );
  const rankedFigures = (g: RankedRow): Cell[] => [
    g.n,
    share(g.index.value),
    share(g.index.ci?.[0]),
    share(g.index.ci?.[1]),
    standingText(g),
    ...sampleCells(g),
  ];
  // A unit row's key is its id: the sheet names it by its code instead (issue 12).
  const codeOf = (g: RankedRow): string | null => view.unitCodes.get(Number(g.key)) ?? null;
  // Factors per unit or counter go on sheets of their own: with them the ranking would not fit a page's width.
  const factorCells = (g: RankedRow): Cell[] => o.factors.map((f) => share(g.factors.find((x) => x.code === f.code)?.value));
  const factorHeaders = o.factors.map((f) => factorName(f.code));
  const factorFormats = o.factors.map(() => pct);
  const rankedHeaders = ['Số phiếu', 'Chỉ số hài lòng', 'Cận dưới 95%', 'Cận trên 95%', 'Đánh giá', ...sampleHeaders];
  const rankedFormats = [whole, pct, pct, pct, undefined, ...sampleFormats];
  sheet(
    book,
    'Đơn vị',
    ['Hạng', 'Mã', 'Đơn vị', ...rankedHeaders],
    view.ranking.units.map((g) => [g.rank, codeOf(g), g.label, ...rankedFigures(g)]),
    { formats: [whole, undefined, undefined, ...rankedFormats] },
  );
  sheet(
    book,
    'Điểm phục vụ',
    ['Hạng', 'Mã', 'Điểm phục vụ', 'Đơn vị', ...rankedHeaders],
    view.ranking.servicePoints.map((g) => [g.rank, g.key, g.label.slice(g.key.length + 3), g.unitName ?? null, ...rankedFigures(g)]),
    { formats: [whole, undefined, undefined, undefined, ...rankedFormats] },
  );
  sheet(
    book,
    'Đơn vị – yếu tố',
    ['Hạng', 'Mã', 'Đơn vị', 'Số phiếu', ...factorHeaders],
    view.ranking.units.map((g) => [g.rank, codeOf(g), g.label, g.n, ...factorCells(g)]),
    { formats: [whole, undefined, undefined, whole, ...factorFormats] },
  );
  sheet(
    book,
    'Điểm phục vụ – yếu tố',
    ['Hạng', 'Mã', 'Điểm phục vụ', 'Số phiếu', ...factorHeaders],
    view.ranking.servicePoints.map((g) => [g.rank, g.key, g.label.slice(g.key.length + 3), g.n, ...factorCells(g)]),
    { formats: [whole, undefined, undefined, whole, ...factorFormats] },
  );
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
    { formats: [undefined, undefined, whole, whole, whole, whole, whole, whole] },
  );
  if (view.halves.length) halvesSheet(book, view, factorName);
  commentsSheet(book, view, factorName);
  // The decisions that took responses out of these figures, as the DOCX method lists them.
  sheet(
    book,
    'Phiếu bị loại',
    ['Kỳ', 'Mã', 'Điểm phục vụ', 'Dấu hiệu', 'Số phiếu bị loại', 'Lý do', 'Người quyết định', 'Ngày quyết định'],
    exclusionsInScope(content, unit).map((e) => [
      periodPhrase(e.period),
      e.servicePoint,
      e.servicePointName,
      flagNameVi[e.flag] ?? e.flag,
      e.responses,
      e.reason,
      e.createdBy,
      dateCell(inVietnam(e.createdAt).toISOString()),
    ]),
    { formats: [undefined, undefined, undefined, undefined, whole, undefined, undefined, day] },
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A year: both halves side by side and the change from the first to the second, in percentage points. */
function halvesSheet(book: ExcelJS.Workbook, view: ReportView, factorName: (code: string) => string) {
  const both = view.halves.length === 2;
  const row = (label: string, pick: (u: ReportView['halves'][number]['unit']) => number | null): Cell[] => {
    const values = view.halves.map((h) => pick(h.unit));
    return [label, ...values.map(share), ...(both ? [shownDelta(values[1]!, values[0]!)] : [])];
  };
  sheet(
    book,
    'Hai kỳ',
    ['Mục', ...view.halves.map((h) => periodPhrase(h.period)), ...(both ? ['Thay đổi (điểm phần trăm)'] : [])],
    [
      ['Số phiếu', ...view.halves.map((h) => h.unit.figures.overall.n), ...(both ? [null] : [])],
      row('Chỉ số hài lòng chung', (u) => u.figures.overall.index.value),
      ...view.unit.figures.overall.factors.map((f) =>
        row(factorName(f.code), (u) => u.figures.overall.factors.find((x) => x.code === f.code)?.value ?? null),
      ),
    ],
    { formats: [undefined, ...view.halves.map(() => pct), points] },
  ).getRow(2).numFmt = whole;
}

/** The comments this reader may read, masked: complaints under their factor, praise apart. */
function commentsSheet(book: ExcelJS.Workbook, view: ReportView, factorName: (code: string) => string) {
  const c = view.comments;
  sheet(
    book,
    'Ý kiến',
    ['Loại', 'Yếu tố', 'Ý kiến (đã che số điện thoại, thư điện tử, số giấy tờ)'],
    [
      ...c.complaints.flatMap((f) => f.examples.map((text): Cell[] => ['Chưa hài lòng', factorName(f.factor), text])),
      ...c.praise.map((text): Cell[] => ['Hài lòng mọi yếu tố', 'Ý kiến chung', text]),
    ],
  );
}
