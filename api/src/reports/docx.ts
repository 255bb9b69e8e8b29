// The report as an editable Word document, in Vietnamese, with the parts a provincial report has.
import { Document, Packer, type Paragraph, type Table } from 'docx';
import { factorChart } from './charts';
import { heading, image, para, table } from './docx-parts';
import { changePart, commentsPart, halvesPart, rankingPart, respondentTypePart } from './docx-sections';
import type { ReportView } from './model';
import { qualitySection } from './quality-section';
import {
  channelText,
  countText,
  fullTitle,
  intervalText,
  percentText,
  periodPhrase,
  respondentTypeText,
  verdictText,
  vnNumber,
} from './texts';

export type Block = Paragraph | Table;

export async function reportDocx(view: ReportView): Promise<Buffer> {
  const { content, unit } = view;
  const o = unit.figures.overall;
  const target = content.period.target;
  const factorName = (code: string | null) => (code === null ? 'Ý kiến chung' : (view.factorNames.get(code) ?? code));
  const day = (iso: string) => iso.split('-').reverse().join('/');
  const blocks: Block[] = [
    para(fullTitle(content.period.code).toUpperCase(), { bold: true, centre: true }),
    para(`Phạm vi: ${unit.name}`, { centre: true }),
    para(view.frozen ? 'Số liệu đã chốt (kỳ khảo sát đã khoá).' : 'Số liệu tạm thời: kỳ khảo sát chưa khoá, số liệu còn thay đổi.', {
      italics: true,
      centre: true,
    }),

    heading('I. Mục đích và phương pháp'),
    para(
      `Báo cáo tổng hợp kết quả đo lường sự hài lòng của người dân, tổ chức ${periodPhrase(content.period.code)} (từ ngày ${day(content.period.startsOn)} đến ngày ${day(content.period.endsOn)}), so với chỉ tiêu ${vnNumber(target, 0)}% hài lòng.`,
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
    ...qualitySection(content, unit).map((text) => para(text)),
    heading('Số phiếu theo kênh và đối tượng', 2),
    table(
      ['Kênh khảo sát', 'Số phiếu'],
      unit.figures.byChannel.map((g) => [channelText[g.key] ?? g.label, countText(g.n)]),
    ),
    para(''),
    table(
      ['Đối tượng', 'Số phiếu'],
      unit.figures.byRespondentType.map((g) => [respondentTypeText[g.key] ?? g.label, countText(g.n)]),
    ),

    heading('II. Chỉ số hài lòng chung'),
    para(
      `Chỉ số hài lòng chung: ${percentText(o.index.value)} (khoảng tin cậy 95%: ${intervalText(o.index.ci)}; ${countText(o.index.n)} phiếu). Đánh giá so với chỉ tiêu ${vnNumber(target, 0)}%: ${verdictText[o.index.verdict]}.`,
      { bold: true },
    ),
    ...(o.index.moreNeeded ? [para(`Cần thêm khoảng ${countText(o.index.moreNeeded)} phiếu để kết luận.`)] : []),

    heading('III. Kết quả theo yếu tố'),
    table(
      ['Yếu tố', 'Tỷ lệ hài lòng', 'Khoảng tin cậy 95%', 'Số phiếu', 'Đánh giá'],
      o.factors.map((f) => [factorName(f.code), percentText(f.value), intervalText(f.ci), countText(f.n), verdictText[f.verdict]]),
    ),
    image(
      await factorChart(
        o.factors.map((f) => ({ label: f.code, value: f.value })),
        target,
      ),
      'Biểu đồ tỷ lệ hài lòng theo yếu tố, có đường chỉ tiêu',
    ),

    heading('IV. Kết quả theo tiêu chí'),
    table(
      ['Mã', 'Tiêu chí', 'Tỷ lệ hài lòng', 'Khoảng tin cậy 95%', 'Số ý kiến', '1', '2', '3', '4', '5', 'Không áp dụng'],
      o.items.map((i) => [
        i.code,
        view.itemTexts.get(i.code) ?? i.code,
        percentText(i.value),
        intervalText(i.ci),
        countText(i.n),
        ...(['1', '2', '3', '4', '5', 'na'] as const).map((l) => countText(i.distribution[l])),
      ]),
    ),

    ...(await rankingPart(view)),
    ...respondentTypePart(view, factorName),
    ...(await changePart(view, factorName)),
    ...halvesPart(view),
    ...commentsPart(view, factorName),

    heading('IX. Kết luận và kiến nghị'),
    para('(Phần dành cho cơ quan thường trực cải cách hành chính hoàn thiện.)', { italics: true }),
    para(''),
    para(''),
    para(''),

    heading('Kiểm chứng số liệu', 2),
    ...(view.snapshots.length
      ? view.snapshots.map((s) => para(`Kỳ ${s.period}: mã kiểm chứng SHA-256 ${s.digest}, chốt lúc ${s.takenAt}.`))
      : [para('Kỳ khảo sát chưa khoá: chưa có mã kiểm chứng.')]),
  ];
  const doc = new Document({
    creator: 'SIPAS',
    title: fullTitle(content.period.code),
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [{ children: blocks }],
  });
  return Packer.toBuffer(doc);
}
