// The questionnaire definition: shared by the API (import, seed checks) and the survey app.
// zod/mini keeps this module small enough for the citizen's bundle.
import * as z from 'zod/mini';
import { highestLevel, lowestLevel, scaleLevels } from './scale';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const localized = (max: number) => z.object({ vi: text(max), en: text(max) });
const code = z
  .string()
  .check(z.maxLength(32), z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'a code of letters, digits, - or _ (at most 32)'));
const weight = z._default(z.number().check(z.positive(), z.lte(100)), 1);

const option = z.object({ code, label: localized(200) });

export const itemSchema = z.object({
  code: z.string().check(z.maxLength(6), z.regex(/^[A-Z]{2,4}[0-9]{1,2}$/, 'an item code like TC1')),
  text: localized(500),
  allowNa: z._default(z.boolean(), false),
  required: z._default(z.boolean(), true),
  weight,
});

export const factorSchema = z.object({
  code: z.string().check(z.maxLength(4), z.regex(/^[A-Z]{2,4}$/, 'a factor code like TC')),
  name: localized(200),
  weight,
  items: z.array(itemSchema).check(z.minLength(1), z.maxLength(20)),
});

const choiceQuestion = z.object({
  code,
  label: localized(200),
  options: z.array(option).check(z.minLength(2), z.maxLength(30)),
});

export const questionnaireSchema = z
  .object({
    code: z.string().check(z.maxLength(64), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a version code like SIPAS-2026.1')),
    title: localized(300),
    scale: z
      .array(z.object({ value: z.int().check(z.gte(lowestLevel), z.lte(highestLevel)), label: localized(100) }))
      .check(z.length(scaleLevels.length)),
    naLabel: localized(100),
    factors: z.array(factorSchema).check(z.minLength(1), z.maxLength(10)),
    fields: z.array(option).check(z.maxLength(100)),
    profile: z.object({
      citizen: z.array(choiceQuestion).check(z.maxLength(10)),
      organization: z.array(choiceQuestion).check(z.maxLength(10)),
    }),
    expectations: z.optional(
      z.object({
        prompt: localized(300),
        levels: z.array(option).check(z.minLength(2), z.maxLength(5)),
        items: z.array(option).check(z.minLength(1), z.maxLength(20)),
      }),
    ),
  })
  .check(
    z.refine((q) => unique(q.factors.flatMap((f) => f.items.map((i) => i.code))), {
      message: 'item codes must be unique',
      path: ['factors'],
    }),
    z.refine((q) => unique(q.factors.map((f) => f.code)), { message: 'factor codes must be unique', path: ['factors'] }),
    z.refine((q) => q.scale.every((s, i) => s.value === scaleLevels[i]), {
      message: `the scale must list ${lowestLevel} to ${highestLevel} in order`,
      path: ['scale'],
    }),
  );

export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type Factor = Questionnaire['factors'][number];
export type Item = Factor['items'][number];
export type Lang = 'vi' | 'en';

function unique(values: string[]): boolean {
  return new Set(values).size === values.length;
}

export function allItems(q: Questionnaire): (Item & { factor: string })[] {
  return q.factors.flatMap((f) => f.items.map((i) => ({ ...i, factor: f.code })));
}

type Localized<T> = T extends { vi: string; en: string }
  ? string
  : T extends (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

/** A questionnaire in one language: what the survey app renders. */
export type LocalizedQuestionnaire = Localized<Questionnaire>;

export function localize(q: Questionnaire, lang: Lang): LocalizedQuestionnaire {
  return pick(q, lang) as LocalizedQuestionnaire;
}

function pick(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((v) => pick(v, lang));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.vi === 'string' && typeof record.en === 'string' && Object.keys(record).length === 2) {
    return record[lang];
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, pick(v, lang)]));
}
