// Sheet codes: 10 random Crockford base32 characters (50 bits from the system's CSPRNG, so a code
// cannot be guessed) and a Luhn mod 32 check character, which catches every single mistyped
// character and nearly every swap of two neighbours before the database is asked.
import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so nothing reads as 1, 0 or a word. */
export const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const randomLength = 10;
export const codeLength = randomLength + 1;

export function newSheetCode(): string {
  // 256 is a multiple of 32: the low five bits of each byte are uniform.
  const body = Array.from(randomBytes(randomLength), (b) => alphabet[b & 31]).join('');
  return body + checkCharacter(body);
}

/** The Luhn mod N check character of `body` (N = 32). */
export function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const addend = factor * alphabet.indexOf(body[i]!);
    sum += Math.floor(addend / 32) + (addend % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return alphabet[(32 - (sum % 32)) % 32]!;
}

export type SheetCodeReading = { ok: true; code: string } | { ok: false; problem: 'format' | 'check'; message: string };

/**
 * Reads a typed or scanned code: case, spaces and hyphens are forgiven, and O, I and L are read as
 * 0, 1 and 1 as Crockford's base32 says, so only a real mistake is refused.
 */
export function readSheetCode(input: string): SheetCodeReading {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== codeLength || [...code].some((ch) => !alphabet.includes(ch))) {
    return { ok: false, problem: 'format', message: `a sheet code is ${codeLength} characters of ${alphabet}` };
  }
  const body = code.slice(0, randomLength);
  const expected = checkCharacter(body);
  if (code[randomLength] !== expected) {
    return { ok: false, problem: 'check', message: `the check character ${code[randomLength]} does not match: the code is mistyped` };
  }
  return { ok: true, code };
}
