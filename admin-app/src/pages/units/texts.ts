import type { UnitKind } from '@sipas/api/types';
import type { Texts } from '../../i18n';

export const unitsTexts: Texts<{
  title: string;
  intro: string;
  readOnly: string;
  treeTitle: string;
  treeHint: string;
  expand: (name: string) => string;
  collapse: (name: string) => string;
  inactive: string;
  inactiveStatus: string;
  counters: (n: number) => string;
  kinds: Record<UnitKind, string>;
  chooseUnit: string;
  breadcrumb: string;
  status: string;
  active: string;
  edit: { title: string; name: string; rename: string; move: string; newParent: string; choose: string; moveButton: string; noTargets: string };
  deactivate: string;
  deactivateCounter: string;
  reactivate: string;
  deactivateHint: string;
  addChild: { title: string; name: string; kind: string; submit: string };
  countersTitle: string;
  noCounters: string;
  table: { caption: (unit: string) => string; code: string; name: string; status: string; downloads: string };
  download: { qrSvg: string; qrPng: string; posterA4: string; posterA5: string; allPosters: string; noActive: string; unavailable: string };
  renameCounter: string;
  newName: (code: string) => string;
  addCounter: { title: string; code: string; codeHint: string; name: string; submit: string };
  done: { created: string; saved: string; moved: string; deactivated: string; reactivated: string };
  errors: Record<string, string>;
  stillActive: (names: string) => string;
  loadFailed: string;
}> = {
  vi: {
    title: 'Đơn vị',
    intro: 'Cây đơn vị của tỉnh và các quầy tiếp nhận của từng đơn vị; tải mã QR và áp phích để in đặt tại quầy.',
    readOnly: 'Bạn chỉ xem được cây đơn vị và tải mã QR, áp phích; việc thay đổi do quản trị cấp tỉnh thực hiện.',
    treeTitle: 'Cây đơn vị',
    treeHint: 'Chọn một đơn vị để xem chi tiết. Nút ▸ mở hoặc thu gọn các đơn vị trực thuộc.',
    expand: (name) => `Mở các đơn vị trực thuộc ${name}`,
    collapse: (name) => `Thu gọn các đơn vị trực thuộc ${name}`,
    inactive: 'ngừng hoạt động',
    inactiveStatus: 'Ngừng hoạt động',
    counters: (n) => `${n} quầy`,
    kinds: { province: 'Tỉnh', department: 'Sở, ban, ngành', commune: 'UBND xã, phường', district: 'Huyện (dữ liệu cũ)', other: 'Khác' },
    chooseUnit: 'Chọn một đơn vị trong cây để xem chi tiết.',
    breadcrumb: 'Vị trí trong cây',
    status: 'Trạng thái',
    active: 'Đang hoạt động',
    edit: {
      title: 'Sửa đơn vị',
      name: 'Tên đơn vị',
      rename: 'Đổi tên',
      move: 'Chuyển đơn vị',
      newParent: 'Đơn vị cấp trên mới',
      choose: '— Chọn đơn vị —',
      moveButton: 'Chuyển',
      noTargets: 'Không có đơn vị nào khác để chuyển đến.',
    },
    deactivate: 'Ngừng hoạt động đơn vị',
    deactivateCounter: 'Ngừng hoạt động',
    reactivate: 'Hoạt động trở lại',
    deactivateHint: 'Chỉ ngừng được khi mọi quầy và đơn vị trực thuộc đã ngừng hoạt động hoặc đã chuyển đi.',
    addChild: { title: 'Thêm đơn vị trực thuộc', name: 'Tên đơn vị mới', kind: 'Loại đơn vị', submit: 'Thêm đơn vị' },
    countersTitle: 'Quầy tiếp nhận',
    noCounters: 'Đơn vị chưa có quầy nào.',
    table: { caption: (unit) => `Các quầy của ${unit}`, code: 'Mã quầy', name: 'Tên quầy', status: 'Trạng thái', downloads: 'Tải về' },
    download: {
      qrSvg: 'QR (SVG)',
      qrPng: 'QR (PNG)',
      posterA4: 'Áp phích A4',
      posterA5: 'Áp phích A5',
      allPosters: 'Tất cả áp phích của đơn vị (PDF)',
      noActive: 'Đơn vị và các đơn vị trực thuộc chưa có quầy nào đang hoạt động để in áp phích.',
      unavailable: 'Quầy đã ngừng: không in mã QR.',
    },
    renameCounter: 'Đổi tên',
    newName: (code) => `Tên mới của quầy ${code}`,
    addCounter: {
      title: 'Thêm quầy',
      code: 'Mã quầy',
      codeHint: 'Từ 2 đến 32 ký tự: chữ cái không dấu, chữ số hoặc dấu “-”, ví dụ STP-02. Mã in trên mã QR nên không đổi được.',
      name: 'Tên quầy',
      submit: 'Thêm quầy',
    },
    done: { created: 'Đã thêm.', saved: 'Đã lưu.', moved: 'Đã chuyển; số liệu thống kê đã được tính lại.', deactivated: 'Đã ngừng hoạt động.', reactivated: 'Đã cho hoạt động trở lại.' },
    errors: {
      cycle: 'Không thể chuyển một đơn vị vào chính nó hoặc vào đơn vị trực thuộc của nó.',
      root_immovable: 'Không thể chuyển cấp tỉnh.',
      root_required: 'Không thể ngừng hoạt động cấp tỉnh.',
      parent_inactive: 'Đơn vị cấp trên đang ngừng hoạt động.',
      unit_inactive: 'Đơn vị đang ngừng hoạt động; hãy cho đơn vị hoạt động trở lại trước.',
      code_taken: 'Mã quầy này đã được dùng.',
      invalid_input: 'Thông tin chưa hợp lệ: ',
    },
    stillActive: (names) => `Đơn vị vẫn còn đang hoạt động: ${names}. Hãy ngừng hoạt động hoặc chuyển đi trước.`,
    loadFailed: 'Không tải được cây đơn vị.',
  },
  en: {
    title: 'Units',
    intro: "The province's unit tree and each unit's counters; download QR codes and posters to print for the counters.",
    readOnly: 'You can view the tree and download QR codes and posters; changes are made by a province administrator.',
    treeTitle: 'Unit tree',
    treeHint: 'Choose a unit to see its details. The ▸ button shows or hides the units under it.',
    expand: (name) => `Show the units under ${name}`,
    collapse: (name) => `Hide the units under ${name}`,
    inactive: 'deactivated',
    inactiveStatus: 'Deactivated',
    counters: (n) => `${n} ${n === 1 ? 'counter' : 'counters'}`,
    kinds: { province: 'Province', department: 'Department or agency', commune: 'Commune or ward', district: 'District (older data)', other: 'Other' },
    chooseUnit: 'Choose a unit in the tree to see its details.',
    breadcrumb: 'Place in the tree',
    status: 'Status',
    active: 'Active',
    edit: {
      title: 'Edit unit',
      name: 'Unit name',
      rename: 'Rename',
      move: 'Move unit',
      newParent: 'New parent unit',
      choose: '— Choose a unit —',
      moveButton: 'Move',
      noTargets: 'There is no other unit to move it to.',
    },
    deactivate: 'Deactivate unit',
    deactivateCounter: 'Deactivate',
    reactivate: 'Reactivate',
    deactivateHint: 'A unit can be deactivated only once all its counters and sub-units are deactivated or moved away.',
    addChild: { title: 'Add a sub-unit', name: 'Name of the new unit', kind: 'Kind of unit', submit: 'Add unit' },
    countersTitle: 'Counters',
    noCounters: 'This unit has no counters yet.',
    table: { caption: (unit) => `Counters of ${unit}`, code: 'Code', name: 'Name', status: 'Status', downloads: 'Downloads' },
    download: {
      qrSvg: 'QR (SVG)',
      qrPng: 'QR (PNG)',
      posterA4: 'Poster A4',
      posterA5: 'Poster A5',
      allPosters: "All of this unit's posters (PDF)",
      noActive: 'Neither this unit nor its sub-units has an active counter to print a poster for.',
      unavailable: 'Deactivated: no QR code.',
    },
    renameCounter: 'Rename',
    newName: (code) => `New name of counter ${code}`,
    addCounter: {
      title: 'Add a counter',
      code: 'Counter code',
      codeHint: '2 to 32 characters: letters A–Z, digits or "-", e.g. STP-02. The code is printed in the QR code, so it cannot change.',
      name: 'Counter name',
      submit: 'Add counter',
    },
    done: { created: 'Added.', saved: 'Saved.', moved: 'Moved; the statistics have been recomputed.', deactivated: 'Deactivated.', reactivated: 'Reactivated.' },
    errors: {
      cycle: 'A unit cannot move into itself or into one of its own sub-units.',
      root_immovable: 'The province cannot be moved.',
      root_required: 'The province cannot be deactivated.',
      parent_inactive: 'The parent unit is deactivated.',
      unit_inactive: 'The unit is deactivated; reactivate it first.',
      code_taken: 'This counter code is already in use.',
      invalid_input: 'Some details are not valid: ',
    },
    stillActive: (names) => `The unit still has active ${names}. Deactivate or move them first.`,
    loadFailed: 'Could not load the unit tree.',
  },
};
