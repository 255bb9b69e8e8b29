import { describe, expect, test } from 'vitest';
import { maskContacts } from '../../api/src/shared/mask-contacts';

const phone = '[số điện thoại]';
const email = '[thư điện tử]';
const id = '[số giấy tờ]';

describe('maskContacts', () => {
  test.each([
    ['0912345678', phone],
    ['0912 345 678', phone],
    ['0912.345.678', phone],
    ['0912-345-678', phone],
    ['0386 123 456', phone],
    ['+84 912 345 678', phone],
    ['+84912345678', phone],
    ['+84 (0) 912 345 678', `${phone}`],
    ['(+84) 912 345 678', phone],
    ['tel:+84-912-345-678', `tel:${phone}`],
    ['SĐT0912345678', `SĐT${phone}`],
    ['zalo:0912345678', `zalo:${phone}`],
    ['CCCD:001234567890', `CCCD:${id}`],
    ['84-912-345-678', phone],
    ['84912345678', phone],
    ['024 3825 1234', phone],
    ['0243.825.1234', phone],
    ['(024) 3825 1234', phone],
    ['028-3822-1234', phone],
    ['+84 24 3825 1234', phone],
    ['001234567890', id],
    ['001 234 567 890', id],
    ['079.123.456.789', id],
    ['025123456', id],
    ['025 123 456', id],
    ['nguyen.van.a@gmail.com', email],
    ['ho.tro+sipas@so-noi-vu.gov.vn', email],
    ['nguyễn0912345678@yahoo.com.vn', email],
  ])('masks %s', (written, masked) => {
    expect(maskContacts(written)).toBe(masked);
  });

  test('keeps the comment around what it masks', () => {
    expect(maskContacts('+84 912 345 678 — đề nghị gọi lại')).toBe(`${phone} — đề nghị gọi lại`);
    expect(maskContacts('Tôi là Lan, sđt 0912.345.678, email lan@gmail.com. Cảm ơn!')).toBe(
      `Tôi là Lan, sđt ${phone}, email ${email}. Cảm ơn!`,
    );
    expect(maskContacts('CCCD 001 234 567 890 bị ghi sai ngày sinh')).toBe(`CCCD ${id} bị ghi sai ngày sinh`);
    expect(maskContacts('Gọi 0912345678 2 lần không ai nghe')).toBe(`Gọi ${phone} 2 lần không ai nghe`);
    expect(maskContacts('Số: 0912345678.')).toBe(`Số: ${phone}.`);
    expect(maskContacts('liên hệ (024) 3825 1234 hoặc 0987654321')).toBe(`liên hệ ${phone} hoặc ${phone}`);
  });

  test.each([
    'Chờ 3 ngày mới có kết quả',
    'Lệ phí 500.000 đồng là cao',
    'Thu 1.500.000.000 đồng tiền sử dụng đất',
    'Phí 123.456.789 đồng',
    'Năm 2026 tốt hơn năm 2025',
    'Thủ tục 1.004227 và 2.002156.000.00.00.H12 cần rút gọn',
    'Hẹn ngày 15/12/2026 lúc 8.30, quầy số 12',
    'Từ 2024 2025 2026 vẫn vậy',
    'Tổng đài 1900 1234 hỗ trợ tốt',
    'Mã hồ sơ H56.22-240315-0001',
    'Mã số thuế 0101234567 của công ty',
    'Hồ sơ số HS2026-0912345',
    'Khoảng 12 - 15 người chờ',
    '',
  ])('leaves %j as written', (text) => {
    expect(maskContacts(text)).toBe(text);
  });
});
