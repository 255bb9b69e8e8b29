// What one key does on the entry page, as a pure step: the respondent type (1 or 2), then a digit
// per statement (1–5, or 0 for "không áp dụng" where the item allows it), each advancing by itself;
// Backspace steps back. Enter (saving) is the page's.
export const naKey = '0';

export interface KeyItem {
  code: string;
  allowNa: boolean;
}

export interface Keying {
  /** -1: the respondent type; 0..n-1: the statement; n: everything keyed. */
  step: number;
  respondentType: 'citizen' | 'organization' | undefined;
  answers: (number | 'na' | undefined)[];
}

export const startKeying = (n: number): Keying => ({ step: -1, respondentType: undefined, answers: Array<undefined>(n).fill(undefined) });

export type Pressed = { keying: Keying; problem?: { kind: 'type' | 'scale' | 'na'; code?: string } };

export function press(keying: Keying, key: string, items: KeyItem[]): Pressed | undefined {
  const { step } = keying;
  if (key === 'Backspace') return { keying: { ...keying, step: Math.max(-1, step - 1) } };
  if (!/^[0-9]$/.test(key)) return undefined;
  if (step === -1) {
    if (key !== '1' && key !== '2') return { keying, problem: { kind: 'type' } };
    return { keying: { ...keying, respondentType: key === '1' ? 'citizen' : 'organization', step: 0 } };
  }
  const item = items[step];
  if (!item) return undefined;
  let value: number | 'na';
  if (key === naKey) {
    if (!item.allowNa) return { keying, problem: { kind: 'na', code: item.code } };
    value = 'na';
  } else if (Number(key) >= 1 && Number(key) <= 5) value = Number(key);
  else return { keying, problem: { kind: 'scale', code: item.code } };
  const answers = keying.answers.map((a, i) => (i === step ? value : a));
  return { keying: { ...keying, answers, step: step + 1 } };
}

/** The first step still missing (the type, then a statement), or undefined when all is keyed. */
export function firstMissing(keying: Keying): number | undefined {
  if (!keying.respondentType) return -1;
  const i = keying.answers.findIndex((a) => a === undefined);
  return i === -1 ? undefined : i;
}
