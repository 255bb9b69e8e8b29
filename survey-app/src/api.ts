// The form the survey loads, and the failures a respondent can be told about.
// Submissions go through the outbox (outbox/sender.ts), which owns their retries.
import type { Lang } from '@sipas/api/shared/questionnaire';
import type { KioskForm, PublicForm } from '@sipas/api/types';

/** A counter's form as the API answers it; a kiosk's form adds the kiosk's settings. */
export type Form = PublicForm & Partial<Pick<KioskForm, 'kiosk'>>;

/** Where the form comes from: a counter's QR code, or a kiosk's key. */
export type Source = { kind: 'qr'; code: string } | { kind: 'kiosk'; key: string };

/** What went wrong, in terms the message catalogue can explain. */
export type Failure = 'offline' | 'not_found' | 'no_open_period' | 'revoked' | 'server';

export class RequestFailed extends Error {
  constructor(readonly failure: Failure) {
    super(failure);
  }
}

export function formUrl(source: Source, lang: Lang): string {
  const path = source.kind === 'qr' ? `/api/forms/${encodeURIComponent(source.code)}` : `/api/kiosk/${encodeURIComponent(source.key)}/form`;
  return `${path}?lang=${lang}`;
}

/** The API is ours and speaks the shape above, so a 2xx body is trusted rather than parsed again. */
export async function fetchForm(source: Source, lang: Lang): Promise<Form> {
  let res: Response;
  try {
    res = await fetch(formUrl(source, lang), { headers: { accept: 'application/json' } });
  } catch {
    throw new RequestFailed('offline');
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (res.ok && body !== undefined) return body as Form;
  throw new RequestFailed(failureOf(res.status, errorCode(body)));
}

/** The code of the API's error envelope, { error: { code, message } }, if the body is one. */
export function errorCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error: unknown = body.error;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function failureOf(status: number, code: string | undefined): Failure {
  if (code === 'kiosk_revoked') return 'revoked';
  if (status === 404) return 'not_found';
  if (code === 'no_open_period' || code === 'no_active_questionnaire') return 'no_open_period';
  // A proxy's 502/504 page (or a 200 that is not JSON) means the server cannot be reached properly;
  // the service worker answers 503 when it has neither network nor a cached copy.
  return status === 503 ? 'offline' : 'server';
}
