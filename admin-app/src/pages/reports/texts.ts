import type { Texts } from '../../i18n';

export const reportsTexts: Texts<{
  title: string;
  intro: string;
  choose: string;
  period: string;
  half1: (year: string) => string;
  half2: (year: string) => string;
  year: (year: string) => string;
  unit: string;
  files: string;
  docx: string;
  docxHint: string;
  xlsx: string;
  xlsxHint: string;
  csv: string;
  csvHint: string;
  state: string;
  frozen: string;
  notFrozen: string;
  notFrozenHint: string;
  partlyFrozen: string;
  closedNotYetFrozen: string;
  snapshotsCaption: string;
  half: string;
  digest: string;
  takenAt: string;
  verifyHint: string;
  noPeriods: string;
  loading: string;
}> = {
  vi: {
    title: 'Báo cáo',
    intro: 'Báo cáo định kỳ 6 tháng và cả năm về sự hài lòng của người dân, tổ chức: văn bản Word để hoàn thiện và ký, bảng tính Excel, và dữ liệu phiếu ẩn danh (CSV).',
    choose: 'Chọn kỳ báo cáo',
    period: 'Kỳ báo cáo',
    half1: (y) => `6 tháng đầu năm ${y}`,
    half2: (y) => `6 tháng cuối năm ${y}`,
    year: (y) => `Cả năm ${y}`,
    unit: 'Đơn vị',
    files: 'Tải báo cáo',
    docx: 'Báo cáo (Word, .docx)',
    docxHint: 'Văn bản tiếng Việt có biểu đồ; phần kết luận, kiến nghị để trống cho cơ quan hoàn thiện.',
    xlsx: 'Bảng số liệu (Excel, .xlsx)',
    xlsxHint: 'Tổng hợp, yếu tố, tiêu chí, xếp hạng đơn vị, điểm phục vụ, phân bố 5 mức.',
    csv: 'Dữ liệu phiếu ẩn danh (.csv)',
    csvHint: 'Mỗi dòng một phiếu, mỗi cột một tiêu chí; không có góp ý tự do hay thông tin cá nhân.',
    state: 'Tình trạng số liệu',
    frozen: 'Đã chốt: số liệu của kỳ này không thay đổi nữa.',
    notFrozen: 'Chưa chốt: kỳ khảo sát chưa khoá, số liệu còn thay đổi.',
    notFrozenHint: 'Số liệu được chốt khi kỳ khảo sát được khoá.',
    partlyFrozen: 'Mới chốt một phần: báo cáo cả năm chỉ chốt khi cả hai kỳ 6 tháng đã khoá.',
    closedNotYetFrozen: 'Kỳ khảo sát đã khoá; số liệu được chốt (kèm mã kiểm chứng) ngay khi tải báo cáo lần đầu.',
    snapshotsCaption: 'Bản chốt số liệu và mã kiểm chứng',
    half: 'Kỳ',
    digest: 'Mã kiểm chứng (SHA-256)',
    takenAt: 'Thời điểm chốt',
    verifyHint: 'Mã kiểm chứng được in trong báo cáo; lệnh snapshot:verify đối chiếu lại bản chốt với dữ liệu phiếu gốc.',
    noPeriods: 'Chưa có kỳ khảo sát nào.',
    loading: 'Đang tải…',
  },
  en: {
    title: 'Reports',
    intro: 'The half-year and year-end satisfaction reports: a Word document to finalise and sign, an Excel workbook, and the anonymised responses (CSV).',
    choose: 'Choose the report',
    period: 'Period',
    half1: (y) => `First half of ${y}`,
    half2: (y) => `Second half of ${y}`,
    year: (y) => `Full year ${y}`,
    unit: 'Unit',
    files: 'Download',
    docx: 'Report (Word, .docx)',
    docxHint: 'In Vietnamese, with charts; the conclusions and recommendations are left blank for the office.',
    xlsx: 'Figures (Excel, .xlsx)',
    xlsxHint: 'Summary, factors, items, unit ranking, service points, five-level distributions.',
    csv: 'Anonymised responses (.csv)',
    csvHint: 'One row per response, one column per item; no free text or personal details.',
    state: 'State of the figures',
    frozen: 'Frozen: this period’s figures will not change.',
    notFrozen: 'Not frozen: the period is still open and its figures may change.',
    notFrozenHint: 'The figures are frozen when the period is closed.',
    partlyFrozen: 'Partly frozen: a year is frozen once both of its halves are closed.',
    closedNotYetFrozen: 'The period is closed; its figures are frozen (with their digest) when its report is first downloaded.',
    snapshotsCaption: 'Snapshots and their digests',
    half: 'Half',
    digest: 'Digest (SHA-256)',
    takenAt: 'Taken at',
    verifyHint: 'The digest is printed in the report; the snapshot:verify command checks a snapshot against the raw responses.',
    noPeriods: 'No survey period exists yet.',
    loading: 'Loading…',
  },
};
