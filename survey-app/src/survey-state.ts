// The survey's logic, kept out of components: the steps, what is missing, the submission itself.
import type { Lang, LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import type { AnswerValue, Submission } from '@sipas/api/shared/response';

export type LocalizedFactor = LocalizedQuestionnaire['factors'][number];
export type LocalizedItem = LocalizedFactor['items'][number];
export type ChoiceQuestion = LocalizedQuestionnaire['profile']['citizen'][number];
export type RespondentType = Submission['respondentType'];
export type Answers = Record<string, AnswerValue>;
export type Choices = Record<string, string>;

/**
 * The shared schema's limit, repeated because importing it would pull zod into the first download;
 * test/survey-app/survey-state.test.ts keeps the two equal.
 */
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
  return { id: undefined, version: undefined, respondentType: undefined, answers: {}, profile: {}, expectations: {}, field: '', comment: '', website: '' };
}

/** Choosing who answers starts the response: it then gets its id and keeps the version on screen. */
export function startDraft(draft: Draft, respondentType: RespondentType, version: number, newId: () => string): Draft {
  // Profile questions differ by respondent type: answers to the other type's questions would be refused.
  const profile = draft.respondentType === respondentType ? draft.profile : {};
  return { ...draft, id: draft.id ?? newId(), version: draft.version ?? version, respondentType, profile };
}

/**
 * Who answers, one step per factor, the profile questions of that respondent type (if any), the
 * expectations (if the version has them), the field and the comment, then a review before sending.
 */
export type Step =
  | { kind: 'respondent' }
  | { kind: 'factor'; factor: LocalizedFactor }
  | { kind: 'profile'; questions: ChoiceQuestion[] }
  | { kind: 'expectations' }
  | { kind: 'final' }
  | { kind: 'review' };

export function stepsOf(q: LocalizedQuestionnaire, type: RespondentType | undefined): Step[] {
  const profile = q.profile[type ?? 'citizen'];
  return [
    { kind: 'respondent' },
    ...q.factors.map((factor): Step => ({ kind: 'factor', factor })),
    ...(profile.length > 0 ? [{ kind: 'profile', questions: profile } as const] : []),
    ...(q.expectations ? [{ kind: 'expectations' } as const] : []),
    { kind: 'final' },
    { kind: 'review' },
  ];
}

/** Codes of the required statements of a factor that have no answer yet, in page order. */
export function missingItems(factor: LocalizedFactor, answers: Answers): string[] {
  return factor.items.filter((item) => item.required && answers[item.code] === undefined).map((item) => item.code);
}

/** Drops what a reloaded questionnaire no longer has (the API would reject it). */
export function fitDraftTo(q: LocalizedQuestionnaire & { version: number }, draft: Draft): Draft {
  const known = new Set(q.factors.flatMap((f) => f.items.map((i) => i.code)));
  const answers = Object.fromEntries(Object.entries(draft.answers).filter(([code]) => known.has(code)));
  const field = q.fields.some((f) => f.code === draft.field) ? draft.field : '';
  const asked = q.profile[draft.respondentType ?? 'citizen'];
  const profile = keepKnown(draft.profile, (code, value) => asked.some((p) => p.code === code && p.options.some((o) => o.code === value)));
  const exp = q.expectations;
  const expectations = keepKnown(draft.expectations, (code, value) => !!exp?.items.some((i) => i.code === code) && !!exp.levels.some((l) => l.code === value));
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
  const index = steps.findIndex((s) => {
    if (top === 'answers') return s.kind === 'factor' && s.factor.items.some((i) => i.code === code);
    if (top === 'profile') return s.kind === 'profile';
    if (top === 'expectations') return s.kind === 'expectations';
    if (top === 'field' || top === 'comment') return s.kind === 'final';
    return s.kind === 'respondent';
  });
  return Math.max(index, 0);
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
