// The report method's part on data quality (issue 16): how collection is checked, and every
// exclusion decided for the report's scope — "n phiếu bị loại, lý do …". Plain Vietnamese sentences,
// so whoever lays out the report (docx.ts) places them as paragraphs.
import { thresholds as th } from '../quality/rules';
import type { ReportContent, UnitEntry } from './content';
import { countText, periodPhrase, vnDayAt } from './texts';

export const flagNameVi: Record<string, string> = {
  straight_lining: 'cùng một mức cho mọi tiêu chí',
  off_hours: 'gửi từ máy tại quầy ngoài giờ làm việc',
  burst: 'nhiều phiếu dồn dập trong thời gian ngắn',
  exceeds_transactions: 'số phiếu nhiều hơn số hồ sơ đã giải quyết',
  repeated_comment: 'cùng một ý kiến lặp lại nhiều lần',
};

/** The exclusions of one unit's report: those of the counters in its subtree (DOCX and XLSX alike). */
export function exclusionsInScope(content: ReportContent, unit: Pick<UnitEntry, 'path'>) {
  const unitPath = new Map(content.units.map((u) => [u.id, u.path]));
  const inScope = new Set(content.servicePoints.filter((sp) => unitPath.get(sp.unitId)?.startsWith(unit.path)).map((sp) => sp.code));
  return (content.exclusions ?? []).filter((e) => inScope.has(e.servicePoint));
}

/** The paragraphs of the data-quality part, for one unit's report (its subtree's exclusions). */
export function qualitySection(content: ReportContent, unit: Pick<UnitEntry, 'path'>): string[] {
  const exclusions = exclusionsInScope(content, unit);
  const total = exclusions.reduce((s, e) => s + e.responses, 0);
  const lines = [
    `Kiểm tra chất lượng dữ liệu: mỗi điểm phục vụ được so với phần còn lại của tỉnh để phát hiện phiếu ${flagNameVi.straight_lining}, phiếu ${flagNameVi.off_hours} (theo giờ làm việc của từng đơn vị), ${th.burstKiosk} phiếu trở lên từ một máy (hoặc ${th.burstPhone} phiếu qua điện thoại tại một quầy) trong ${th.burstWindowMinutes} phút, ${flagNameVi.exceeds_transactions} và ${flagNameVi.repeated_comment}. Dấu hiệu chỉ được nêu để xem xét; không phiếu nào bị loại nếu không có quyết định của quản trị tỉnh.`,
  ];
  if (exclusions.length === 0) {
    lines.push('Không có phiếu nào bị loại khỏi số liệu của báo cáo này.');
    return lines;
  }
  lines.push(`Có ${countText(total)} phiếu bị loại khỏi mọi số liệu của báo cáo này theo ${countText(exclusions.length)} quyết định:`);
  for (const e of exclusions)
    lines.push(
      `${countText(e.responses)} phiếu bị loại, lý do: ${e.reason} — ${e.servicePointName} (${e.servicePoint}), dấu hiệu ${flagNameVi[e.flag] ?? e.flag}, kỳ ${periodPhrase(e.period)}; quyết định của ${e.createdBy} ${vnDayAt(e.createdAt)}.`,
    );
  return lines;
}
