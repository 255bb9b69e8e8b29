import type { Texts } from '../../i18n';

export const kiosksTexts: Texts<{
  title: string;
  intro: string;
  issue: {
    title: string;
    servicePoint: string;
    chooseServicePoint: string;
    name: string;
    nameHint: string;
    idleSeconds: string;
    idleHint: string;
    minInterval: string;
    minIntervalHint: string;
    submit: string;
  };
  issued: { title: string; once: string; url: string; copy: string; copied: string; copyFailed: string; done: string };
  list: {
    title: string;
    caption: string;
    empty: string;
    name: string;
    servicePoint: string;
    lastSeen: string;
    queued: string;
    state: string;
    actions: string;
    never: string;
    stale: string;
    active: string;
    revoked: (date: string) => string;
    rename: string;
    renameLabel: (name: string) => string;
    save: string;
    cancel: string;
    revoke: string;
  };
  confirm: { title: string; body: (name: string, counter: string) => string; revoke: string; cancel: string };
  loading: string;
}> = {
  vi: {
    title: 'Kiosk',
    intro: 'Máy tính bảng đặt tại quầy để người dân đánh giá ngay sau khi giải quyết thủ tục. Mỗi kiosk dùng một đường dẫn riêng gắn với một quầy.',
    issue: {
      title: 'Cấp đường dẫn cho kiosk mới',
      servicePoint: 'Quầy',
      chooseServicePoint: 'Chọn quầy…',
      name: 'Tên kiosk',
      nameHint: 'Ví dụ: Máy tính bảng quầy 1.',
      idleSeconds: 'Tự quay về màn hình đầu sau (giây)',
      idleHint: 'Từ 3 đến 600 giây không có thao tác.',
      minInterval: 'Khoảng cách tối thiểu giữa hai phiếu (giây)',
      minIntervalHint: 'Từ 0 đến 3600 giây; chặn việc gửi liên tiếp nhiều phiếu.',
      submit: 'Cấp đường dẫn',
    },
    issued: {
      title: 'Đường dẫn kiosk đã được cấp',
      once: 'Đường dẫn chỉ hiển thị một lần. Hãy sao chép và mở trên máy tính bảng tại quầy; sau khi rời trang sẽ không xem lại được.',
      url: 'Đường dẫn kiosk',
      copy: 'Sao chép',
      copied: 'Đã sao chép.',
      copyFailed: 'Không sao chép được; hãy chọn đường dẫn và sao chép thủ công.',
      done: 'Đã lưu đường dẫn, ẩn đi',
    },
    list: {
      title: 'Danh sách kiosk',
      caption: 'Các kiosk, quầy, lần kết nối gần nhất, số phiếu đang chờ gửi và trạng thái',
      empty: 'Chưa có kiosk nào.',
      name: 'Tên',
      servicePoint: 'Quầy',
      lastSeen: 'Kết nối gần nhất',
      queued: 'Phiếu chờ gửi',
      state: 'Trạng thái',
      actions: 'Thao tác',
      never: 'Chưa kết nối',
      stale: 'Mất kết nối',
      active: 'Đang hoạt động',
      revoked: (date) => `Đã thu hồi ngày ${date}`,
      rename: 'Đổi tên',
      renameLabel: (name) => `Tên mới cho kiosk ${name}`,
      save: 'Lưu',
      cancel: 'Huỷ',
      revoke: 'Thu hồi',
    },
    confirm: {
      title: 'Thu hồi kiosk?',
      body: (name, counter) =>
        `Kiosk “${name}” tại ${counter} sẽ không tải được phiếu khảo sát và không gửi được phiếu nữa. Không thể hoàn tác: muốn dùng lại phải cấp đường dẫn mới.`,
      revoke: 'Thu hồi kiosk',
      cancel: 'Không thu hồi',
    },
    loading: 'Đang tải…',
  },
  en: {
    title: 'Kiosks',
    intro: 'Tablets at the counters on which people rate the service right after their procedure. Each kiosk has its own link, bound to one counter.',
    issue: {
      title: 'Issue a link for a new kiosk',
      servicePoint: 'Counter',
      chooseServicePoint: 'Choose a counter…',
      name: 'Kiosk name',
      nameHint: 'For example: Tablet at counter 1.',
      idleSeconds: 'Return to the start screen after (seconds)',
      idleHint: '3 to 600 seconds without a touch.',
      minInterval: 'Minimum time between two responses (seconds)',
      minIntervalHint: '0 to 3600 seconds; stops a burst of responses.',
      submit: 'Issue the link',
    },
    issued: {
      title: 'Kiosk link issued',
      once: 'This link is shown once. Copy it and open it on the tablet at the counter; it cannot be shown again after you leave this page.',
      url: 'Kiosk link',
      copy: 'Copy',
      copied: 'Copied.',
      copyFailed: 'Could not copy; select the link and copy it by hand.',
      done: 'I have saved the link, hide it',
    },
    list: {
      title: 'Kiosks',
      caption: 'Kiosks, their counter, when each was last seen, responses waiting to be sent, and state',
      empty: 'No kiosks yet.',
      name: 'Name',
      servicePoint: 'Counter',
      lastSeen: 'Last seen',
      queued: 'Waiting to send',
      state: 'State',
      actions: 'Actions',
      never: 'Never connected',
      stale: 'Not responding',
      active: 'Active',
      revoked: (date) => `Revoked on ${date}`,
      rename: 'Rename',
      renameLabel: (name) => `New name for kiosk ${name}`,
      save: 'Save',
      cancel: 'Cancel',
      revoke: 'Revoke',
    },
    confirm: {
      title: 'Revoke this kiosk?',
      body: (name, counter) =>
        `Kiosk “${name}” at ${counter} will no longer load the survey or send responses. This cannot be undone: a new link must be issued to use it again.`,
      revoke: 'Revoke the kiosk',
      cancel: 'Keep it',
    },
    loading: 'Loading…',
  },
};
