// The DOCX parts that make a report complete: how units and counters stand (ranked, under the
// minimum n, not surveyed), small groups flagged, the sample against the transactions entered,
// responses from outside the period's dates, the halves of a year side by side, and the comments.
import type { Figure } from '../stats/compute';
import type { Block } from './docx';
import { bullet, heading, para, table } from './docx-parts';
import type { RankedRow, Standing } from './completeness';
import type { ReportView } from './model';
import { shownDelta } from './model';
import { changeText, countText, intervalText, percentText, periodPhrase, verdictText, vnNumber } from './texts';

type FactorName = (code: string | null) => string;

export const standingWords: Record<Exclude<Standing, 'ranked'>, string> = {
  small: 'Dưới n tối thiểu',
  none: 'Chưa khảo sát',
};

/** The verdict of a ranked row; otherwise why it is not ranked. */
export const standingText = (g: Pick<RankedRow, 'standing' | 'index'>) =>
  g.standing === 'ranked' ? verdictText[g.index.verdict] : standingWords[g.standing];

/** A share with a star when its group is under the minimum n (the note under the table says what the star means). */
export const flaggedPercent = (value: number | null, n: number, minN: number) =>
  value !== null && n > 0 && n < minN ? `${percentText(value)}*` : percentText(value);

export const smallGroupNote = (minN: number) =>
  para(`(*) Nhóm dưới ${minN} phiếu (dưới n tối thiểu): số liệu chỉ để tham khảo, không dùng để kết luận hay xếp hạng.`, {
    italics: true,
  });

const rateText = (v: number) => `${vnNumber(v)}%`;

/** Method notes: responses counted from outside the period's dates, and the sample against the transactions entered. */
export function methodNotes(view: ReportView): Block[] {
  const { before, after } = view.outsideDates;
  const sample = view.ranking.sample;
  return [
    para(
      before + after === 0
        ? 'Mọi phiếu được tính trong kỳ đều nhận trong thời gian của kỳ.'
        : `Phiếu nhận ngoài thời gian của kỳ nhưng được tính vào kỳ (kỳ mở trước hoặc đóng sau ngày quy định): ${countText(before)} phiếu trước ngày bắt đầu, ${countText(after)} phiếu sau ngày kết thúc.`,
    ),
    para(
      sample
        ? `Số lượt giao dịch đã nhập: ${countText(sample.transactions)}; cỡ mẫu khuyến nghị n = N/(1 + N·0,05²) = ${countText(sample.recommended)} phiếu; số phiếu thu được ${countText(sample.responses)}, tỷ lệ phản hồi ${rateText(sample.responseRate)} số lượt giao dịch; ${sample.reached ? 'đạt' : 'chưa đạt'} cỡ mẫu khuyến nghị.`
        : 'Chưa nhập số lượt giao dịch của kỳ: chưa tính được cỡ mẫu khuyến nghị và tỷ lệ phản hồi.',
    ),
  ];
}

const sampleCells = (g: RankedRow) =>
  g.sample
    ? [
        countText(g.sample.transactions),
        countText(g.sample.recommended),
        rateText(g.sample.responseRate),
        g.sample.reached ? 'Đạt' : 'Chưa đạt',
      ]
    : ['—', '—', '—', '—'];

/** Per unit: transactions, recommended sample, responses and response rate (only where counts were entered). */
export function samplePart(view: ReportView): Block[] {
  const rows = view.ranking.units.filter((g) => g.sample);
  if (rows.length === 0) return [];
  return [
    heading('Cỡ mẫu và tỷ lệ phản hồi theo đơn vị', 2),
    table(
      ['Đơn vị', 'Số lượt giao dịch', 'Cỡ mẫu khuyến nghị', 'Số phiếu', 'Tỷ lệ phản hồi', 'Cỡ mẫu'],
      rows.map((g) => {
        const [transactions, recommended, rate, reached] = sampleCells(g);
        return [g.label, transactions!, recommended!, countText(g.n), rate!, reached!];
      }),
    ),
  ];
}

