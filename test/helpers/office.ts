/** A province office's report header and signer, as an administrator would set them (PUT /api/admin/settings, without recipients). */
export const office = {
  parentBody: 'UBND tỉnh Hà Giang',
  issuingBody: 'Sở Nội vụ',
  symbol: 'SNV',
  place: 'Hà Giang',
  signerAuthority: 'KT. Giám đốc',
  signerPosition: 'Phó Giám đốc',
  signerName: 'Nguyễn Văn An',
};
