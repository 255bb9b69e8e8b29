// Every string of the dashboard, in Vietnamese and English.
import type { Channel, RespondentType } from '@sipas/api/types';
import type { Level } from '../../series';

const vi = {
  title: 'Tổng quan',
  loading: 'Đang tải…',
  noPeriods: 'Chưa có đợt khảo sát nào bắt đầu.',
  noValue: 'Chưa có dữ liệu',
  chartLoading: 'Đang tải biểu đồ…',
  chartFailed: 'Không tải được biểu đồ. Số liệu vẫn có trong bảng.',
  periodName: (code: string) =>
    code.endsWith('-H1')
      ? `6 tháng đầu năm ${code.slice(0, 4)}`
      : code.endsWith('-H2')
        ? `6 tháng cuối năm ${code.slice(0, 4)}`
        : `Cả năm ${code}`,
  filters: {
    label: 'Bộ lọc',
    period: 'Đợt khảo sát',
    unit: 'Đơn vị',
    respondentType: 'Đối tượng',
    channel: 'Kênh đánh giá',
    field: 'Lĩnh vực',
    all: 'Tất cả',
    inactive: '(ngừng hoạt động)',
    reset: 'Bỏ lọc',
  },
  respondentTypes: { citizen: 'Cá nhân', organization: 'Tổ chức, doanh nghiệp' } satisfies Record<RespondentType, string>,
  channels: { kiosk: 'Máy tại quầy', qr: 'Điện thoại (mã QR)', web: 'Trang web', paper: 'Phiếu giấy' } satisfies Record<Channel, string>,
  summary: {
    index: 'Chỉ số hài lòng chung',
    interval: 'KTC 95%',
    target: 'Mục tiêu',
    period: 'Đợt khảo sát',
    periodDates: 'Thời gian',
    responses: 'Số phiếu đã nhận',
    unit: 'Đơn vị',
    moreNeeded: (n: number) => `Cần thêm khoảng ${n} phiếu để kết luận.`,
    minN: (n: number) => `Cần tối thiểu ${n} phiếu để kết luận.`,
  },
  series: { satisfied: 'Tỷ lệ hài lòng (%)', target: (target: number) => `Mục tiêu ${target}%` },
  columns: { value: 'Tỷ lệ hài lòng', interval: 'KTC 95%', n: 'Số phiếu (n)', verdict: 'Kết luận', target: 'Mục tiêu' },
  factors: {
    title: 'Tỷ lệ hài lòng theo yếu tố',
    caption: 'Tỷ lệ hài lòng, khoảng tin cậy 95%, số phiếu và kết luận của từng yếu tố',
    factor: 'Yếu tố',
    chartLabel: (target: number) =>
      `Biểu đồ cột: tỷ lệ hài lòng của từng yếu tố với khoảng tin cậy 95%, đường ngang là mục tiêu ${target}%. Số liệu ở bảng.`,
  },
  ranking: {
    titleUnits: 'Xếp hạng đơn vị trực thuộc',
    titlePoints: 'Xếp hạng quầy tiếp nhận',
    caption: 'Thứ hạng theo chỉ số hài lòng; nhóm chưa đủ số phiếu không được xếp hạng',
    rank: 'Hạng',
    unit: 'Đơn vị',
    point: 'Quầy',
    unranked: 'Không xếp hạng',
    sample: 'Phiếu / cỡ mẫu khuyến nghị (tỷ lệ phản hồi)',
    legend: { above: 'Đạt hoặc trên mục tiêu', below: 'Dưới mục tiêu', insufficient: 'Chưa đủ số phiếu (không xếp hạng)' },
    chartLabel: (target: number) =>
      `Biểu đồ thanh ngang: chỉ số hài lòng của từng nhóm theo thứ hạng, đường dọc là mục tiêu ${target}%. Số liệu ở bảng.`,
    none: 'Đơn vị này không có đơn vị trực thuộc hay quầy để xếp hạng.',
    fieldNote: 'Khi lọc theo lĩnh vực, chỉ xếp hạng được các đơn vị trực thuộc, không xếp hạng quầy.',
    flagged: 'có quầy có dấu hiệu bất thường về dữ liệu; xem trang Chất lượng dữ liệu',
  },
  trend: {
    title: 'Diễn biến qua các đợt',
    caption: 'Chỉ số hài lòng chung của từng đợt khảo sát',
    period: 'Đợt',
    status: 'Trạng thái',
    index: 'Chỉ số hài lòng (%)',
    chartLabel: 'Biểu đồ đường: chỉ số hài lòng qua các đợt với khoảng tin cậy 95% và mục tiêu. Số liệu ở bảng.',
  },
  days: {
    title: 'Số phiếu theo ngày',
    caption: 'Số phiếu nhận được mỗi ngày (giờ Việt Nam)',
    day: 'Ngày',
    n: 'Số phiếu',
    series: 'Số phiếu',
    chartLabel: 'Biểu đồ cột: số phiếu nhận được mỗi ngày. Số liệu ở bảng.',
    fieldNote: 'Số phiếu theo ngày không tách theo lĩnh vực: biểu đồ này tính mọi lĩnh vực.',
  },
  distribution: {
    title: 'Phân bố câu trả lời theo câu hỏi',
    caption: 'Số câu trả lời ở từng mức của mỗi câu hỏi',
    item: 'Câu hỏi',
    total: 'Tổng',
    levels: {
      '1': '1 – Rất không hài lòng',
      '2': '2 – Không hài lòng',
      '3': '3 – Bình thường',
      '4': '4 – Hài lòng',
      '5': '5 – Rất hài lòng',
      na: 'Không áp dụng',
    } satisfies Record<Level, string>,
    chartLabel: 'Biểu đồ thanh xếp chồng: số câu trả lời ở mỗi mức, từng câu hỏi. Số liệu ở bảng.',
  },
};

