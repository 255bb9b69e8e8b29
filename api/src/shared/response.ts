// What a respondent submits, checked against the questionnaire version they answered.
// The survey app runs the same schema before sending; the API runs it again.
import * as z from 'zod/mini';
import { channels, langs, maxCommentLength, respondentTypes } from './limits';
import { highestLevel, lowestLevel } from './scale';

export { channels, langs, maxCommentLength, respondentTypes };

const shortText = (max: number) => z.string().check(z.maxLength(max));
/** Keys that would reach an object's prototype: refused in every record a respondent sends. */
const prototypeKeys = new Set(['__proto__', 'constructor', 'prototype']);
const recordKey = (max: number) =>
  shortText(max).check(z.refine((key) => !prototypeKeys.has(key), { message: 'this key is not allowed', abort: true }));
/** Kiosk clocks and offsets: an offset beyond ±14:00 is no real time zone (and PostgreSQL refuses some). */
const realOffset = /(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;
const answerValue = z.union([z.int().check(z.gte(lowestLevel), z.lte(highestLevel)), z.literal('na')]);

/** The envelope: checked before the questionnaire version is known. */
export const submissionSchema = z.object({
  /** Lower case, so that a resend in another letter case is the same response (digest and row). */
  id: z.uuid().check(z.toLowerCase()),
  servicePoint: z.string().check(z.minLength(1), z.maxLength(32)),
  questionnaireVersion: z.optional(z.int().check(z.positive(), z.lte(2_147_483_647))),
  respondentType: z.enum(respondentTypes),
  channel: z.enum(channels),
  lang: z.enum(langs),
  // Which keys and values are right depends on the version: see submissionSchemaFor.
  answers: z.record(recordKey(16), z.unknown()),
  field: z.optional(shortText(64)),
  profile: z.optional(z.record(recordKey(32), shortText(64))),
  expectations: z.optional(z.record(recordKey(32), shortText(32))),
  comment: z.optional(shortText(maxCommentLength)),
  /** When the respondent pressed send: kiosks send it, the minimum interval is judged on it. */
  // A real calendar date and offset; how far from now it may be is judged with the server's clock (responses/routes.ts).
  completedAt: z.optional(z.iso.datetime({ offset: true }).check(z.regex(realOffset, 'a time offset between -14:00 and +14:00'))),
  /** The honeypot: people never see this field, naive bots fill it in. */
  website: z.optional(shortText(200)),
});

/** A submission that passed submissionSchemaFor: its answers are on the scale or N/A. */
export type Submission = Omit<z.infer<typeof submissionSchema>, 'answers'> & { answers: Record<string, AnswerValue> };
export type AnswerValue = z.infer<typeof answerValue>;

interface Coded {
  code: string;
}

/** The structure a questionnaire version imposes; both its definition and a localized form have it. */
export interface FormRules {
  factors: { items: { code: string; allowNa: boolean; required: boolean }[] }[];
  fields: Coded[];
  profile: Record<(typeof respondentTypes)[number], (Coded & { options: Coded[] })[]>;
  expectations?: { levels: Coded[]; items: Coded[] } | undefined;
}

/** The full rule for one questionnaire version: which items, which values, which options. */
export function submissionSchemaFor(q: FormRules) {
  const answerShape: Record<string, z.ZodMiniType<unknown>> = {};
  for (const item of q.factors.flatMap((f) => f.items)) {
    const value = item.allowNa ? z.union([scaleValue(), z.literal('na')], { error: answerError(true) }) : scaleValue();
    answerShape[item.code] = item.required ? value : z.optional(value);
  }
  const fieldCodes = q.fields.map((f) => f.code);
  const exp = q.expectations;
  const profileShape: Record<string, z.ZodMiniType<unknown>> = {};
  for (const p of [...q.profile.citizen, ...q.profile.organization]) profileShape[p.code] = z.optional(z.enum(codes(p.options)));
  return z
    .extend(submissionSchema, {
      answers: z.strictObject(answerShape),
      field: z.optional(z.enum(fieldCodes.length > 0 ? (fieldCodes as [string, ...string[]]) : ['-'])),
      comment: z.optional(shortText(maxCommentLength)),
      expectations: exp ? z.optional(z.partialRecord(z.enum(codes(exp.items)), z.enum(codes(exp.levels)))) : z.optional(z.strictObject({})),
      profile: z.optional(z.strictObject(profileShape)),
    })
    .check(
      z.superRefine((s, ctx) => {
        // A citizen is not asked the organisation's questions, and the other way round.
        const asked = new Set(q.profile[s.respondentType].map((p) => p.code));
        for (const key of Object.keys(s.profile ?? {})) {
          if (!asked.has(key)) {
            ctx.addIssue({
              code: 'custom',
              path: ['profile', key],
              message: `not asked of respondent type ${s.respondentType}`,
              input: key,
            });
          }
        }
      }),
    );
}

function scaleValue() {
  return z.int({ error: answerError(false) }).check(z.gte(lowestLevel), z.lte(highestLevel));
}

function answerError(allowNa: boolean) {
  return (issue: { input?: unknown }) => {
    if (issue.input === undefined) return 'this item needs an answer';
    if (issue.input === 'na' && !allowNa) return '"not applicable" is not offered for this item';
    const levels = `${lowestLevel} to ${highestLevel}`;
    return allowNa ? `expected ${levels} or "na"` : `expected ${levels}`;
  };
}

function codes(options: { code: string }[]): [string, ...string[]] {
  return options.map((o) => o.code) as [string, ...string[]];
}
