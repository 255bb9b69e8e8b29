// Every string the admin app shows, in Vietnamese (the default and, for now, only language).
import { ApiError, type PeriodStatus, type Verdict } from './api';

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
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return messages.networkError;
    const known = messages.errors[err.code];
    if (known) return known;
    if (err.message) return err.message;
  }
  return messages.unexpectedError;
}
