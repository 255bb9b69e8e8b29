import { describe, expect, test } from 'vitest';
import { alphabet, checkCharacter, codeLength, newSheetCode, readSheetCode } from '../../api/src/paper/sheet-code';

describe('sheet codes', () => {
  test('are 10 random characters of Crockford base32 and a check character, and read back as valid', () => {
    const codes = Array.from({ length: 2000 }, newSheetCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{11}$/);
      expect(readSheetCode(code)).toEqual({ ok: true, code });
    }
  });

  test('use every character of the alphabet in every random position', () => {
    const seen = Array.from({ length: 10 }, () => new Set<string>());
    for (let i = 0; i < 3000; i++) [...newSheetCode().slice(0, 10)].forEach((ch, p) => seen[p]!.add(ch));
    expect(seen.map((s) => s.size)).toEqual(Array(10).fill(32));
  });

  test('catch every single mistyped character and every swap of two different neighbours', () => {
    const code = '7KQ2M9XWB3' + checkCharacter('7KQ2M9XWB3');
    for (let p = 0; p < codeLength; p++) {
      for (const ch of alphabet) {
        if (ch === code[p]) continue;
        const typo = code.slice(0, p) + ch + code.slice(p + 1);
        expect(readSheetCode(typo).ok, typo).toBe(false);
      }
    }
    for (let p = 0; p + 1 < codeLength; p++) {
      if (code[p] === code[p + 1]) continue;
      const swapped = code.slice(0, p) + code[p + 1] + code[p] + code.slice(p + 2);
      expect(readSheetCode(swapped).ok, swapped).toBe(false);
    }
  });

  test('name the check character when it is wrong, and the format when the code is not one', () => {
    const body = 'ABCDEFGHJK';
    const right = checkCharacter(body);
    const wrong = right === '0' ? '1' : '0';
    expect(readSheetCode(body + wrong)).toEqual({
      ok: false,
      problem: 'check',
      message: `the check character ${wrong} does not match: the code is mistyped`,
    });
    expect(readSheetCode('ABC')).toEqual({ ok: false, problem: 'format', message: `a sheet code is 11 characters of ${alphabet}` });
    expect(readSheetCode('ABCDEFGHJKU')).toMatchObject({ ok: false, problem: 'format' });
  });

  test('forgive case, hyphens, spaces and the letters Crockford reads as digits', () => {
    const body = '0123456789';
    const code = body + checkCharacter(body);
    expect(readSheetCode(`o12-34 567 89${code[10]!.toLowerCase()}`)).toEqual({ ok: true, code });
    expect(readSheetCode(`OI23456789${code[10]}`)).toEqual({ ok: true, code });
  });
});
