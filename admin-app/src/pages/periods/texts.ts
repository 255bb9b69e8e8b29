import type { FailureCode } from '../../api';
import { keyed } from '../../i18n';

const vi = {
  title: 'Đợt khảo sát',
  intro:
    'Mỗi năm có hai đợt khảo sát: 6 tháng đầu năm và 6 tháng cuối năm. Mỗi lúc chỉ một đợt được mở; phiếu trả lời thuộc về đợt đang mở khi phiếu được gửi.',
  loadFailed: 'Không tải được danh sách đợt khảo sát.',
  listTitle: 'Các đợt khảo sát',
  noPeriods: 'Chưa có đợt khảo sát nào. Hãy tạo đợt cho một năm ở bên dưới.',
  halves: { H1: '6 tháng đầu năm', H2: '6 tháng cuối năm' },
  table: {
    caption: 'Các đợt khảo sát, mới nhất trước',
    period: 'Đợt',
    dates: 'Thời gian',
    target: 'Mục tiêu',
    status: 'Trạng thái',
    responses: 'Số phiếu',
    actions: 'Thao tác',
  },
  edit: 'Sửa',
  open: 'Mở đợt',
  close: 'Đóng đợt',
  editFor: (code: string) => ` đợt ${code}`,
  year: {
    title: 'Tạo đợt cho một năm',
    hint: 'Tạo cùng lúc hai đợt của năm (01/01–30/06 và 01/07–31/12), ở trạng thái chưa mở.',
    year: 'Năm',
    target: 'Mục tiêu hài lòng (%)',
    targetHint: 'Kế hoạch cải cách hành chính của tỉnh đặt mục tiêu tối thiểu 90%.',
    submit: (year: number) => `Tạo hai đợt của năm ${year}`,
  },
  editForm: {
    title: (code: string) => `Sửa đợt ${code}`,
    hint: (first: string, last: string) => `Ngày bắt đầu và kết thúc phải nằm trong nửa năm của đợt (${first} – ${last}).`,
    startsOn: 'Ngày bắt đầu',
    endsOn: 'Ngày kết thúc',
    target: 'Mục tiêu hài lòng (%)',
  },
  confirmClose: {
    title: (code: string) => `Đóng đợt ${code}?`,
    body: (responses: number) =>
      `Đợt này đã nhận ${responses.toLocaleString('vi-VN')} phiếu. Sau khi đóng, đợt không nhận thêm phiếu nào nữa.`,
    warning: 'Đóng đợt sẽ chốt kết quả của đợt: số liệu đã công bố không thay đổi nữa. Không thể hoàn tác và không thể mở lại đợt đã đóng.',
    confirm: 'Đóng đợt và chốt kết quả',
  },
  done: {
    created: (year: number) => `Đã tạo hai đợt của năm ${year}.`,
    saved: (code: string) => `Đã lưu đợt ${code}.`,
    opened: (code: string) => `Đã mở đợt ${code}. Phiếu trả lời mới thuộc về đợt này.`,
    closed: (code: string) => `Đã đóng đợt ${code}; kết quả của đợt đã được chốt.`,
  },
  paperOut: {
    title: (code: string) => `Đợt ${code} còn phiếu giấy chưa nhập`,
    body: (notEntered: number, disputed: number) =>
      `Còn ${notEntered} phiếu giấy đã in nhưng chưa nhập và ${disputed} phiếu có sai khác chưa xử lý. Sau khi đóng đợt, các phiếu này không được tính.`,
    confirm: 'Đóng kỳ dù còn phiếu chưa nhập',
  },
  anotherOpen: (open: string) => `Đợt ${open} đang mở. Mỗi lúc chỉ một đợt được mở: hãy đóng đợt ${open} trước.`,
  invalid: 'Chưa lưu được, vui lòng kiểm tra lại:',
  fields: keyed<string>({ year: 'Năm', target: 'Mục tiêu', startsOn: 'Ngày bắt đầu', endsOn: 'Ngày kết thúc' }),
  errors: keyed<FailureCode>({
    period_exists: 'Các đợt của năm này đã có.',
    period_closed: 'Đợt này đã đóng: kết quả đã được chốt, không thể sửa hay mở lại.',
    not_open: 'Đợt này chưa được mở nên không thể đóng.',
    already_open: 'Đợt này đang mở.',
    not_found: 'Không tìm thấy đợt khảo sát này. Hãy tải lại trang.',
  }),
};

const en: typeof vi = {
  title: 'Survey periods',
  intro:
    'Each year has two survey periods: the first and the second half. Only one period is open at a time; a response belongs to the period open when it is sent.',
  loadFailed: 'The survey periods could not be loaded.',
  listTitle: 'Periods',
  noPeriods: 'There are no survey periods yet. Create a year’s periods below.',
  halves: { H1: 'First half', H2: 'Second half' },
  table: {
    caption: 'Survey periods, newest first',
    period: 'Period',
    dates: 'Dates',
    target: 'Target',
    status: 'Status',
    responses: 'Responses',
    actions: 'Actions',
  },
  edit: 'Edit',
  open: 'Open',
  close: 'Close',
  editFor: (code) => ` period ${code}`,
  year: {
    title: 'Create a year’s periods',
    hint: 'Creates both halves of the year (1 Jan–30 Jun and 1 Jul–31 Dec), not yet open.',
    year: 'Year',
    target: 'Satisfaction target (%)',
    targetHint: 'The province’s reform plan sets a target of at least 90%.',
    submit: (year) => `Create both periods of ${year}`,
  },
  editForm: {
    title: (code) => `Edit period ${code}`,
    hint: (first, last) => `Start and end must lie within the period’s half of the year (${first} – ${last}).`,
    startsOn: 'Start date',
    endsOn: 'End date',
    target: 'Satisfaction target (%)',
  },
  confirmClose: {
    title: (code) => `Close period ${code}?`,
    body: (responses) => `This period has received ${responses.toLocaleString('en')} responses. Once closed, it accepts no more.`,
    warning:
      'Closing freezes the period’s results: the published figures never change afterwards. This cannot be undone, and a closed period cannot be reopened.',
    confirm: 'Close and freeze the results',
  },
  done: {
    created: (year) => `Both periods of ${year} were created.`,
    saved: (code) => `Period ${code} was saved.`,
    opened: (code) => `Period ${code} is open. New responses belong to it.`,
    closed: (code) => `Period ${code} is closed; its results are frozen.`,
  },
  paperOut: {
    title: (code) => `Period ${code} still has paper sheets out`,
    body: (notEntered, disputed) =>
      `${notEntered} printed paper sheet(s) are not keyed in and ${disputed} disputed sheet(s) are not settled. Once the period is closed they will not count.`,
    confirm: 'Close although sheets are not keyed in',
  },
  anotherOpen: (open) => `Period ${open} is open. Only one period may be open at a time: close ${open} first.`,
  invalid: 'Not saved; please check:',
  fields: { year: 'Year', target: 'Target', startsOn: 'Start date', endsOn: 'End date' },
  errors: {
    period_exists: 'This year’s periods already exist.',
    period_closed: 'This period is closed: its results are frozen; it cannot be changed or reopened.',
    not_open: 'This period has not been opened, so it cannot be closed.',
    already_open: 'This period is already open.',
    not_found: 'This survey period no longer exists. Please reload the page.',
  },
};

export const periodsTexts = { vi, en };
