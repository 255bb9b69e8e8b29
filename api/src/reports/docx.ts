// The report as the administrative document the office sends (Nghị định 30/2020/NĐ-CP, Phụ lục I):
// the header and signature blocks from the province settings, then the figures, in Vietnamese.
import { Document, LineRuleType, Packer, Paragraph, Table } from 'docx';
import type { ProvinceSettings } from '../settings/queries';
import { factorChart } from './charts';
import { headerBlock, summaryTitle, titleBlock } from './docx-header';
import { type Caption, captionParagraphs, chartTitle, heading, image, isCaption, para, table, tableTitle } from './docx-parts';
import { methodNotes } from './docx-completeness';
import { changePart, commentsPart, halvesPart, rankingPart, respondentTypePart } from './docx-sections';
import { signatureBlock } from './docx-signature';
import { numbering, sectionProperties, settingsXml, styles } from './docx-styles';
import type { ReportView } from './model';
import { paperParagraphs } from './paper-section';
import { qualitySection } from './quality-section';
import {
  channelText,
  countText,
  intervalText,
  percentText,
  periodPhrase,
  respondentTypeText,
  verdictText,
  vnDateTime,
  vnDay,
  vnNumber,
} from './texts';

/** What the parts of the report return: paragraphs, tables, and titles numbered at the end. */
export type Block = Paragraph | Table | Caption;

/** What prints around the figures: the province's header and signer, and the moment of printing. */
export interface DocumentForm {
  settings: ProvinceSettings;
  now: Date;
}

/** Tables and charts numbered in the order they appear ("Bảng 1.", "Biểu đồ 1."), a little space after each table. */
function numberCaptions(blocks: Block[]): (Paragraph | Table)[] {
  const counts = { Bảng: 0, 'Biểu đồ': 0 };
  const after = () => new Paragraph({ spacing: { after: 0, line: 160, lineRule: LineRuleType.EXACT }, children: [] });
  return blocks.flatMap((b) => (isCaption(b) ? captionParagraphs(b, ++counts[b.caption]) : b instanceof Table ? [b, after()] : [b]));
}

