import type { Lang } from '../../i18n';

const vi = {
  title: 'Đổi mật khẩu',
  intro: (username: string) =>
    `Đổi mật khẩu của tài khoản ${username}. Sau khi đổi, các phiên đăng nhập khác của bạn (trên máy khác) sẽ bị đăng xuất.`,
  formTitle: 'Chọn mật khẩu mới',
  current: 'Mật khẩu hiện tại',
  next: 'Mật khẩu mới',
  nextHint: 'Ít nhất 10 ký tự và khó đoán: nên ghép vài từ không liên quan, không dùng tên đăng nhập, ngày sinh hay "sipas".',
  confirm: 'Nhập lại mật khẩu mới',
  mismatch: 'Hai lần nhập mật khẩu mới không giống nhau.',
  submit: 'Đổi mật khẩu',
  done: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.',
};

const en: typeof vi = {
  title: 'Change password',
  intro: (username) => `Change the password of ${username}. Your other sessions (on other devices) are signed out once it is changed.`,
  formTitle: 'Choose a new password',
  current: 'Current password',
  next: 'New password',
  nextHint: 'At least 10 characters and hard to guess: join a few unrelated words; avoid your username, dates and "sipas".',
  confirm: 'Repeat the new password',
  mismatch: 'The two new passwords differ.',
  submit: 'Change password',
  done: 'Your password is changed. Your other sessions have been signed out.',
};

export const accountTexts = { vi, en };

const weak = 'This password is too easy to guess:';
const weakVi = 'Mật khẩu quá dễ đoán:';

/**
 * Vietnamese for the messages the API names a field's problem with (it speaks English). Keys are
 * the API's exact texts (api/src/auth/strength.ts, api/src/users/routes.ts); others show as sent.
 */
const serverMessagesVi: Record<string, string> = {
  'Use at least 10 characters.': 'Mật khẩu cần ít nhất 10 ký tự.',
  'Use at most 200 characters.': 'Mật khẩu dài tối đa 200 ký tự.',
  [`${weak} it is one of the most used passwords.`]: `${weakVi} đây là một trong những mật khẩu phổ biến nhất.`,
  [`${weak} it is built from the username or the platform's name.`]: `${weakVi} mật khẩu được tạo từ tên đăng nhập hoặc tên hệ thống.`,
  [`${weak} it follows a row or pattern of the keyboard.`]: `${weakVi} mật khẩu đi theo một hàng hoặc một hình trên bàn phím.`,
  [`${weak} it repeats characters or words.`]: `${weakVi} mật khẩu lặp lại ký tự hoặc từ.`,
  [`${weak} it is a sequence like abc or 123.`]: `${weakVi} mật khẩu là một dãy liên tiếp như abc hoặc 123.`,
  [`${weak} it is mostly a date or a year.`]: `${weakVi} mật khẩu chủ yếu là ngày tháng hoặc năm.`,
  [`${weak} it is a single word or name.`]: `${weakVi} mật khẩu chỉ là một từ hoặc một tên.`,
  [`${weak} add more words or characters that follow no pattern.`]: `${weakVi} hãy thêm vài từ hoặc ký tự không theo quy luật.`,
  'This is not your current password.': 'Mật khẩu hiện tại không đúng.',
  'Enter your current password.': 'Hãy nhập mật khẩu hiện tại.',
  'Choose a password different from the current one.': 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  'Use 3–64 lowercase letters, digits, dots, underscores or hyphens.':
    'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.',
  'A unit manager needs a unit.': 'Tài khoản lãnh đạo đơn vị cần chọn một đơn vị.',
  'Only a unit manager belongs to a unit; send null for this role.': 'Chỉ tài khoản lãnh đạo đơn vị mới gắn với một đơn vị.',
};

export function serverMessage(message: string | undefined, lang: Lang): string | undefined {
  if (message === undefined || lang === 'en') return message;
  return serverMessagesVi[message] ?? message;
}
