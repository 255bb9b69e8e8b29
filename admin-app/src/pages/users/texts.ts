import type { FailureCode } from '../../api';
import { keyed } from '../../i18n';

const vi = {
  title: 'Tài khoản người dùng',
  intro: 'Tạo tài khoản cho cán bộ Sở Nội vụ và các đơn vị, vô hiệu hoá tài khoản không còn dùng, đặt lại mật khẩu khi có người quên.',
  loadFailed: 'Không tải được danh sách tài khoản.',
  listTitle: 'Danh sách tài khoản',
  table: {
    caption: 'Các tài khoản với vai trò, đơn vị, trạng thái và lần sử dụng gần nhất',
    username: 'Tên đăng nhập',
    role: 'Vai trò, đơn vị',
    lastSeen: 'Sử dụng gần nhất',
    actions: 'Thao tác',
  },
  you: '(bạn)',
  disabled: 'Đã vô hiệu hoá',
  disable: 'Vô hiệu hoá',
  enable: 'Kích hoạt lại',
  reset: 'Đặt lại mật khẩu',
  actionLabel: (action: string, username: string) => `${action}: ${username}`,
  ownLink: 'Đổi mật khẩu của bạn',
  create: {
    title: 'Tạo tài khoản',
    username: 'Tên đăng nhập',
    usernameHint: '3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang. Ví dụ: nguyen.van.a',
    role: 'Vai trò',
    unit: 'Đơn vị',
    chooseUnit: '— Chọn đơn vị —',
    unitHint: 'Lãnh đạo đơn vị chỉ xem và xử lý số liệu của đơn vị này và các đơn vị trực thuộc.',
    password: 'Mật khẩu ban đầu',
    passwordHint: 'Ít nhất 10 ký tự và khó đoán. Người dùng nên tự đổi mật khẩu sau lần đăng nhập đầu tiên.',
    submit: 'Tạo tài khoản',
  },
  resetForm: {
    title: (username: string) => `Đặt lại mật khẩu cho ${username}`,
    password: 'Mật khẩu mới',
    hint: 'Ít nhất 10 ký tự và khó đoán. Mọi phiên đăng nhập của tài khoản này sẽ kết thúc.',
    submit: 'Đặt lại mật khẩu',
  },
  done: {
    created: (username: string) => `Đã tạo tài khoản ${username}.`,
    disabled: (username: string) => `Đã vô hiệu hoá tài khoản ${username}; các phiên đăng nhập của tài khoản này đã kết thúc.`,
    enabled: (username: string) => `Đã kích hoạt lại tài khoản ${username}.`,
    reset: (username: string) => `Đã đặt lại mật khẩu cho ${username}. Hãy báo mật khẩu mới cho người dùng qua một kênh an toàn.`,
  },
  errors: keyed<FailureCode>({
    username_taken: 'Tên đăng nhập này đã có người dùng.',
    last_admin: 'Đây là quản trị cấp tỉnh cuối cùng còn hoạt động: hãy tạo hoặc kích hoạt một quản trị khác trước.',
    own_account: 'Bạn không thể tự vô hiệu hoá hoặc đổi vai trò tài khoản của chính mình.',
  }),
};

const en: typeof vi = {
  title: 'User accounts',
  intro: 'Create accounts for the reform office and the units, disable accounts no longer used, and reset a forgotten password.',
  loadFailed: 'The accounts could not be loaded.',
  listTitle: 'Accounts',
  table: {
    caption: 'Accounts with their role, unit, state and latest use',
    username: 'Username',
    role: 'Role and unit',
    lastSeen: 'Latest use',
    actions: 'Actions',
  },
  you: '(you)',
  disabled: 'Disabled',
  disable: 'Disable',
  enable: 'Enable',
  reset: 'Reset password',
  actionLabel: (action, username) => `${action}: ${username}`,
  ownLink: 'Change your password',
  create: {
    title: 'Create an account',
    username: 'Username',
    usernameHint: '3–64 characters: lowercase letters, digits, dots, underscores or hyphens. For example: nguyen.van.a',
    role: 'Role',
    unit: 'Unit',
    chooseUnit: '— Choose a unit —',
    unitHint: 'A unit manager sees and acts on this unit and the units under it only.',
    password: 'First password',
    passwordHint: 'At least 10 characters and hard to guess. The user should change it after signing in for the first time.',
    submit: 'Create account',
  },
  resetForm: {
    title: (username) => `Reset the password of ${username}`,
    password: 'New password',
    hint: 'At least 10 characters and hard to guess. Every session of this account ends.',
    submit: 'Reset password',
  },
  done: {
    created: (username) => `Account ${username} created.`,
    disabled: (username) => `Account ${username} disabled; its sessions have ended.`,
    enabled: (username) => `Account ${username} enabled again.`,
    reset: (username) => `Password of ${username} reset. Tell the user the new password over a safe channel.`,
  },
  errors: {
    username_taken: 'This username is already taken.',
    last_admin: 'This is the last enabled province administrator: create or enable another one first.',
    own_account: 'You cannot disable your own account or change your own role.',
  },
};

export const usersTexts = { vi, en };