/** A unit's own report ranks its counters; the province's leaves them to the XLSX (there are hundreds). */
export function servicePointRankingPart(view: ReportView): Block[] {
  if (view.unit.parentId === null || view.ranking.servicePoints.length === 0) return [];
  const { minN } = view.content.method;
  return [
    heading('Xếp hạng các điểm phục vụ', 2),
    table(
      ['Hạng', 'Điểm phục vụ', 'Số phiếu', 'Chỉ số hài lòng', 'Khoảng tin cậy 95%', 'Đánh giá'],
      view.ranking.servicePoints.map((g) => [
        g.rank === null ? '—' : String(g.rank),
        g.label,
        countText(g.n),
        flaggedPercent(g.index.value, g.n, minN),
        intervalText(g.index.ci),
        standingText(g),
      ]),
    ),
    smallGroupNote(minN),
  ];
}

/** A year: each half's figures side by side, with the change from the first half to the second. */
export function halvesSideBySide(view: ReportView, factorName: FactorName): Block[] {
  if (view.halves.length === 0) return [];
  const { minN } = view.content.method;
  const both = view.halves.length === 2;
  const rows = view.unit.figures.overall.factors.map((f) => ({
    label: factorName(f.code),
    values: view.halves.map((h) => h.unit.figures.overall.factors.find((x) => x.code === f.code)),
  }));
  const index = { label: 'Chỉ số hài lòng chung', values: view.halves.map((h) => h.unit.figures.overall.index) };
  const cells = (r: { label: string; values: (Figure | undefined)[] }) => {
    const [a, b] = r.values;
    const delta = shownDelta(b?.value ?? null, a?.value ?? null);
    return [
      r.label,
      ...r.values.map((v) => (v ? flaggedPercent(v.value, v.n, minN) : '—')),
      ...(both ? [delta === null ? '—' : changeText({ delta, significant: false })] : []),
    ];
  };
  return [
    heading('Kết quả từng kỳ 6 tháng', 2),
    table(
      ['Kỳ', 'Số phiếu', 'Chỉ số hài lòng', 'Khoảng tin cậy 95%', 'Đánh giá'],
      view.halves.map((h) => {
        const i = h.unit.figures.overall;
        return [
          periodPhrase(h.period),
          countText(i.n),
          flaggedPercent(i.index.value, i.n, minN),
          intervalText(i.index.ci),
          verdictText[i.index.verdict],
        ];
      }),
    ),
    para(''),
    table(['Yếu tố', ...view.halves.map((h) => periodPhrase(h.period)), ...(both ? ['Thay đổi'] : [])], [index, ...rows].map(cells)),
    smallGroupNote(minN),
  ];
}

/** Counts by factor, a few complaints under each factor, praise apart; contact details masked. */
export function commentsSection(view: ReportView, factorName: FactorName): Block[] {
  const c = view.comments;
  const order = view.unit.figures.overall.factors.map((f) => f.code);
  const position = (factor: string | null) => (factor === null ? 99 : order.indexOf(factor));
  const complaints = [...c.complaints].sort((a, b) => position(a.factor) - position(b.factor));
  return [
    heading('VIII. Tổng hợp ý kiến góp ý'),
    para(
      `Tổng số ý kiến góp ý: ${countText(c.total)}. Mỗi ý kiến được xếp vào yếu tố mà người góp ý đánh giá thấp nhất; "Ý kiến chung" khi người góp ý hài lòng với mọi yếu tố. Số điện thoại, thư điện tử và số giấy tờ tùy thân trong ý kiến đã được che; ý kiến trùng nhau chỉ trích một lần.`,
    ),
    ...(c.byFactor.length
      ? [
          table(
            ['Yếu tố', 'Số ý kiến'],
            [...c.byFactor].sort((a, b) => position(a.factor) - position(b.factor)).map((f) => [factorName(f.factor), countText(f.count)]),
          ),
        ]
      : []),
    ...complaints.flatMap((f) =>
      f.examples.length
        ? [para(`${factorName(f.factor)} — ý kiến chưa hài lòng tiêu biểu:`, { bold: true }), ...f.examples.map((t) => bullet(t))]
        : [],
    ),
    ...(c.praise.length ? [para('Ý kiến của người hài lòng với mọi yếu tố:', { bold: true }), ...c.praise.map((t) => bullet(t))] : []),
  ];
}
