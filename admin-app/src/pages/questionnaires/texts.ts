import type { FailureCode } from '../../api';
import { keyed } from '../../i18n';

const vi = {
  title: 'Phiếu khảo sát',
  intro:
    'Các phiên bản phiếu khảo sát. Mỗi lúc có một phiên bản được dùng cho phiếu trả lời mới; phiếu đã nhận luôn gắn với phiên bản mà người trả lời đã điền.',
  loadFailed: 'Không tải được danh sách phiếu khảo sát.',
  listTitle: 'Các phiên bản',
  table: {
    caption: 'Các phiên bản phiếu khảo sát, mới nhất trước',
    code: 'Mã phiên bản',
    title: 'Tiêu đề',
    created: 'Ngày tạo',
    responses: 'Số phiếu',
    status: 'Trạng thái',
    actions: 'Thao tác',
  },
  active: 'Đang dùng',
  inactive: 'Không dùng',
  view: 'Xem',
  activate: 'Dùng phiếu này',
  forVersion: (code: string) => ` phiên bản ${code}`,
  viewTitle: (code: string) => `Nội dung phiên bản ${code}`,
  viewLoading: 'Đang tải nội dung phiếu…',
  closeView: 'Đóng phần xem',
  factorHeading: (code: string, name: string) => `${code} · ${name}`,
  weight: (w: number) => `trọng số ${w.toLocaleString('vi-VN')}`,
  allowsNa: 'có lựa chọn “Không áp dụng”',
  optional: 'không bắt buộc',
  structure: (fields: number, citizen: number, organization: number) =>
    `${fields} lĩnh vực thủ tục; ${citizen} câu hỏi thông tin cho cá nhân, ${organization} câu hỏi cho tổ chức, doanh nghiệp.`,
  import: {
    title: 'Nhập phiên bản mới',
    hint: 'Chọn tệp JSON của phiếu (cùng cấu trúc với phiếu đang dùng), với mã phiên bản mới. Phiếu nhập vào chưa được dùng cho tới khi bạn chọn “Dùng phiếu này”.',
    file: 'Tệp JSON của phiếu',
    submit: 'Nhập phiếu',
    notJson: 'Tệp này không phải JSON hợp lệ.',
    noFile: 'Hãy chọn một tệp JSON.',
    problems: (n: number) => `Chưa nhập được: tệp có ${n} lỗi (vị trí trong tệp — nội dung lỗi). Không có gì được lưu.`,
  },
  confirm: {
    title: (code: string) => `Dùng phiên bản ${code} cho phiếu mới?`,
    body: 'Từ lúc này, mọi phiếu trả lời mới dùng phiên bản này.',
    keep: 'Các phiếu đã nhận vẫn gắn với phiên bản cũ của chúng, và người đang điền dở vẫn gửi được theo phiên bản đã mở.',
    confirm: 'Dùng phiên bản này',
  },
  done: {
    imported: (code: string) => `Đã nhập phiên bản ${code}. Phiên bản này chưa được dùng.`,
    activated: (code: string) => `Phiếu trả lời mới từ nay dùng phiên bản ${code}.`,
  },
  errors: keyed<FailureCode>({
    version_exists: 'Đã có phiên bản mang mã này. Hãy đặt mã phiên bản mới trong tệp (trường "code").',
    payload_too_large: 'Tệp quá lớn (tối đa 256 KB).',
    not_found: 'Không tìm thấy phiên bản này. Hãy tải lại trang.',
  }),
};

const en: typeof vi = {
  title: 'Questionnaires',
  intro:
    'The questionnaire versions. One version at a time takes new responses; a stored response always stays tied to the version it was answered on.',
  loadFailed: 'The questionnaires could not be loaded.',
  listTitle: 'Versions',
  table: {
    caption: 'Questionnaire versions, newest first',
    code: 'Version code',
    title: 'Title',
    created: 'Created',
    responses: 'Responses',
    status: 'Status',
    actions: 'Actions',
  },
  active: 'In use',
  inactive: 'Not in use',
  view: 'View',
  activate: 'Use this version',
  forVersion: (code) => ` version ${code}`,
  viewTitle: (code) => `Contents of version ${code}`,
  viewLoading: 'Loading the questionnaire…',
  closeView: 'Close the view',
  factorHeading: (code, name) => `${code} · ${name}`,
  weight: (w) => `weight ${w.toLocaleString('en')}`,
  allowsNa: 'offers “not applicable”',
  optional: 'optional',
  structure: (fields, citizen, organization) =>
    `${fields} fields of procedure; ${citizen} profile questions for citizens, ${organization} for organisations and businesses.`,
  import: {
    title: 'Import a new version',
    hint: 'Choose the questionnaire’s JSON file (the same structure as the version in use), with a new version code. An imported version is not used until you choose “Use this version”.',
    file: 'Questionnaire JSON file',
    submit: 'Import',
    notJson: 'This file is not valid JSON.',
    noFile: 'Choose a JSON file.',
    problems: (n) => `Not imported: the file has ${n} problem${n === 1 ? '' : 's'} (place in the file — problem). Nothing was stored.`,
  },
  confirm: {
    title: (code) => `Use version ${code} for new responses?`,
    body: 'From now on, every new response uses this version.',
    keep: 'Responses already stored stay tied to their own version, and anyone halfway through can still send on the version they opened.',
    confirm: 'Use this version',
  },
  done: {
    imported: (code) => `Version ${code} was imported. It is not in use yet.`,
    activated: (code) => `New responses now use version ${code}.`,
  },
  errors: {
    version_exists: 'A version with this code exists. Give the file a new version code (its "code" field).',
    payload_too_large: 'The file is too large (256 KB at most).',
    not_found: 'This version no longer exists. Please reload the page.',
  },
};

export const questionnairesTexts = { vi, en };
