// The Vietnamese wording of the report files (the office's language; the files are edited in Word).
import { periodInWords } from '../shared/periods';
import type { Verdict } from '../stats/math';

export const reportTitle = 'Báo cáo kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước';

/** "6 tháng đầu năm 2026", "6 tháng cuối năm 2026" or "năm 2026". */
export const periodPhrase = periodInWords;

// Vietnam keeps UTC+7 all year (no daylight saving time).
const vietnamOffsetMs = 7 * 60 * 60 * 1000;
const two = (n: number) => String(n).padStart(2, '0');

/** An instant as a Date whose UTC fields read Vietnam's clock (for spreadsheet cells and the texts below). */
export const inVietnam = (at: Date | string) => new Date(new Date(at).getTime() + vietnamOffsetMs);

/** An instant in Vietnam time, written out: "14 giờ 05 ngày 01 tháng 12 năm 2026". */
export function vnDateTime(at: Date | string): string {
  const d = inVietnam(at);
  return `${two(d.getUTCHours())} giờ ${two(d.getUTCMinutes())} ngày ${two(d.getUTCDate())} tháng ${two(d.getUTCMonth() + 1)} năm ${d.getUTCFullYear()}`;
}

/** A calendar day (YYYY-MM-DD) as the decree writes dates: "ngày 01 tháng 07 năm 2026". */
export function vnDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/** The day in Vietnam at an instant, written out: "ngày 02 tháng 12 năm 2026". */
export const vnDayAt = (at: Date | string) => vnDay(inVietnam(at).toISOString().slice(0, 10));

/** The year in Vietnam at an instant. */
export const vnYear = (at: Date) => inVietnam(at).getUTCFullYear();

export const fullTitle = (code: string) => `${reportTitle} — ${periodPhrase(code)}`;

export const verdictText: Record<Verdict, string> = {
  met: 'Đạt chỉ tiêu',
  not_met: 'Chưa đạt chỉ tiêu',
  inconclusive: 'Chưa đủ cơ sở kết luận',
  insufficient: 'Chưa đủ số phiếu',
};

export const respondentTypeText: Record<string, string> = { citizen: 'Cá nhân', organization: 'Tổ chức, doanh nghiệp' };
export const channelText: Record<string, string> = {
  kiosk: 'Máy tại quầy',
  qr: 'Điện thoại (mã QR)',
  web: 'Trang web',
  paper: 'Phiếu giấy',
};

/** 91.25 → "91,25" (Vietnamese decimal comma). */
export function vnNumber(n: number, decimals = 2): string {
  return n.toLocaleString('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export const percentText = (v: number | null) => (v === null ? '—' : `${vnNumber(v)}%`);
export const intervalText = (ci: [number, number] | null) => (ci === null ? '—' : `${vnNumber(ci[0])}–${vnNumber(ci[1])}%`);
export const countText = (n: number) => n.toLocaleString('vi-VN');

export function changeText(change: { delta: number; significant: boolean } | null): string {
  if (!change) return '—';
  const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '±';
  return `${sign}${vnNumber(Math.abs(change.delta))} điểm phần trăm${change.significant ? ' (có ý nghĩa thống kê)' : ''}`;
}
