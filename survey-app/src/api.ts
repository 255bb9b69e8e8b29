// The two requests the survey makes, and the failures a respondent can be told about.
import type { Lang, LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import type { Submission } from '@sipas/api/shared/response';

export interface Form {
  servicePoint: { code: string; name: string; unit: { id: number; name: string } };
  period: { code: string; startsOn: string; endsOn: string; target: number };
  questionnaire: LocalizedQuestionnaire & { version: number; lang: Lang };
}

export interface Receipt {
  id: string;
  reference: string;
  period: string;
  receivedAt: string;
}

/** What went wrong, in terms the message catalogue can explain. */
export type Failure = 'offline' | 'not_found' | 'no_open_period' | 'invalid' | 'conflict' | 'server';

export class RequestFailed extends Error {
  constructor(readonly failure: Failure) {
    super(failure);
  }
}

export function fetchForm(code: string, lang: Lang): Promise<Form> {
  return request<Form>(`/api/forms/${encodeURIComponent(code)}?lang=${lang}`, { headers: { accept: 'application/json' } });
}

export function postResponse(submission: Submission): Promise<Receipt> {
  return request<Receipt>('/api/responses', {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(submission),
  });
}

/** The API is ours and speaks the shapes above, so a 2xx body is trusted rather than parsed again. */
async function request<T>(url: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    throw new RequestFailed('offline');
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (res.ok && body !== undefined) return body as T;
  throw new RequestFailed(failureOf(res.status, errorCode(body)));
}

function errorCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error: unknown = body.error;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function failureOf(status: number, code: string | undefined): Failure {
  if (status === 404) return 'not_found';
  if (code === 'no_open_period' || code === 'no_active_questionnaire') return 'no_open_period';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 413) return 'invalid';
  // A proxy's 502/504 page (or a 200 that is not JSON) means the server cannot be reached properly.
  return 'server';
}
