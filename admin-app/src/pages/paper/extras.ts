// The optional part of a sheet as the entry page keys it: the field, the profile, the expectations
// and the comment, printed in this order on the back (api/src/paper/sheet-pdf.ts). Pure, so what
// is sent is what the API stores and compares (api/src/paper/entry.ts: an unticked box is no key).
import type { LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import type { SheetContent } from './api';

export type Choices = Record<string, string>;

export interface Extras {
  field: string;
  profile: Choices;
  expectations: Choices;
  comment: string;
}

export const noExtras: Extras = { field: '', profile: {}, expectations: {}, comment: '' };

/** The choices with one box ticked, or with it taken away when the value is empty. */
export function withChoice(choices: Choices | undefined, key: string, value: string): Choices {
  const { [key]: _, ...rest } = choices ?? {};
  return value ? { ...rest, [key]: value } : rest;
}

/**
 * What an entry sends of the extras: only what was ticked, and of the profile only the questions
 * asked of the respondent type keyed (the sheet prints both; the API refuses the other's).
 */
export function extrasBody(
  extras: Extras,
  form: Pick<LocalizedQuestionnaire, 'profile'>,
  type: SheetContent['respondentType'],
): Pick<SheetContent, 'field' | 'profile' | 'expectations' | 'comment'> {
  const asked = new Set(form.profile[type].map((q) => q.code));
  const profile = Object.fromEntries(Object.entries(extras.profile).filter(([code]) => asked.has(code)));
  return {
    ...(extras.field ? { field: extras.field } : {}),
    ...(Object.keys(profile).length > 0 ? { profile } : {}),
    ...(Object.keys(extras.expectations).length > 0 ? { expectations: extras.expectations } : {}),
    ...(extras.comment.trim() ? { comment: extras.comment } : {}),
  };
}

/** An option's label, for showing what an entry holds; a code the form does not list shows as itself. */
export function labelOf(options: { code: string; label: string }[], code: string | undefined): string | undefined {
  return code === undefined ? undefined : (options.find((o) => o.code === code)?.label ?? code);
}
