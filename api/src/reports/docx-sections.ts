// The later parts of the DOCX: ranking, citizens vs organisations, change, halves, comments.
import { rankingCharts, trendChart } from './charts';
import type { Block } from './docx';
import { bullet, chartTitle, heading, image, para, table, tableTitle } from './docx-parts';
import type { ReportView } from './model';
import {
  commentsSection,
  flaggedPercent,
  halvesSideBySide,
  samplePart,
  servicePointRankingPart,
  smallGroupNote,
  standingText,
} from './docx-completeness';
import { changeText, countText, intervalText, percentText, periodPhrase, respondentTypeText, verdictText, vnNumber } from './texts';

type FactorName = (code: string | null) => string;

/** Up to this many units below the target are named after the ranking; more are counted. */
const namedBelow = 10;

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
            standingText(view.ranking.units.find((r) => r.key === g.key)!),
          ]),
        )
      : para('Không có đơn vị trực thuộc trong kỳ.'),
    // A long ranking runs over several charts, each titled with the ranks it shows.
    ...(ranked.length
      ? (
          await rankingCharts(
            ranked.map((g) => ({ label: g.label, value: g.index.value })),
            target,
          )
        ).flatMap((part, _, parts) => [
          chartTitle(
            `Chỉ số hài lòng chung của các đơn vị được xếp hạng${parts.length > 1 ? ` (hạng ${ranked[part.from]!.rank}–${ranked[part.to - 1]!.rank})` : ''}`,
          ),
          image(part.image, 'Biểu đồ xếp hạng đơn vị'),
        ])
      : []),
    para(
      below.length === 0
        ? `Không có đơn vị được xếp hạng nào dưới chỉ tiêu ${vnNumber(target, 0)}%.`
        : below.length <= namedBelow
          ? `Đơn vị có chỉ số dưới chỉ tiêu ${vnNumber(target, 0)}%: ${below.map((g) => g.label).join('; ')}.`
          : // A province's hundred communes named in one bold paragraph would fill a page: the table above names them.
            `${countText(below.length)} trên ${countText(ranked.length)} đơn vị được xếp hạng có chỉ số dưới chỉ tiêu ${vnNumber(target, 0)}% (xem bảng xếp hạng).`,
      { bold: true },
    ),
    ...samplePart(view),
    ...servicePointRankingPart(view),
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
            flaggedPercent(g.index.value, g.n, view.content.method.minN),
            intervalText(g.index.ci),
            ...codes.map((c) => flaggedPercent(g.factors.find((f) => f.code === c)?.value ?? null, g.n, view.content.method.minN)),
          ]),
        )
      : para('Chưa có phiếu trong kỳ.'),
    ...(groups.some((g) => g.n > 0 && g.n < view.content.method.minN) ? [smallGroupNote(view.content.method.minN)] : []),
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

/** A year's report also gives each half on its own, side by side with the change between them. */
export const halvesPart = (view: ReportView, factorName: FactorName): Block[] => halvesSideBySide(view, factorName);

export const commentsPart = (view: ReportView, factorName: FactorName): Block[] => commentsSection(view, factorName);
