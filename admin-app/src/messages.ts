// Texts shared across the admin app (the shell, sign-in, errors). Pages keep their own.
import type { PeriodStatus, Role, Verdict } from '@sipas/api/types';
import { ApiError, type FailureCode } from './api';
import { keyed, type Lang } from './i18n';

const vi = {
  appName: 'SIPAS · Quản trị',
  appTagline: 'Khảo sát mức độ hài lòng về sự phục vụ hành chính',
  loading: 'Đang tải…',
  retry: 'Thử lại',
  save: 'Lưu',
  cancel: 'Huỷ',
  close: 'Đóng',
  networkError: 'Không kết nối được với máy chủ. Vui lòng thử lại.',
  unexpectedError: 'Đã có lỗi xảy ra. Vui lòng thử lại.',
  errors: keyed<FailureCode>({
    invalid_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    unauthenticated: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    sign_in_throttled: 'Đăng nhập sai quá nhiều lần. Vui lòng đợi 15 phút rồi thử lại.',
    csrf_failed: 'Phiên làm việc không hợp lệ. Vui lòng tải lại trang.',
    forbidden: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
    out_of_scope: 'Đơn vị này nằm ngoài phạm vi tài khoản của bạn.',
  }),
  signIn: { title: 'Đăng nhập', username: 'Tên đăng nhập', password: 'Mật khẩu', submit: 'Đăng nhập' },
  nav: {
    label: 'Chức năng',
    dashboard: 'Tổng quan',
    comments: 'Góp ý',
    units: 'Đơn vị',
    periods: 'Đợt khảo sát',
    questionnaires: 'Phiếu khảo sát',
    transactions: 'Số hồ sơ',
    kiosks: 'Kiosk',
    users: 'Tài khoản',
    audit: 'Nhật ký',
    reports: 'Báo cáo',
    settings: 'Thông tin báo cáo',
    paperEntry: 'Nhập phiếu giấy',
    paper: 'Phiếu giấy',
    quality: 'Chất lượng dữ liệu',
    account: 'Đổi mật khẩu',
  },
  signedInAs: 'Tài khoản:',
  signOut: 'Đăng xuất',
  language: 'Ngôn ngữ',
  roles: {
    province_admin: 'Quản trị cấp tỉnh',
    unit_manager: 'Lãnh đạo đơn vị',
    viewer: 'Người xem',
    data_entry: 'Nhập phiếu giấy',
  } satisfies Record<Role, string>,
  notFound: 'Không tìm thấy trang này.',
  verdict: { met: 'Đạt', not_met: 'Chưa đạt', inconclusive: 'Chưa đủ cơ sở kết luận', insufficient: 'Chưa đủ dữ liệu' } satisfies Record<
    Verdict,
    string
  >,
  periodStatus: { draft: 'Chưa mở', open: 'Đang mở', closed: 'Đã đóng' } satisfies Record<PeriodStatus, string>,
  downloadCsv: 'Tải CSV',
  showTable: 'Xem bảng số liệu',
  hideTable: 'Ẩn bảng số liệu',
};

const en: typeof vi = {
  appName: 'SIPAS · Administration',
  appTagline: 'Satisfaction with public administrative services',
  loading: 'Loading…',
  retry: 'Try again',
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  networkError: 'Could not reach the server. Please try again.',
  unexpectedError: 'Something went wrong. Please try again.',
  errors: {
    invalid_credentials: 'The username or password is wrong.',
    unauthenticated: 'Your session has ended. Please sign in again.',
    sign_in_throttled: 'Too many failed sign-ins. Please wait 15 minutes and try again.',
    csrf_failed: 'Your session is not valid for this change. Please reload the page.',
    forbidden: 'Your account is not allowed to do this.',
    out_of_scope: 'This unit is outside what your account covers.',
  },
  signIn: { title: 'Sign in', username: 'Username', password: 'Password', submit: 'Sign in' },
  nav: {
    label: 'Sections',
    dashboard: 'Dashboard',
    comments: 'Comments',
    units: 'Units',
    periods: 'Survey periods',
    questionnaires: 'Questionnaires',
    transactions: 'Transactions',
    kiosks: 'Kiosks',
    users: 'Users',
    audit: 'Audit log',
    reports: 'Reports',
    settings: 'Report details',
    paperEntry: 'Key in paper',
    paper: 'Paper sheets',
    quality: 'Data quality',
    account: 'Change password',
  },
  signedInAs: 'Signed in as',
  signOut: 'Sign out',
  language: 'Language',
  roles: { province_admin: 'Province administrator', unit_manager: 'Unit manager', viewer: 'Viewer', data_entry: 'Data entry' },
  notFound: 'There is no such page.',
  verdict: { met: 'Met', not_met: 'Not met', inconclusive: 'Inconclusive', insufficient: 'Insufficient data' },
  periodStatus: { draft: 'Not yet open', open: 'Open', closed: 'Closed' },
  downloadCsv: 'Download CSV',
  showTable: 'Show the figures as a table',
  hideTable: 'Hide the table',
};

export const common = { vi, en };

/** What to tell the user about a failed request: the server's own message when it sent one. */
export function errorMessage(err: unknown, lang: Lang = 'vi'): string {
  const t = common[lang];
  if (err instanceof ApiError) {
    if (err.status === 0) return t.networkError;
    const known = t.errors[err.code];
    if (known) return known;
    if (err.message) return err.message;
  }
  return t.unexpectedError;
}
