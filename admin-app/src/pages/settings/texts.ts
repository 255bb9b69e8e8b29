const vi = {
  title: 'Thông tin báo cáo',
  intro: 'Phần đầu và phần ký của báo cáo (Word) theo Nghị định 30/2020/NĐ-CP. Ô để trống được in thành dấu chấm (……) để văn thư điền tay.',
  loadFailed: 'Không tải được thông tin báo cáo.',
  header: 'Phần đầu văn bản',
  signature: 'Người ký và nơi nhận',
  fields: {
    parentBody: 'Cơ quan chủ quản',
    issuingBody: 'Cơ quan ban hành',
    symbol: 'Chữ viết tắt trong số, ký hiệu',
    place: 'Địa danh',
    signerAuthority: 'Quyền hạn ký',
    signerPosition: 'Chức vụ người ký',
    signerName: 'Họ và tên người ký',
    recipients: 'Nơi nhận (mỗi dòng một nơi)',
  },
  hints: {
    parentBody: 'Ví dụ: UBND tỉnh Hà Giang. In chữ in hoa.',
    issuingBody: 'Ví dụ: Sở Nội vụ. In chữ in hoa, đậm.',
    symbol: 'Phần sau "BC-" trong "Số: …/BC-SNV", ví dụ: SNV.',
    place: 'Ví dụ: Hà Giang, in thành "Hà Giang, ngày … tháng … năm …".',
    signerAuthority: 'Ví dụ: KT. GIÁM ĐỐC; để trống khi người đứng đầu ký.',
    signerPosition: 'Ví dụ: PHÓ GIÁM ĐỐC.',
    signerName: '',
    recipients: 'Ví dụ: UBND tỉnh (để báo cáo); dòng cuối thường là "Lưu: VT, …".',
  },
  saved: 'Đã lưu. Báo cáo tải về từ nay in các thông tin này.',
  invalid: 'Chưa lưu được, vui lòng kiểm tra lại các ô được đánh dấu.',
  readOnly: 'Chỉ quản trị viên cấp tỉnh được sửa các thông tin này.',
};

const en: typeof vi = {
  title: 'Report details',
  intro:
    'The header and signature block of the Word report, as Decree 30/2020 sets them out. Empty fields print as dots (……) for the office to fill in by hand.',
  loadFailed: 'The report details could not be loaded.',
  header: 'Header',
  signature: 'Signer and recipients',
  fields: {
    parentBody: 'Parent body',
    issuingBody: 'Issuing body',
    symbol: 'Abbreviation in the document number',
    place: 'Place',
    signerAuthority: 'Signing authority',
    signerPosition: 'Signer’s position',
    signerName: 'Signer’s full name',
    recipients: 'Recipients (one a line)',
  },
  hints: {
    parentBody: 'E.g. UBND tỉnh Hà Giang. Printed in capitals.',
    issuingBody: 'E.g. Sở Nội vụ. Printed in bold capitals.',
    symbol: 'What follows "BC-" in "Số: …/BC-SNV", e.g. SNV.',
    place: 'E.g. Hà Giang, printed as "Hà Giang, ngày … tháng … năm …".',
    signerAuthority: 'E.g. KT. GIÁM ĐỐC; leave empty when the head signs.',
    signerPosition: 'E.g. PHÓ GIÁM ĐỐC.',
    signerName: '',
    recipients: 'E.g. UBND tỉnh (để báo cáo); the last line is usually "Lưu: VT, …".',
  },
  saved: 'Saved. Reports downloaded from now on print these details.',
  invalid: 'Not saved; please check the marked fields.',
  readOnly: 'Only a province administrator changes these details.',
};

export const settingsTexts = { vi, en };