export async function reportDocx(view: ReportView, form: DocumentForm): Promise<Buffer> {
  const { content, unit } = view;
  const o = unit.figures.overall;
  const target = content.period.target;
  const factorName = (code: string | null) => (code === null ? 'Ý kiến chung' : (view.factorNames.get(code) ?? code));
  const itemText = (code: string) => view.itemTexts.get(code) ?? code;
  const blocks: Block[] = [
    heading('Mục đích và phương pháp'),
    para(
      `Báo cáo tổng hợp kết quả đo lường sự hài lòng của người dân, tổ chức ${periodPhrase(content.period.code)} (từ ${vnDay(content.period.startsOn)} đến ${vnDay(content.period.endsOn)}), so với chỉ tiêu ${vnNumber(target, 0)}% hài lòng.`,
    ),
    para(
      `Phiếu khảo sát: ${content.answeredVersions.map((v) => v.code).join(', ') || content.questionnaire.code}. Tổng số phiếu hợp lệ: ${countText(o.n)}.`,
    ),
    para(
      'Tỷ lệ hài lòng của mỗi tiêu chí là số ý kiến "Hài lòng" và "Rất hài lòng" chia cho số ý kiến trên thang 5 mức (không tính "Không áp dụng"). Tỷ lệ của yếu tố là trung bình có trọng số của các tiêu chí; chỉ số chung là trung bình có trọng số của các yếu tố.',
    ),
    para(
      `Khoảng tin cậy 95%: khoảng Wilson cho từng tiêu chí; trung bình ± 1,96 độ lệch chuẩn/√n của điểm từng người cho yếu tố và chỉ số chung. Kết luận "đạt" khi cận dưới ≥ ${vnNumber(target, 0)}%, "chưa đạt" khi cận trên < ${vnNumber(target, 0)}%; nhóm dưới ${content.method.minN} phiếu được ghi "chưa đủ số phiếu" và không xếp hạng.`,
    ),
    ...methodNotes(view),
    ...paperParagraphs(view.paper).map((text) => para(text)),
    ...qualitySection(content, unit).map((text) => para(text)),
    heading('Số phiếu theo kênh và đối tượng', 2),
    tableTitle('Số phiếu theo kênh khảo sát', 'phiếu'),
    table(
      ['Kênh khảo sát', 'Số phiếu'],
      unit.figures.byChannel.map((g) => [channelText[g.key] ?? g.label, countText(g.n)]),
    ),
    tableTitle('Số phiếu theo đối tượng', 'phiếu'),
    table(
      ['Đối tượng', 'Số phiếu'],
      unit.figures.byRespondentType.map((g) => [respondentTypeText[g.key] ?? g.label, countText(g.n)]),
    ),
    heading('Kiểm chứng số liệu', 2),
    ...(view.snapshots.length
      ? view.snapshots.map((s) =>
          para(`Số liệu ${periodPhrase(s.period)} được chốt lúc ${vnDateTime(s.takenAt)}; mã kiểm chứng SHA-256: ${s.digest}.`, {
            left: true,
          }),
        )
      : [para('Kỳ khảo sát chưa khoá: chưa có mã kiểm chứng.')]),
    para(`Báo cáo được lập từ hệ thống lúc ${vnDateTime(form.now)}.`),

    heading('Chỉ số hài lòng chung'),
    para(
      `Chỉ số hài lòng chung: ${percentText(o.index.value)} (khoảng tin cậy 95%: ${intervalText(o.index.ci)}; ${countText(o.index.n)} phiếu). Đánh giá so với chỉ tiêu ${vnNumber(target, 0)}%: ${verdictText[o.index.verdict]}.`,
      { bold: true },
    ),
    ...(o.index.moreNeeded ? [para(`Cần thêm khoảng ${countText(o.index.moreNeeded)} phiếu để kết luận.`)] : []),

    heading('Kết quả theo yếu tố'),
    tableTitle('Tỷ lệ hài lòng theo yếu tố', '%'),
    table(
      ['Yếu tố', 'Tỷ lệ hài lòng', 'Khoảng tin cậy 95%', 'Số phiếu', 'Đánh giá'],
      o.factors.map((f) => [factorName(f.code), percentText(f.value), intervalText(f.ci), countText(f.n), verdictText[f.verdict]]),
    ),
    chartTitle('Tỷ lệ hài lòng theo yếu tố so với chỉ tiêu'),
    image(
      await factorChart(
        o.factors.map((f) => ({ label: factorName(f.code), value: f.value })),
        target,
      ),
      'Biểu đồ tỷ lệ hài lòng theo yếu tố, có đường chỉ tiêu',
    ),

    heading('Kết quả theo tiêu chí'),
    tableTitle('Tỷ lệ hài lòng theo tiêu chí', '%'),
    table(
      ['Mã', 'Tiêu chí', 'Tỷ lệ hài lòng', 'Khoảng tin cậy 95%', 'Số ý kiến'],
      o.items.map((i) => [i.code, itemText(i.code), percentText(i.value), intervalText(i.ci), countText(i.n)]),
    ),
    // The answers on each level apart: in the same table the statements would have no room.
    tableTitle('Số ý kiến theo mức đánh giá (1: Rất không hài lòng … 5: Rất hài lòng)', 'ý kiến'),
    table(
      ['Mã', 'Tiêu chí', '1', '2', '3', '4', '5', 'Không áp dụng'],
      o.items.map((i) => [
        i.code,
        itemText(i.code),
        ...(['1', '2', '3', '4', '5', 'na'] as const).map((l) => countText(i.distribution[l])),
      ]),
    ),

    ...(await rankingPart(view)),
    ...respondentTypePart(view, factorName),
    ...(await changePart(view, factorName)),
    ...halvesPart(view, factorName),
    ...commentsPart(view, factorName),

    heading('Kết luận và kiến nghị'),
    // Kept with the signature block, which must not stand alone on the last page.
    para('(Phần dành cho cơ quan thường trực cải cách hành chính hoàn thiện.)', { italics: true, keepNext: true }),
    para('', { keepNext: true }),
    para('', { keepNext: true }),
  ];
  const doc = new Document({
    creator: 'SIPAS',
    title: `Báo cáo ${summaryTitle(content.period.code)}`,
    styles,
    numbering,
    sections: [
      {
        ...sectionProperties(),
        children: [
          headerBlock(form.settings, form.now),
          ...titleBlock(
            content.period.code,
            unit.name,
            view.frozen ? 'Số liệu đã chốt (kỳ khảo sát đã khoá).' : 'Số liệu tạm thời: kỳ khảo sát chưa khoá, số liệu còn thay đổi.',
          ),
          ...numberCaptions(blocks),
          signatureBlock(form.settings),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/settings.xml', data: settingsXml }]);
}
