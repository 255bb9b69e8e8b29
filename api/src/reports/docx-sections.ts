// The later parts of the DOCX: ranking, citizens vs organisations, change, halves, comments.
import { rankingChart, trendChart } from './charts';
import type { Block } from './docx';
import { bullet, chartTitle, heading, image, para, table, tableTitle } from './docx-parts';
import type { ReportView } from './model';
import { changeText, countText, intervalText, percentText, periodPhrase, respondentTypeText, verdictText, vnNumber } from './texts';

type FactorName = (code: string | null) => string;

export async function rankingPart(view: ReportView): Promise<Block[]> {
  const { units } = view.unit.figures;
  const target = view.content.period.target;
  const ranked = units.filter((g) => g.rank !== null);
  const below = ranked.filter((g) => g.index.value !== null && g.index.value < target);
  return [
    heading('Xếp hạng các đơn vị'),
    ...(units.length ? [tableTitle('Xếp hạng các đơn vị theo chỉ số hài lòng chung', '%')] : []),
    units.length
      ? table(
          ['Hạng', 'Đơn vị', 'Số phiếu', 'Chỉ số hài lòng', 'Khoảng tin cậy 95%', 'Đánh giá'],
          units.map((g) => [
            g.rank === null ? '—' : String(g.rank),
            g.label,
            countText(g.n),
            percentText(g.index.value),
            intervalText(g.index.ci),
            verdictText[g.index.verdict],
          ]),
        )
      : para('Không có đơn vị trực thuộc có phiếu trong kỳ.'),
    ...(ranked.length
      ? [
          chartTitle('Chỉ số hài lòng chung của các đơn vị được xếp hạng'),
          image(
            await rankingChart(
              ranked.map((g) => ({ label: g.label, value: g.index.value })),
              target,
            ),
            'Biểu đồ xếp hạng đơn vị',
          ),
        ]
      : []),
    para(
      below.length
        ? `Đơn vị có chỉ số dưới chỉ tiêu ${vnNumber(target, 0)}%: ${below.map((g) => g.label).join('; ')}.`
        : `Không có đơn vị được xếp hạng nào dưới chỉ tiêu ${vnNumber(target, 0)}%.`,
      { bold: true },
    ),
  ];
}

export function respondentTypePart(view: ReportView, factorName: FactorName): Block[] {
  const groups = view.unit.figures.byRespondentType;
  const codes = view.unit.figures.overall.factors.map((f) => f.code);
  return [
    heading('Cá nhân và tổ chức, doanh nghiệp'),
    ...(groups.length ? [tableTitle('Chỉ số hài lòng theo đối tượng', '%')] : []),
    groups.length
      ? table(
          ['Đối tượng', 'Số phiếu', 'Chỉ số hài lòng', 'Khoảng tin cậy 95%', ...codes.map((c) => factorName(c))],
          groups.map((g) => [
            respondentTypeText[g.key] ?? g.label,
            countText(g.n),
            percentText(g.index.value),
            intervalText(g.index.ci),
            ...codes.map((c) => percentText(g.factors.find((f) => f.code === c)?.value ?? null)),
          ]),
        )
      : para('Chưa có phiếu trong kỳ.'),
  ];
}

export async function changePart(view: ReportView, factorName: FactorName): Promise<Block[]> {
  const previous = view.unit.figures.previous;
  const o = view.unit.figures.overall;
  const target = view.content.period.target;
  const blocks: Block[] = [heading('Thay đổi so với kỳ trước')];
  if (!previous || previous.n === 0) {
    blocks.push(
      para(previous ? `Kỳ trước (${periodPhrase(previous.period)}) không có phiếu để so sánh.` : 'Không có kỳ trước để so sánh.'),
    );
  } else {
    blocks.push(
      para(
        `So với ${periodPhrase(previous.period)} (${countText(previous.n)} phiếu): chỉ số chung ${percentText(previous.index?.previous ?? null)} → ${percentText(o.index.value)}, thay đổi ${changeText(previous.index)}.`,
      ),
      tableTitle('Tỷ lệ hài lòng theo yếu tố so với kỳ trước', '%'),
      table(
        ['Yếu tố', 'Kỳ trước', 'Kỳ này', 'Thay đổi'],
        previous.factors.map((f) => [
          factorName(f.code),
          percentText(f.change?.previous ?? null),
          percentText(o.factors.find((x) => x.code === f.code)?.value ?? null),
          changeText(f.change),
        ]),
      ),
    );
  }
  if (view.trend.length > 1) {
    blocks.push(
      chartTitle('Chỉ số hài lòng chung qua các kỳ'),
      image(
        await trendChart(
          view.trend.map((p) => ({ label: periodPhrase(p.period), value: p.value })),
          target,
        ),
        'Biểu đồ xu hướng chỉ số hài lòng chung qua các kỳ',
      ),
    );
  }
  return blocks;
}

/** A year's report also gives each half on its own. */
export function halvesPart(view: ReportView): Block[] {
  if (view.halves.length === 0) return [];
  return [
    heading('Kết quả từng kỳ 6 tháng', 2),
    tableTitle('Chỉ số hài lòng chung của từng kỳ 6 tháng', '%'),
    table(
      ['Kỳ', 'Số phiếu', 'Chỉ số hài lòng', 'Khoảng tin cậy 95%', 'Đánh giá'],
      view.halves.map((h) => {
        const i = h.unit.figures.overall;
        return [periodPhrase(h.period), countText(i.n), percentText(i.index.value), intervalText(i.index.ci), verdictText[i.index.verdict]];
      }),
    ),
  ];
}

export function commentsPart(view: ReportView, factorName: FactorName): Block[] {
  const { comments } = view.unit.figures;
  const order = view.unit.figures.overall.factors.map((f) => f.code);
  const byFactor = [...comments.byFactor].sort(
    (a, b) => (a.factor === null ? 99 : order.indexOf(a.factor)) - (b.factor === null ? 99 : order.indexOf(b.factor)),
  );
  return [
    heading('Tổng hợp ý kiến góp ý'),
    para(
      `Tổng số ý kiến góp ý: ${countText(comments.total)}. Mỗi ý kiến được xếp vào yếu tố mà người góp ý đánh giá thấp nhất; "Ý kiến chung" khi người góp ý hài lòng với mọi yếu tố.`,
    ),
    ...(byFactor.length
      ? [
          tableTitle('Số ý kiến góp ý theo yếu tố', 'ý kiến'),
          table(
            ['Yếu tố', 'Số ý kiến'],
            byFactor.map((f) => [factorName(f.factor), countText(f.count)]),
          ),
        ]
      : []),
    ...byFactor.flatMap((f) =>
      f.examples.length
        ? [
            para(`${factorName(f.factor)} — một số ý kiến tiêu biểu:`, { bold: true, keepNext: true }),
            ...f.examples.map((e) => bullet(e.text)),
          ]
        : [],
    ),
  ];
}
