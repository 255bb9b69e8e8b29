import type { FailureCode } from '../../api';
import { keyed } from '../../i18n';

type Detail = Record<string, number | string | null>;
const pct = (x: unknown) => `${Math.round(Number(x) * 1000) / 10}%`;

const vi = {
  title: 'Chất lượng dữ liệu',
  intro:
    'Các quầy có dấu hiệu dữ liệu bất thường so với phần còn lại của tỉnh. Dấu hiệu chỉ để xem xét: phiếu chỉ bị loại khỏi số liệu khi quản trị tỉnh quyết định, có ghi lý do, và có thể khôi phục cho đến khi đóng đợt.',
  loadFailed: 'Không tải được dữ liệu chất lượng.',
  period: 'Đợt khảo sát',
  none: 'Không quầy nào có dấu hiệu bất thường trong đợt này.',
  counters: (n: number) => `${n} quầy có dấu hiệu`,
  table: { code: 'Mã quầy', name: 'Tên quầy', unit: 'Đơn vị', responses: 'Số phiếu', flags: 'Dấu hiệu' },
  kind: {
    straight_lining: 'Cùng một mức cho mọi tiêu chí',
    off_hours: 'Gửi từ máy ngoài giờ làm việc',
    burst: 'Nhiều phiếu dồn dập',
    exceeds_transactions: 'Nhiều phiếu hơn số hồ sơ',
    repeated_comment: 'Ý kiến lặp lại',
  } as Record<string, string>,
  detail: (kind: string, d: Detail): string => {
    switch (kind) {
      case 'straight_lining':
        return `${pct(d.counterShare)} số phiếu, cả tỉnh ${pct(d.provinceShare)}`;
      case 'off_hours':
        return `${pct(d.counterShare)} phiếu qua máy, cả tỉnh ${pct(d.provinceShare)}`;
      case 'burst':
        return `từ ${d.kioskAtLeast} phiếu/máy (hoặc ${d.phoneAtLeast} qua điện thoại) trong ${d.windowMinutes} phút`;
      case 'exceeds_transactions':
        return `${d.transactions} hồ sơ, thừa ${d.excess} phiếu`;
      default:
        return `"${d.text}" ${d.count} lần`;
    }
  },
  flagCount: (n: number, share: number) => `${n} phiếu (${pct(share)})`,
  show: 'Xem phiếu',
  hide: 'Ẩn phiếu',
  responsesTitle: (code: string, kind: string) => `Các phiếu của quầy ${code}: ${kind}`,
  col: { time: 'Thời điểm', channel: 'Kênh', answers: 'Trả lời (theo thứ tự tiêu chí)', comment: 'Ý kiến', state: 'Trạng thái' },
  excludedMark: 'Đã loại',
  counted: 'Đang tính',
  reason: 'Lý do loại các phiếu này',
  exclude: (n: number) => `Loại ${n} phiếu khỏi số liệu`,
  needReason: 'Hãy ghi lý do.',
  excluded: (n: number) => `Đã loại ${n} phiếu khỏi mọi số liệu.`,
  exclusionsTitle: 'Các quyết định loại phiếu',
  noExclusions: 'Chưa có phiếu nào bị loại trong đợt này.',
  exclusionLine: (n: number, reason: string, by: string, at: string) => `${n} phiếu bị loại, lý do: ${reason} (${by}, ${at})`,
  restore: 'Khôi phục',
  restored: (n: number) => `Đã khôi phục ${n} phiếu vào số liệu.`,
  closedNote: 'Đợt này đã đóng: các quyết định đã được chốt cùng kết quả.',
  errors: keyed<FailureCode>({
    period_closed: 'Đợt này đã đóng: không thay đổi được quyết định.',
    already_excluded: 'Các phiếu này đã bị loại.',
    not_flagged: 'Dấu hiệu này không còn: hãy tải lại trang.',
  }),
};

const en: typeof vi = {
  title: 'Data quality',
  intro:
    'Counters whose data look unusual against the rest of the province. A flag is for review only: responses leave the figures only when a province administrator decides so, with a reason, and can be restored until the period closes.',
  loadFailed: 'Could not load the data-quality flags.',
  period: 'Survey period',
  none: 'No counter is flagged in this period.',
  counters: (n: number) => `${n} counters flagged`,
  table: { code: 'Code', name: 'Counter', unit: 'Unit', responses: 'Responses', flags: 'Flags' },
  kind: {
    straight_lining: 'Same level for every statement',
    off_hours: 'Kiosk responses out of hours',
    burst: 'Burst of responses',
    exceeds_transactions: 'More responses than transactions',
    repeated_comment: 'Repeated comment',
  },
  detail: (kind: string, d: Detail): string => {
    switch (kind) {
      case 'straight_lining':
        return `${pct(d.counterShare)} of responses, province ${pct(d.provinceShare)}`;
      case 'off_hours':
        return `${pct(d.counterShare)} of kiosk responses, province ${pct(d.provinceShare)}`;
      case 'burst':
        return `${d.kioskAtLeast}+ per kiosk (or ${d.phoneAtLeast} by phone) within ${d.windowMinutes} minutes`;
      case 'exceeds_transactions':
        return `${d.transactions} transactions, ${d.excess} responses over`;
      default:
        return `"${d.text}" ${d.count} times`;
    }
  },
  flagCount: (n: number, share: number) => `${n} responses (${pct(share)})`,
  show: 'Show responses',
  hide: 'Hide responses',
  responsesTitle: (code: string, kind: string) => `Responses of counter ${code}: ${kind}`,
  col: { time: 'When', channel: 'Channel', answers: 'Answers (in statement order)', comment: 'Comment', state: 'State' },
  excludedMark: 'Excluded',
  counted: 'Counted',
  reason: 'Why these responses are excluded',
  exclude: (n: number) => `Exclude ${n} responses from the figures`,
  needReason: 'Give a reason.',
  excluded: (n: number) => `${n} responses excluded from every figure.`,
  exclusionsTitle: 'Exclusion decisions',
  noExclusions: 'No response is excluded in this period.',
  exclusionLine: (n: number, reason: string, by: string, at: string) => `${n} responses excluded, reason: ${reason} (${by}, ${at})`,
  restore: 'Restore',
  restored: (n: number) => `${n} responses restored to the figures.`,
  closedNote: 'This period is closed: its decisions are frozen with its results.',
  errors: keyed<FailureCode>({
    period_closed: 'This period is closed: its decisions cannot change.',
    already_excluded: 'These responses are already excluded.',
    not_flagged: 'This flag no longer holds: reload the page.',
  }),
};

export const qualityTexts = { vi, en };
