import type { CommentItem, FollowUpStatus } from '@sipas/api/types';
import type { Texts } from '../../i18n';

export const commentsTexts: Texts<{
  title: string;
  intro: string;
  counts: { label: string } & Record<FollowUpStatus, string>;
  filters: { label: string; period: string; allPeriods: string; unit: string; factor: string; allFactors: string; kind: string; status: string };
  kinds: { all: string; comment: string; low: string };
  statusFilter: { open: string; closed: string; all: string };
  status: Record<FollowUpStatus, string>;
  listTitle: string;
  empty: string;
  loading: string;
  older: string;
  reference: string;
  received: string;
  age: (days: number) => string;
  respondentTypes: Record<CommentItem['respondentType'], string>;
  channels: Record<CommentItem['channel'], string>;
  comment: string;
  noComment: string;
  withheld: (minN: number) => string;
  lowFactors: string;
  lowItems: string;
  acknowledgedBy: string;
  closedBy: string;
  note: string;
  action: string;
  at: string;
  acknowledge: string;
  acknowledgeNote: string;
  confirmAcknowledge: string;
  close: string;
  closeAction: string;
  closeHint: string;
  confirmClose: string;
  reopen: string;
  cancel: string;
  unknownUser: string;
  conflict: string;
}> = {
  vi: {
    title: 'Góp ý và phản ánh',
    intro: 'Ý kiến góp ý của người dân và các phiếu có mức hài lòng thấp (trung bình một yếu tố dưới 3, hoặc có câu trả lời mức 1) để đơn vị tiếp nhận và xử lý.',
    counts: { label: 'Tình trạng xử lý theo bộ lọc hiện tại', open: 'Chưa xử lý', acknowledged: 'Đã tiếp nhận', closed: 'Đã xử lý xong' },
    filters: {
      label: 'Lọc góp ý',
      period: 'Đợt khảo sát',
      allPeriods: 'Tất cả các đợt',
      unit: 'Đơn vị',
      factor: 'Yếu tố bị đánh giá thấp',
      allFactors: 'Tất cả yếu tố',
      kind: 'Loại',
      status: 'Tình trạng',
    },
    kinds: { all: 'Tất cả', comment: 'Có góp ý', low: 'Điểm thấp' },
    statusFilter: { open: 'Chưa xử lý xong', closed: 'Đã xử lý xong', all: 'Tất cả' },
    status: { open: 'Chưa xử lý', acknowledged: 'Đã tiếp nhận', closed: 'Đã xử lý xong' },
    listTitle: 'Danh sách',
    empty: 'Không có mục nào khớp bộ lọc.',
    loading: 'Đang tải…',
    older: 'Xem thêm các mục cũ hơn',
    reference: 'Mã phiếu',
    received: 'Nhận lúc',
    age: (days) => (days === 0 ? 'hôm nay' : `${days} ngày trước`),
    respondentTypes: { citizen: 'Cá nhân', organization: 'Tổ chức, doanh nghiệp' },
    channels: { kiosk: 'Kiosk', qr: 'Mã QR', web: 'Trang web', paper: 'Phiếu giấy' },
    comment: 'Ý kiến góp ý',
    noComment: 'Không có ý kiến góp ý.',
    withheld: (minN) => `Nội dung góp ý được ẩn: quầy này có dưới ${minN} phiếu trong đợt, chỉ lãnh đạo đơn vị được xem.`,
    lowFactors: 'Yếu tố thấp',
    lowItems: 'Câu trả lời mức 1',
    acknowledgedBy: 'Tiếp nhận',
    closedBy: 'Xử lý xong',
    note: 'Ghi chú',
    action: 'Biện pháp đã thực hiện',
    at: 'lúc',
    acknowledge: 'Tiếp nhận',
    acknowledgeNote: 'Ghi chú khi tiếp nhận (không bắt buộc)',
    confirmAcknowledge: 'Xác nhận tiếp nhận',
    close: 'Đánh dấu đã xử lý',
    closeAction: 'Biện pháp đã thực hiện (bắt buộc)',
    closeHint: 'Ghi rõ đơn vị đã làm gì, tối đa 2000 ký tự.',
    confirmClose: 'Lưu và đóng',
    reopen: 'Mở lại',
    cancel: 'Huỷ',
    unknownUser: 'tài khoản đã xoá',
    conflict: 'Mục này vừa được người khác cập nhật. Vui lòng tải lại trang.',
  },
  en: {
    title: 'Comments and complaints',
    intro: "Citizens' comments and low-scoring responses (a factor averaging below 3, or any answer of 1) for the units to acknowledge and act on.",
    counts: { label: 'Follow-up status for the current filters', open: 'Open', acknowledged: 'Acknowledged', closed: 'Closed' },
    filters: {
      label: 'Filter comments',
      period: 'Survey period',
      allPeriods: 'All periods',
      unit: 'Unit',
      factor: 'Factor rated low',
      allFactors: 'All factors',
      kind: 'Kind',
      status: 'Status',
    },
    kinds: { all: 'All', comment: 'With a comment', low: 'Low score' },
    statusFilter: { open: 'Not yet closed', closed: 'Closed', all: 'All' },
    status: { open: 'Open', acknowledged: 'Acknowledged', closed: 'Closed' },
    listTitle: 'Items',
    empty: 'Nothing matches these filters.',
    loading: 'Loading…',
    older: 'Show older items',
    reference: 'Reference',
    received: 'Received',
    age: (days) => (days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`),
    respondentTypes: { citizen: 'Citizen', organization: 'Organisation or business' },
    channels: { kiosk: 'Kiosk', qr: 'QR code', web: 'Web', paper: 'Paper' },
    comment: 'Comment',
    noComment: 'No comment was written.',
    withheld: (minN) => `Comment withheld: this counter has fewer than ${minN} responses in the period; only the unit's managers may read it.`,
    lowFactors: 'Low factors',
    lowItems: 'Answered 1',
    acknowledgedBy: 'Acknowledged',
    closedBy: 'Closed',
    note: 'Note',
    action: 'Action taken',
    at: 'at',
    acknowledge: 'Acknowledge',
    acknowledgeNote: 'Note on acknowledging (optional)',
    confirmAcknowledge: 'Confirm',
    close: 'Mark as handled',
    closeAction: 'Action taken (required)',
    closeHint: 'Say what the unit did, at most 2000 characters.',
    confirmClose: 'Save and close',
    reopen: 'Reopen',
    cancel: 'Cancel',
    unknownUser: 'deleted account',
    conflict: 'Someone else has just updated this item. Please reload the page.',
  },
};
