import type { FailureCode } from '../../api';
import { keyed } from '../../i18n';

const vi = {
  title: 'Số hồ sơ',
  intro:
    'Số hồ sơ thủ tục hành chính mỗi quầy đã tiếp nhận trong đợt. Tổng số hồ sơ là cơ sở tính cỡ mẫu khảo sát khuyến nghị trên trang Tổng quan.',
  loadFailed: 'Không tải được số hồ sơ.',
  period: 'Đợt khảo sát',
  periodOption: (code: string, status: string) => `${code} (${status})`,
  noPeriods: 'Chưa có đợt khảo sát nào.',
  closedNote: 'Đợt này đã đóng: số hồ sơ được chốt cùng kết quả của đợt và không sửa được nữa.',
  tableTitle: (period: string) => `Số hồ sơ theo quầy, đợt ${period}`,
  table: {
    caption: (period: string) => `Số hồ sơ đã tiếp nhận của từng quầy trong đợt ${period}`,
    code: 'Mã quầy',
    name: 'Tên quầy',
    unit: 'Đơn vị',
    count: 'Số hồ sơ',
    total: 'Tổng các quầy đã nhập',
  },
  countOf: (code: string) => `Số hồ sơ của quầy ${code}`,
  inactive: 'ngừng hoạt động',
  notEntered: 'chưa nhập',
  save: (n: number) => (n > 0 ? `Lưu thay đổi (${n} quầy)` : 'Lưu thay đổi'),
  nothingChanged: 'Chưa có số nào thay đổi.',
  saved: (n: number) => `Đã lưu số hồ sơ của ${n} quầy.`,
  rowFailed: (code: string, reason: string) => `Quầy ${code}: ${reason}`,
  notWhole: (code: string) => `Quầy ${code}: số hồ sơ phải là số nguyên từ 0 trở lên.`,
  import: {
    title: 'Nhập từ tệp CSV',
    hint: 'Mỗi dòng gồm mã quầy và số hồ sơ. Dòng tiêu đề không bắt buộc; tệp lưu từ Excel (CSV UTF-8, dấu phẩy hoặc chấm phẩy) đều dùng được. Nếu có dòng lỗi, không dòng nào được nhập.',
    example: 'Ví dụ:',
    file: 'Tệp CSV số hồ sơ',
    submit: 'Nhập tệp',
    noFile: 'Hãy chọn một tệp CSV.',
    problems: 'Chưa nhập được; không có dòng nào được lưu. Các dòng cần sửa:',
    line: (n: string) => `Dòng ${n}`,
    done: (n: number) => `Đã nhập số hồ sơ của ${n} quầy.`,
  },
  errors: keyed<FailureCode>({
    period_closed: 'Đợt này đã đóng: số hồ sơ không thay đổi được nữa.',
    not_found: 'Không tìm thấy đợt hoặc quầy này. Hãy tải lại trang.',
    payload_too_large: 'Tệp quá lớn (tối đa 1 MB).',
  }),
};

const en: typeof vi = {
  title: 'Transactions',
  intro:
    'How many administrative procedures each counter handled in the period. Their total is what the recommended survey sample on the dashboard is computed from.',
  loadFailed: 'The transaction counts could not be loaded.',
  period: 'Survey period',
  periodOption: (code, status) => `${code} (${status})`,
  noPeriods: 'There are no survey periods yet.',
  closedNote: 'This period is closed: its counts are frozen with its results and can no longer be changed.',
  tableTitle: (period) => `Transactions per counter, ${period}`,
  table: {
    caption: (period) => `Procedures each counter handled in ${period}`,
    code: 'Counter code',
    name: 'Counter',
    unit: 'Unit',
    count: 'Transactions',
    total: 'Total of the counters entered',
  },
  countOf: (code) => `Transactions of counter ${code}`,
  inactive: 'inactive',
  notEntered: 'not entered',
  save: (n) => (n > 0 ? `Save changes (${n} counter${n === 1 ? '' : 's'})` : 'Save changes'),
  nothingChanged: 'No count has changed.',
  saved: (n) => `Saved the counts of ${n} counter${n === 1 ? '' : 's'}.`,
  rowFailed: (code, reason) => `Counter ${code}: ${reason}`,
  notWhole: (code) => `Counter ${code}: the count must be a whole number of 0 or more.`,
  import: {
    title: 'Import from a CSV file',
    hint: 'One line per counter: its code and its count. A header row is optional; a file saved from Excel (CSV UTF-8, commas or semicolons) works. If any line is wrong, no line is imported.',
    example: 'For example:',
    file: 'Transactions CSV file',
    submit: 'Import file',
    noFile: 'Choose a CSV file.',
    problems: 'Not imported; no line was stored. Lines to fix:',
    line: (n) => `Line ${n}`,
    done: (n) => `Imported the counts of ${n} counter${n === 1 ? '' : 's'}.`,
  },
  errors: {
    period_closed: 'This period is closed: its counts can no longer be changed.',
    not_found: 'This period or counter no longer exists. Please reload the page.',
    payload_too_large: 'The file is too large (1 MB at most).',
  },
};

export const transactionsTexts = { vi, en };
