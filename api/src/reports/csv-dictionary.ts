// The data dictionary of the report CSV: each column, what it holds and the values it takes, as a
// CSV itself (UTF-8 with a BOM), so it travels beside the data file.
import { stringify } from 'csv-stringify/sync';
import { spreadsheetCell } from '../shared/cell-text';
import type { Questionnaire } from '../shared/questionnaire';
import { csvBom, csvHeader } from './csv';

const answers = '1 Rất không hài lòng; 2 Không hài lòng; 3 Bình thường; 4 Hài lòng; 5 Rất hài lòng; NA Không áp dụng; trống: bỏ qua';

export function dictionaryRows(q: Questionnaire): [string, string, string][] {
  const items = q.factors.flatMap((f) => f.items.map((i): [string, string, string] => [i.code, `${f.name.vi} — ${i.text.vi}`, answers]));
  return [
    ['ky', 'Kỳ khảo sát', '2026-H1 (6 tháng đầu năm), 2026-H2 (6 tháng cuối năm)'],
    ['ma_don_vi', 'Mã đơn vị quản lý điểm phục vụ (bền vững giữa các kỳ)', 'văn bản: chữ in hoa, chữ số, "-"'],
    ['don_vi', 'Tên đơn vị', 'văn bản'],
    ['diem_phuc_vu', 'Mã điểm phục vụ (quầy), như in trên mã QR', 'văn bản'],
    ['ngay', 'Ngày nhận phiếu, giờ Việt Nam (không có giờ, phút)', 'YYYY-MM-DD'],
    ['doi_tuong', 'Đối tượng trả lời', 'citizen: cá nhân; organization: tổ chức, doanh nghiệp'],
    ['kenh', 'Kênh khảo sát', 'kiosk: máy tại quầy; qr: điện thoại (mã QR); web: trang web; paper: phiếu giấy'],
    ['linh_vuc', 'Mã lĩnh vực thủ tục (danh mục của tỉnh)', 'văn bản; trống: không chọn'],
    ...items,
    [
      'diem_ca_nhan',
      'Điểm hài lòng của người trả lời: tỷ lệ (có trọng số) các tiêu chí người đó chọn 4 hoặc 5 trên các tiêu chí đã trả lời trên thang 5 mức — cùng thang phần trăm với các tỷ lệ trong DOCX và XLSX',
      '0–100, hai chữ số thập phân, dấu chấm thập phân; trống: không trả lời tiêu chí nào trên thang',
    ],
  ];
}

export function dictionaryCsv(q: Questionnaire): string {
  // Every column of the data file is described, in its order.
  const rows = dictionaryRows(q);
  const header = csvHeader(q);
  if (rows.map((r) => r[0]).join() !== header.join()) throw new Error('the CSV dictionary does not match the CSV columns');
  return csvBom + stringify([['cot', 'y_nghia', 'gia_tri'], ...rows].map((r) => r.map(spreadsheetCell)));
}
