// One keying of a paper sheet: the body the entry page sends, checked against the sheet's
// questionnaire version with the same schema the survey apps are checked with, and compared field
// by field with another keying of the same sheet (double entry).
import { z } from 'zod';
import { invalidInput, type Issue, toIssues } from '../errors';
import type { CachedVersion } from '../questionnaires/cache';
import { maxCommentLength, respondentTypes, type Submission } from '../shared/response';
import { readSheetCode } from './sheet-code';

const answer = z.union([z.number(), z.string().max(8)]);
const record = (max: number) => z.record(z.string().max(32), z.string().max(max));

/** What a person keys from a sheet; the questionnaire version decides which answers are right. */
export const sheetContent = z.strictObject({
  respondentType: z.enum(respondentTypes),
  answers: z.record(z.string().max(16), answer),
  field: z.string().max(64).optional(),
  profile: record(64).optional(),
  expectations: record(32).optional(),
  comment: z.string().max(maxCommentLength).optional(),
});

export const entryBody = sheetContent.extend({ sheet: z.string().max(40) });

export type SheetContent = z.infer<typeof sheetContent>;

/** The sheet code as keyed: 400 naming the check character when it is wrong. */
export function sheetCodeOf(input: string): string {
  const reading = readSheetCode(input);
  if (!reading.ok) throw invalidInput([{ path: 'sheet', message: reading.message }]);
  return reading.code;
}

/** The stored form of what was keyed: empty optional fields left out, the comment trimmed. */
export function normalContent(content: SheetContent): SheetContent {
  const comment = content.comment?.trim();
  const nonEmpty = (r: Record<string, string> | undefined) => (r && Object.keys(r).length > 0 ? r : undefined);
  return {
    respondentType: content.respondentType,
    answers: content.answers,
    ...(content.field ? { field: content.field } : {}),
    ...(nonEmpty(content.profile) ? { profile: content.profile } : {}),
    ...(nonEmpty(content.expectations) ? { expectations: content.expectations } : {}),
    ...(comment ? { comment } : {}),
  };
}

/**
 * The content as the submission it becomes, checked with the version's schema: an off-scale digit,
 * a missing answer or an option the version does not have is a 400 naming the field.
 */
export function asSubmission(
  content: SheetContent,
  sheet: { responseId: string; servicePointCode: string },
  version: CachedVersion,
): Submission {
  const body = { ...content, id: sheet.responseId, servicePoint: sheet.servicePointCode, channel: 'paper', lang: 'vi' };
  const parsed = version.submissionSchema.safeParse({ ...body, questionnaireVersion: version.id });
  if (!parsed.success) throw invalidInput(toIssues(parsed.error.issues));
  const { website: _, ...submission } = parsed.data;
  return submission as Submission;
}

/** Every field where two keyings of one sheet differ, named like answers.CC2 or profile.gender; answers in the version's order. */
export function differences(first: SheetContent, second: SheetContent, itemOrder: string[]): Issue[] {
  const issues: Issue[] = [];
  const compare = (path: string, a: unknown, b: unknown) => {
    if (a !== b) issues.push({ path, message: `differs from the first entry (this entry: ${b === undefined ? 'empty' : String(b)})` });
  };
  compare('respondentType', first.respondentType, second.respondentType);
  const rank = (code: string) => (itemOrder.includes(code) ? itemOrder.indexOf(code) : itemOrder.length);
  const answerKeys = keysOf(first.answers, second.answers).sort((a, b) => rank(a) - rank(b));
  for (const key of answerKeys) compare(`answers.${key}`, first.answers[key], second.answers[key]);
  compare('field', first.field, second.field);
  for (const part of ['profile', 'expectations'] as const) {
    for (const key of keysOf(first[part], second[part])) compare(`${part}.${key}`, first[part]?.[key], second[part]?.[key]);
  }
  compare('comment', first.comment, second.comment);
  return issues;
}

function keysOf(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): string[] {
  return [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])];
}
