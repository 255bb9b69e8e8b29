// Texts shared across the admin app (the shell, sign-in, errors). Pages keep their own.
import { ApiError, type PeriodStatus, type Role, type Verdict } from './api';
import type { Lang, Texts } from './i18n';

export const common: Texts<{
  appName: string;
  appTagline: string;
  loading: string;
  retry: string;
  save: string;
  cancel: string;
  close: string;
  networkError: string;
  unexpectedError: string;
  errors: Record<string, string>;
  signIn: { title: string; username: string; password: string; submit: string };
  nav: {
    label: string;
    dashboard: string;
    comments: string;
    units: string;
    periods: string;
    questionnaires: string;
    transactions: string;
    kiosks: string;
    users: string;
    audit: string;
    reports: string;
    account: string;
  };
  signedInAs: string;
  signOut: string;
  language: string;
  roles: Record<Role, string>;
  notFound: string;
  verdict: Record<Verdict, string>;
  periodStatus: Record<PeriodStatus, string>;
  downloadCsv: string;
  showTable: string;
  hideTable: string;
}> = {
  vi: {
    appName: 'SIPAS · Quản trị',
    appTagline: 'Khảo sát mức độ hài lòng về sự phục vụ hành chính',
    loading: 'Đang tải…',
    retry: 'Thử lại',
    save: 'Lưu',
    cancel: 'Huỷ',
    close: 'Đóng',
    networkError: 'Không kết nối được với máy chủ. Vui lòng thử lại.',
    unexpectedError: 'Đã có lỗi xảy ra. Vui lòng thử lại.',
    errors: {
      invalid_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      unauthenticated: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
      sign_in_throttled: 'Đăng nhập sai quá nhiều lần. Vui lòng đợi 15 phút rồi thử lại.',
      csrf_failed: 'Phiên làm việc không hợp lệ. Vui lòng tải lại trang.',
      forbidden: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
      out_of_scope: 'Đơn vị này nằm ngoài phạm vi tài khoản của bạn.',
    },
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
      account: 'Đổi mật khẩu',
    },
    signedInAs: 'Tài khoản:',
    signOut: 'Đăng xuất',
    language: 'Ngôn ngữ',
    roles: { province_admin: 'Quản trị cấp tỉnh', unit_manager: 'Lãnh đạo đơn vị', viewer: 'Người xem' },
    notFound: 'Không tìm thấy trang này.',
    verdict: { met: 'Đạt', not_met: 'Chưa đạt', inconclusive: 'Chưa đủ cơ sở kết luận', insufficient: 'Chưa đủ dữ liệu' },
    periodStatus: { draft: 'Chưa mở', open: 'Đang mở', closed: 'Đã đóng' },
    downloadCsv: 'Tải CSV',
    showTable: 'Xem bảng số liệu',
    hideTable: 'Ẩn bảng số liệu',
  },
  en: {
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
      account: 'Change password',
    },
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    language: 'Language',
    roles: { province_admin: 'Province administrator', unit_manager: 'Unit manager', viewer: 'Viewer' },
    notFound: 'There is no such page.',
    verdict: { met: 'Met', not_met: 'Not met', inconclusive: 'Inconclusive', insufficient: 'Insufficient data' },
    periodStatus: { draft: 'Not yet open', open: 'Open', closed: 'Closed' },
    downloadCsv: 'Download CSV',
    showTable: 'Show the figures as a table',
    hideTable: 'Hide the table',
  },
};

/**
 * Legacy Vietnamese-only texts of the dashboard's first cut; the dashboard moves them into its
 * own { vi, en } texts.
 */
export const messages = {
  appName: 'SIPAS · Quản trị',
  appTagline: 'Khảo sát mức độ hài lòng về sự phục vụ hành chính',
  loading: 'Đang tải…',
  retry: 'Thử lại',
  networkError: 'Không kết nối được với máy chủ. Vui lòng thử lại.',
  unexpectedError: 'Đã có lỗi xảy ra. Vui lòng thử lại.',
  /** Known API error codes, in the user's language; others fall back to the server's message. */
  errors: {
    invalid_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    unauthenticated: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  } as Record<string, string>,

  signIn: {
    title: 'Đăng nhập',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
  },

  overview: {
    title: 'Tổng quan',
    signedInAs: 'Tài khoản:',
    signOut: 'Đăng xuất',
    period: 'Đợt khảo sát',
    periodDates: 'Thời gian',
    responses: 'Số phiếu đã nhận',
    index: 'Chỉ số hài lòng chung',
    target: 'Mục tiêu',
    interval: 'KTC 95%',
    moreNeeded: (n: number) => `Cần thêm khoảng ${n} phiếu để kết luận.`,
    minN: (n: number) => `Cần tối thiểu ${n} phiếu để kết luận.`,
    chartTitle: 'Tỷ lệ hài lòng theo yếu tố',
    chartLoading: 'Đang tải biểu đồ…',
    chartFailed: 'Không tải được biểu đồ. Số liệu vẫn có trong bảng bên dưới.',
    chartLabel: (target: number) =>
      `Biểu đồ cột: tỷ lệ hài lòng của từng yếu tố, đường ngang là mục tiêu ${target}%. Số liệu chi tiết ở bảng bên dưới.`,
    tableTitle: 'Chi tiết theo yếu tố',
    tableCaption: 'Tỷ lệ hài lòng, khoảng tin cậy 95%, số phiếu và kết luận của từng yếu tố',
    columns: { factor: 'Yếu tố', value: 'Tỷ lệ hài lòng', interval: 'KTC 95%', n: 'Số phiếu (n)', verdict: 'Kết luận' },
    noValue: 'Chưa có dữ liệu',
  },

  series: {
    satisfied: 'Tỷ lệ hài lòng (%)',
    target: (target: number) => `Mục tiêu ${target}%`,
  },

  periodStatus: { draft: 'Chưa mở', open: 'Đang mở', closed: 'Đã đóng' } satisfies Record<PeriodStatus, string>,

  verdict: {
    met: 'Đạt',
    not_met: 'Chưa đạt',
    inconclusive: 'Chưa đủ cơ sở kết luận',
    insufficient: 'Chưa đủ dữ liệu',
  } satisfies Record<Verdict, string>,
};

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
