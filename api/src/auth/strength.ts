// Password strength: at least 10 characters and a zxcvbn score of 3 or more, judged with the
// username and the platform's name as words an attacker would try first.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const minPasswordLength = 10;
export const maxPasswordLength = 200;
export const minPasswordScore = 3;

const weak = 'This password is too easy to guess:';

/** Every message a refused password can get; the admin app translates them by their text. */
export const strengthMessages = {
  tooShort: `Use at least ${minPasswordLength} characters.`,
  common: `${weak} it is one of the most used passwords.`,
  personal: `${weak} it is built from the username or the platform's name.`,
  keyboard: `${weak} it follows a row or pattern of the keyboard.`,
  repeats: `${weak} it repeats characters or words.`,
  sequence: `${weak} it is a sequence like abc or 123.`,
  date: `${weak} it is mostly a date or a year.`,
  word: `${weak} it is a single word or name.`,
  other: `${weak} add more words or characters that follow no pattern.`,
} as const;

const byWarning: Record<string, keyof typeof strengthMessages> = {
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  userInputs: 'personal',
  straightRow: 'keyboard',
  keyPattern: 'keyboard',
  simpleRepeat: 'repeats',
  extendedRepeat: 'repeats',
  sequences: 'sequence',
  recentYears: 'date',
  dates: 'date',
  wordByItself: 'word',
  namesByThemselves: 'word',
  commonNames: 'word',
};

// Building the ranked dictionaries takes a moment: do it once, on the first password checked.
let factory: ZxcvbnFactory | undefined;

/** What is wrong with a new password, or undefined when it is strong enough. */
export function passwordProblem(password: string, username: string): string | undefined {
  if (password.length < minPasswordLength) return strengthMessages.tooShort;
  factory ??= new ZxcvbnFactory({ graphs: adjacencyGraphs, dictionary });
  // "nguyen.van.a" is also tried as its parts, which people reuse on their own.
  const inputs = ['sipas', username, ...username.split(/[._-]+/).filter((part) => part.length >= 3)];
  const result = factory.check(password.slice(0, maxPasswordLength), inputs);
  if (result.score >= minPasswordScore) return undefined;
  return strengthMessages[byWarning[result.feedback.warning ?? ''] ?? 'other'];
}
