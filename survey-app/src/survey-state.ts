// The survey's logic, kept out of components: the steps, what is missing, the submission itself.
import type { Lang, LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import { submissionSchemaFor, type AnswerValue, type Submission } from '@sipas/api/shared/response';
import type { Form } from './api';

export type LocalizedFactor = LocalizedQuestionnaire['factors'][number];
export type LocalizedItem = LocalizedFactor['items'][number];
export type RespondentType = Submission['respondentType'];
export type Answers = Record<string, AnswerValue>;

/** What the respondent has entered so far; it survives Back, Next and a change of language. */
export interface Draft {
  id: string;
  respondentType: RespondentType | undefined;
  answers: Answers;
  /** The field of the procedure, or '' when none is chosen. */
  field: string;
  comment: string;
}

export function newDraft(id: string): Draft {
  return { id, respondentType: undefined, answers: {}, field: '', comment: '' };
}

/** Step 0 asks who is answering, then one step per factor, then the field and the comment. */
export type Step = { kind: 'respondent' } | { kind: 'factor'; factor: LocalizedFactor } | { kind: 'final' };

export function stepCount(q: LocalizedQuestionnaire): number {
  return q.factors.length + 2;
}

export function stepAt(q: LocalizedQuestionnaire, index: number): Step {
  if (index <= 0) return { kind: 'respondent' };
  const factor = q.factors[index - 1];
  return factor ? { kind: 'factor', factor } : { kind: 'final' };
}

/** Codes of the required statements of a factor that have no answer yet, in page order. */
export function missingItems(factor: LocalizedFactor, answers: Answers): string[] {
  return factor.items.filter((item) => item.required && answers[item.code] === undefined).map((item) => item.code);
}

/** Drops answers and a field that a reloaded questionnaire no longer has (the API would reject them). */
export function fitDraftTo(q: LocalizedQuestionnaire, draft: Draft): Draft {
  const known = new Set(q.factors.flatMap((f) => f.items.map((i) => i.code)));
  const answers = Object.fromEntries(Object.entries(draft.answers).filter(([code]) => known.has(code)));
  const field = q.fields.some((f) => f.code === draft.field) ? draft.field : '';
  return { ...draft, answers, field };
}

export type Prepared = { ok: true; submission: Submission } | { ok: false; step: number };

/** Builds the submission and checks it with the API's own schema; on failure, names the step to fix. */
export function prepareSubmission(draft: Draft, form: Form, lang: Lang): Prepared {
  const q = form.questionnaire;
  if (!draft.respondentType) return { ok: false, step: 0 };
  const comment = draft.comment.trim();
  const submission: Submission = {
    id: draft.id,
    servicePoint: form.servicePoint.code,
    questionnaireVersion: q.version,
    respondentType: draft.respondentType,
    channel: 'qr',
    lang,
    answers: draft.answers,
    field: draft.field || undefined,
    comment: comment || undefined,
  };
  const result = submissionSchemaFor(q).safeParse(submission);
  if (result.success) return { ok: true, submission };
  return { ok: false, step: stepOfIssue(q, result.error.issues[0]?.path ?? []) };
}

function stepOfIssue(q: LocalizedQuestionnaire, path: readonly PropertyKey[]): number {
  const [top, code] = path;
  if (top === 'respondentType') return 0;
  const factor = top === 'answers' ? q.factors.findIndex((f) => f.items.some((i) => i.code === code)) : -1;
  return factor >= 0 ? factor + 1 : stepCount(q) - 1;
}

/**
 * Whether two submissions say the same thing apart from their id. A resend of the same content
 * keeps its id, so a lost acknowledgement cannot store it twice; changed content needs a new id.
 */
export function sameContent(a: Submission, b: Submission): boolean {
  const content = (s: Submission) => JSON.stringify({ ...s, id: '', answers: Object.entries(s.answers).sort() });
  return content(a) === content(b);
}

/** The service point code from an address like /s/DEMO-01 (a QR code's target). */
export function servicePointCodeOf(pathname: string): string | undefined {
  const match = /^\/s\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

export function langOf(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'vi';
}
