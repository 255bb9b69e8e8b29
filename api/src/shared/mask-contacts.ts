// Masks contact details and ID-card numbers in free text before a report or export prints it
// (people write them into comments although the form asks for none). The rest of the comment is
// kept word for word; each masked part becomes a bracketed word saying what was there, so a reader
// still sees that the respondent asked to be called back.
//
// What counts, in the forms Vietnamese writers use (spaces, dots or hyphens between groups):
// - phone: +84 / 84 followed by 9 or 10 digits; 0 followed by 9 digits (mobile, 03/05/07/08/09)
//   or 0 2x followed by 9 digits (landline since 2017: 024 3825 1234, 0243.825.1234);
// - ID card: 12 digits starting with 0 (CCCD: the province code 001–096 comes first), or 9 digits
//   (CMND) not written as a dotted amount (123.456.789 is a sum of money);
// - e-mail address.
// Anything else made of digits stays: days, years, sums of money, procedure codes (1.004227), counts.

export const masks = { phone: '[số điện thoại]', email: '[thư điện tử]', id: '[số giấy tờ]' } as const;

const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/**
 * Runs of digit groups joined by one separator (a space, dot or hyphen, or " - "), with an optional
 * + or (…), "(+84)" too. A letter may come right before ("SĐT0912345678"); a digit, "@" or "." may
 * not (the middle of a longer number, an address, a procedure code's part).
 */
const digitRun = /(?<![\p{N}@.])(?:\(?\+\s?)?\(?\d+\)?(?:(?:\s?[.-]\s?|\s)\(?\d+\)?)*/gu;

type Kind = keyof typeof masks;

/** What a run of digits (its groups joined) is, if it is one of the masked kinds. */
function kindOf(digits: string, groups: string[], plus: boolean): Kind | null {
  if (plus || digits.startsWith('84')) {
    // "+84 (0) 912…": the trunk 0 some writers keep after the country code.
    const rest = digits.slice(digits[2] === '0' ? 3 : 2);
    if (digits.startsWith('84') && (rest.length === 9 || (rest.length === 10 && rest.startsWith('2')))) return 'phone';
    if (plus) return null;
  }
  if (digits.length === 10 && /^0[35789]/.test(digits)) return 'phone';
  if (digits.length === 11 && digits.startsWith('02')) return 'phone';
  if (digits.length === 12 && digits.startsWith('0')) return 'id';
  if (digits.length === 9 && !thousands(groups)) return 'id';
  return null;
}

/** 123.456.789 or 123,456,789: how sums of money are written, never an ID. */
const thousands = (groups: string[]) => groups.length > 1 && groups.slice(1).every((g) => /^[.,]\d{3}$/.test(g));

/** Masks phone numbers, e-mail addresses and ID-card numbers; everything else is returned as written. */
export function maskContacts(text: string): string {
  return text.replace(email, masks.email).replace(digitRun, (run) => maskRun(run));
}

/**
 * Within one run, the longest stretch of groups from each group on that is a phone or an ID is
 * masked: "0912345678 2 lần" masks the number and keeps "2".
 */
function maskRun(run: string): string {
  const parts = [...run.matchAll(/(\s?[.-]\s?|\s)?(\(?\+\s?)?\(?(\d+)\)?/gu)].map((m) => ({
    text: m[0],
    separator: m[1] ?? '',
    plus: m[2] !== undefined,
    digits: m[3]!,
  }));
  let out = '';
  for (let i = 0; i < parts.length;) {
    let found: { end: number; kind: Kind } | null = null;
    for (let j = i; j < parts.length && j - i < 6; j++) {
      const span = parts.slice(i, j + 1);
      const groups = span.map((p, k) => (k === 0 ? p.digits : `${p.separator.trim() || ' '}${p.digits}`));
      const kind = kindOf(
        span.map((p) => p.digits).join(''),
        groups.map((g) => g.replace(/^ /, '')),
        span[0]!.plus,
      );
      if (kind) found = { end: j, kind };
    }
    if (found) {
      out += parts[i]!.separator + masks[found.kind];
      i = found.end + 1;
    } else {
      out += parts[i]!.text;
      i++;
    }
  }
  return out;
}