export type DashboardText = typeof vi;

const en: DashboardText = {
  title: 'Dashboard',
  loading: 'Loading…',
  noPeriods: 'No survey period has begun yet.',
  noValue: 'No data yet',
  chartLoading: 'Loading the chart…',
  chartFailed: 'The chart could not be loaded. The figures are in the table.',
  periodName: (code) =>
    code.endsWith('-H1')
      ? `First half of ${code.slice(0, 4)}`
      : code.endsWith('-H2')
        ? `Second half of ${code.slice(0, 4)}`
        : `Full year ${code}`,
  filters: {
    label: 'Filters',
    period: 'Survey period',
    unit: 'Unit',
    respondentType: 'Respondent',
    channel: 'Channel',
    field: 'Field of procedure',
    all: 'All',
    inactive: '(inactive)',
    reset: 'Clear filters',
  },
  respondentTypes: { citizen: 'Citizens', organization: 'Organisations and businesses' },
  channels: { kiosk: 'Counter kiosk', qr: 'Phone (QR code)', web: 'Website', paper: 'Paper form' },
  summary: {
    index: 'Overall satisfaction index',
    interval: '95% CI',
    target: 'Target',
    period: 'Survey period',
    periodDates: 'Dates',
    responses: 'Responses received',
    unit: 'Unit',
    moreNeeded: (n) => `About ${n} more responses would decide it.`,
    minN: (n) => `At least ${n} responses are needed for a verdict.`,
  },
  series: { satisfied: 'Satisfied (%)', target: (target) => `Target ${target}%` },
  columns: { value: 'Satisfied', interval: '95% CI', n: 'Responses (n)', verdict: 'Verdict', target: 'Target' },
  factors: {
    title: 'Satisfaction by factor',
    caption: 'Share satisfied, 95% confidence interval, responses and verdict of each factor',
    factor: 'Factor',
    chartLabel: (target) =>
      `Bar chart: share satisfied for each factor with its 95% interval; the line is the ${target}% target. The figures are in the table.`,
  },
  ranking: {
    titleUnits: 'Ranking of units',
    titlePoints: 'Ranking of counters',
    caption: 'Rank by satisfaction index; groups with too few responses are not ranked',
    rank: 'Rank',
    unit: 'Unit',
    point: 'Counter',
    unranked: 'Not ranked',
    sample: 'Responses / recommended sample (response rate)',
    legend: { above: 'At or above target', below: 'Below target', insufficient: 'Too few responses (not ranked)' },
    chartLabel: (target) =>
      `Horizontal bar chart: satisfaction index of each group in rank order; the line is the ${target}% target. The figures are in the table.`,
    none: 'This unit has no sub-units or counters to rank.',
    fieldNote: 'With a field of procedure chosen, only sub-units can be ranked, not counters.',
    flagged: 'holds a counter whose data look unusual; see Data quality',
  },
  trend: {
    title: 'Trend over periods',
    caption: 'Overall satisfaction index of each survey period',
    period: 'Period',
    status: 'Status',
    index: 'Satisfaction index (%)',
    chartLabel: 'Line chart: satisfaction index over the periods with its 95% interval and the target. The figures are in the table.',
  },
  days: {
    title: 'Responses per day',
    caption: 'Responses received each day (Vietnam time)',
    day: 'Day',
    n: 'Responses',
    series: 'Responses',
    chartLabel: 'Bar chart: responses received each day. The figures are in the table.',
    fieldNote: 'Responses per day are not split by field of procedure: this chart counts every field.',
  },
  distribution: {
    title: 'Answers by statement',
    caption: 'Answers at each level of every statement',
    item: 'Statement',
    total: 'Total',
    levels: {
      '1': '1 – Very dissatisfied',
      '2': '2 – Dissatisfied',
      '3': '3 – Neutral',
      '4': '4 – Satisfied',
      '5': '5 – Very satisfied',
      na: 'Not applicable',
    },
    chartLabel: 'Stacked bar chart: answers at each level for every statement. The figures are in the table.',
  },
};

export const dashboardTexts = { vi, en };
