// The survey's logic, kept out of components: the steps, what is missing, the submission itself.
import type { Lang, LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import type { AnswerValue, Submission } from '@sipas/api/shared/response';

export type LocalizedFactor = LocalizedQuestionnaire['factors'][number];
export type LocalizedItem = LocalizedFactor['items'][number];
export type ChoiceQuestion = LocalizedQuestionnaire['profile']['citizen'][number];
export type RespondentType = Submission['respondentType'];
export type Answers = Record<string, AnswerValue>;
export type Choices = Record<string, string>;

/** From the shared constants, which have no zod: the first download stays small. */
export { maxCommentLength } from '@sipas/api/shared/limits';

/** Who may answer, in the questionnaire's order: its profile has one list of questions per type. */
export function respondentTypesOf(q: LocalizedQuestionnaire): RespondentType[] {
  return Object.keys(q.profile) as RespondentType[];
}

/** What the respondent has entered so far; it survives Back, Next and a change of language. */
export interface Draft {
  /** Given when the respondent starts (chooses who they are), with the version they answer. */
  id: string | undefined;
  version: number | undefined;
  respondentType: RespondentType | undefined;
  answers: Answers;
  profile: Choices;
  expectations: Choices;
  /** The field of the procedure, or '' when none is chosen. */
  field: string;
  comment: string;
  /** The honeypot: people never see it, so anything in it was typed by a bot. */
  website: string;
}

export function newDraft(): Draft {
  return {
    id: undefined,
    version: undefined,
    respondentType: undefined,
    answers: {},
    profile: {},
    expectations: {},
    field: '',
    comment: '',
    website: '',
  };
}

/** Choosing who answers starts the response: it then gets its id and keeps the version on screen. */
export function startDraft(draft: Draft, respondentType: RespondentType, version: number, newId: () => string): Draft {
  // Profile questions differ by respondent type: answers to the other type's questions would be refused.
  const profile = draft.respondentType === respondentType ? draft.profile : {};
  return { ...draft, id: draft.id ?? newId(), version: draft.version ?? version, respondentType, profile };
}

/**
 * Few steps, because every extra tap loses respondents at a counter: the rating pages (the first one
 * also asks who answers; short factors share a page), the optional questions about the respondent
 * and their expectations (one tap skips them), then the review with the field and the comment.
 */
export type Step =
  { kind: 'rating'; factors: LocalizedFactor[]; asksWho: boolean } | { kind: 'about'; questions: ChoiceQuestion[] } | { kind: 'review' };

/** A factor of at most this many statements shares its page with the next such factor. */
const shortFactor = 3;

export function stepsOf(q: LocalizedQuestionnaire, type: RespondentType | undefined): Step[] {
  const pages: LocalizedFactor[][] = [];
  for (const factor of q.factors) {
    const last = pages.at(-1);
    if (last?.length === 1 && last[0]!.items.length <= shortFactor && factor.items.length <= shortFactor) last.push(factor);
    else pages.push([factor]);
  }
  const profile = q.profile[type ?? 'citizen'];
  return [
    ...pages.map((factors, i): Step => ({ kind: 'rating', factors, asksWho: i === 0 })),
    ...(profile.length > 0 || q.expectations ? [{ kind: 'about', questions: profile } as const] : []),
    { kind: 'review' },
  ];
}

/** The index of the step that asks a statement (or who answers, for 'respondent'). */
export function stepOfItem(steps: Step[], code: string): number {
  const index = steps.findIndex(
    (s) => s.kind === 'rating' && (code === 'respondent' ? s.asksWho : s.factors.some((f) => f.items.some((i) => i.code === code))),
  );
  return Math.max(index, 0);
}

/** Codes of the required statements of some factors that have no answer yet, in page order. */
export function missingItems(factors: LocalizedFactor[], answers: Answers): string[] {
  return factors
    .flatMap((f) => f.items)
    .filter((item) => item.required && answers[item.code] === undefined)
    .map((item) => item.code);
}

/** Drops what a reloaded questionnaire no longer has (the API would reject it). */
export function fitDraftTo(q: LocalizedQuestionnaire & { version: number }, draft: Draft): Draft {
  const known = new Set(q.factors.flatMap((f) => f.items.map((i) => i.code)));
  const answers = Object.fromEntries(Object.entries(draft.answers).filter(([code]) => known.has(code)));
  const field = q.fields.some((f) => f.code === draft.field) ? draft.field : '';
  const asked = q.profile[draft.respondentType ?? 'citizen'];
  const profile = keepKnown(draft.profile, (code, value) => asked.some((p) => p.code === code && p.options.some((o) => o.code === value)));
  const exp = q.expectations;
  const expectations = keepKnown(
    draft.expectations,
    (code, value) => !!exp?.items.some((i) => i.code === code) && !!exp.levels.some((l) => l.code === value),
  );
  // A started response keeps its version, unless the form now on screen is another one.
  const version = draft.version === undefined ? undefined : q.version;
  return { ...draft, version, answers, field, profile, expectations };
}

function keepKnown(choices: Choices, known: (code: string, value: string) => boolean): Choices {
  return Object.fromEntries(Object.entries(choices).filter(([code, value]) => known(code, value)));
}

/** What is sent: the shared submission, plus the kiosk's completion time and the honeypot. */
export type Outgoing = Submission & { completedAt?: string; website?: string };

export interface Origin {
  servicePoint: string;
  channel: 'qr' | 'kiosk';
  lang: Lang;
  /** When the respondent pressed send; only kiosks report it. */
  completedAt?: string;
}

/** The body to send, or the step to go back to. The API's schema checks it again in submission-check.ts. */
export function toSubmission(draft: Draft, origin: Origin): { ok: true; body: Outgoing } | { ok: false; step: 'respondent' } {
  if (!draft.id || !draft.respondentType || draft.version === undefined) return { ok: false, step: 'respondent' };
  const comment = draft.comment.trim();
  const website = draft.website.trim();
  return {
    ok: true,
    body: {
      id: draft.id,
      servicePoint: origin.servicePoint,
      questionnaireVersion: draft.version,
      respondentType: draft.respondentType,
      channel: origin.channel,
      lang: origin.lang,
      answers: draft.answers,
      ...(draft.field ? { field: draft.field } : {}),
      ...(Object.keys(draft.profile).length > 0 ? { profile: draft.profile } : {}),
      ...(Object.keys(draft.expectations).length > 0 ? { expectations: draft.expectations } : {}),
      ...(comment ? { comment } : {}),
      ...(origin.completedAt ? { completedAt: origin.completedAt } : {}),
      ...(website ? { website: website.slice(0, 200) } : {}),
    },
  };
}

/** The index of the step where a schema issue at `path` can be fixed. */
export function stepOfIssue(steps: Step[], path: readonly PropertyKey[]): number {
  const [top, code] = path;
  if (top === 'answers') return stepOfItem(steps, String(code));
  if (top === 'profile' || top === 'expectations')
    return Math.max(
      steps.findIndex((s) => s.kind === 'about'),
      0,
    );
  if (top === 'field' || top === 'comment') return steps.length - 1;
  return stepOfItem(steps, 'respondent');
}

/** The service point code from an address like /s/DEMO-01 (a QR code's target). */
export function servicePointCodeOf(pathname: string): string | undefined {
  const match = /^\/s\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

/** The kiosk key from an address like /k/3f9c… (the tablet's start page). */
export function kioskKeyOf(pathname: string): string | undefined {
  const match = /^\/k\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

export function langOf(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'vi';
}
