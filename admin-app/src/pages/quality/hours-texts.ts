// The words of the opening-hours editor on the data-quality page.
const vi = {
  title: 'Giờ làm việc',
  intro:
    'Giờ làm việc dùng để nhận ra phiếu gửi từ máy ngoài giờ. Đơn vị không có giờ riêng dùng giờ của đơn vị cấp trên gần nhất, hoặc giờ hành chính thông thường.',
  loadFailed: 'Không tải được giờ làm việc.',
  unit: 'Đơn vị',
  days: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'],
  dayHint: 'Ví dụ 07:30–11:30, 13:30–17:00; để trống nếu nghỉ.',
  own: 'Đơn vị này có giờ làm việc riêng.',
  inherited: (from: string) => `Đang dùng giờ của ${from}.`,
  standard: 'Đang dùng giờ hành chính thông thường.',
  save: 'Lưu giờ làm việc',
  reset: 'Dùng lại giờ của cấp trên',
  saved: (unit: string) => `Đã lưu giờ làm việc của ${unit}.`,
  wasReset: (unit: string) => `${unit} dùng lại giờ của cấp trên.`,
  invalid: (day: string) => `${day}: hãy ghi các khoảng giờ như 07:30–11:30, theo thứ tự, giờ đóng sau giờ mở.`,
};

const en: typeof vi = {
  title: 'Opening hours',
  intro:
    'Opening hours tell kiosk responses sent out of hours. A unit without its own hours uses its nearest parent’s, or the usual office hours.',
  loadFailed: 'Could not load the opening hours.',
  unit: 'Unit',
  days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  dayHint: 'For example 07:30–11:30, 13:30–17:00; leave empty when closed.',
  own: 'This unit has opening hours of its own.',
  inherited: (from: string) => `Uses the hours of ${from}.`,
  standard: 'Uses the usual office hours.',
  save: 'Save opening hours',
  reset: 'Use the parent’s hours again',
  saved: (unit: string) => `Opening hours of ${unit} saved.`,
  wasReset: (unit: string) => `${unit} uses its parent’s hours again.`,
  invalid: (day: string) => `${day}: write intervals like 07:30–11:30, in order, each closing after it opens.`,
};

export const hoursTexts = { vi, en };
