import type { Texts } from '../../i18n';

export const auditTexts: Texts<{
  title: string;
  intro: string;
  filters: {
    title: string;
    entity: string;
    anyEntity: string;
    username: string;
    action: string;
    anyAction: string;
    from: string;
    to: string;
    apply: string;
    clear: string;
  };
  table: { caption: string; at: string; who: string; action: string; entity: string; changes: string };
  entities: Record<string, string>;
  actions: Record<string, string>;
  yesNo: [string, string];
  becomes: string;
  empty: string;
  older: string;
  newer: string;
  page: (n: number) => string;
  pages: string;
  loadFailed: string;
  /** Vietnamese for the API's messages about the filters. */
  issues: Record<string, string>;
}> = {
  vi: {
    title: 'Nhật ký thay đổi',
    intro: 'Mọi thay đổi trong phần quản trị đều được ghi lại: ai làm gì, lúc nào, trước và sau ra sao. Nhật ký chỉ được ghi thêm; không ai sửa hay xoá được.',
    filters: {
      title: 'Lọc nhật ký',
      entity: 'Đối tượng',
      anyEntity: 'Tất cả đối tượng',
      username: 'Người thực hiện (tên đăng nhập)',
      action: 'Thao tác',
      anyAction: 'Tất cả thao tác',
      from: 'Từ ngày',
      to: 'Đến ngày',
      apply: 'Lọc',
      clear: 'Bỏ lọc',
    },
    table: { caption: 'Các thay đổi, mới nhất trước', at: 'Thời điểm', who: 'Người thực hiện', action: 'Thao tác', entity: 'Đối tượng', changes: 'Thay đổi' },
    entities: {
      user: 'Tài khoản',
      unit: 'Đơn vị',
      service_point: 'Quầy tiếp nhận',
      service_point_transactions: 'Số hồ sơ',
      survey_period: 'Đợt khảo sát',
      questionnaire_version: 'Phiếu khảo sát',
      kiosk: 'Kiosk',
      follow_up: 'Xử lý góp ý',
    },
    actions: {
      create: 'Tạo mới',
      update: 'Sửa',
      disable: 'Vô hiệu hoá',
      enable: 'Kích hoạt lại',
      reset_password: 'Đặt lại mật khẩu',
      change_password: 'Đổi mật khẩu',
      open: 'Mở',
      close: 'Đóng',
      freeze: 'Chốt số liệu',
      activate: 'Đưa vào sử dụng',
      import: 'Nhập từ tệp',
      revoke: 'Thu hồi',
      acknowledge: 'Tiếp nhận',
      reopen: 'Mở lại',
    },
    yesNo: ['có', 'không'],
    becomes: 'thành',
    empty: 'Không có thay đổi nào khớp với bộ lọc.',
    older: 'Cũ hơn',
    newer: 'Mới hơn',
    page: (n) => `Trang ${n}`,
    pages: 'Chuyển trang nhật ký',
    loadFailed: 'Không tải được nhật ký.',
    issues: {
      'The end date is before the start date.': 'Ngày kết thúc đứng trước ngày bắt đầu.',
      'Use a date like 2026-07-01.': 'Ngày không hợp lệ.',
    },
  },
  en: {
    title: 'Audit log',
    intro: 'Every change made in the administration is recorded: who did what, when, and what it was before and after. The log only grows; nobody can edit or delete it.',
    filters: {
      title: 'Filter the log',
      entity: 'Entity',
      anyEntity: 'All entities',
      username: 'Changed by (username)',
      action: 'Action',
      anyAction: 'All actions',
      from: 'From',
      to: 'To',
      apply: 'Filter',
      clear: 'Clear filters',
    },
    table: { caption: 'Changes, newest first', at: 'Time', who: 'Changed by', action: 'Action', entity: 'Entity', changes: 'Changes' },
    entities: {
      user: 'User',
      unit: 'Unit',
      service_point: 'Service point',
      service_point_transactions: 'Transactions',
      survey_period: 'Survey period',
      questionnaire_version: 'Questionnaire',
      kiosk: 'Kiosk',
      follow_up: 'Comment follow-up',
    },
    actions: {
      create: 'Create',
      update: 'Update',
      disable: 'Disable',
      enable: 'Enable',
      reset_password: 'Reset password',
      change_password: 'Change password',
      open: 'Open',
      close: 'Close',
      freeze: 'Freeze figures',
      activate: 'Activate',
      import: 'Import',
      revoke: 'Revoke',
      acknowledge: 'Acknowledge',
      reopen: 'Reopen',
    },
    yesNo: ['yes', 'no'],
    becomes: 'became',
    empty: 'No change matches these filters.',
    older: 'Older',
    newer: 'Newer',
    page: (n) => `Page ${n}`,
    pages: 'Pages of the log',
    loadFailed: 'The log could not be loaded.',
    issues: {},
  },
};
