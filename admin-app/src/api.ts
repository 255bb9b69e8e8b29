// The one way this app calls the API, and the session's calls. The bodies' types come from the
// API itself (@sipas/api/types).
import type { ErrorCode, Issue, Me, User } from '@sipas/api/types';

/** The API's error codes, and network_error: the server could not be reached (status 0). */
export type FailureCode = ErrorCode | 'network_error';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: FailureCode,
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
  }
}

interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: Issue[] };
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

// The session's CSRF token (from sign-in or /me), sent with every change.
let csrfToken = '';
// Called when the server says the session is gone, so the app can show the sign-in page.
let onSessionEnded: () => void = () => {};

export function whenSessionEnds(handler: () => void): void {
  onSessionEnded = handler;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The one way this app calls the API. Throws ApiError for any non-2xx answer (status 0: the
 * server could not be reached); a body string is sent as text/csv, anything else as JSON.
 */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (body !== undefined) headers['content-type'] = typeof body === 'string' ? 'text/csv; charset=utf-8' : 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error', '');
  }
  const json: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
  if (!res.ok) {
    const error = isErrorBody(json)
      ? new ApiError(res.status, json.error.code, json.error.message, json.error.issues)
      : new ApiError(res.status, 'http_error', '');
    if (res.status === 401 && path !== '/api/admin/login' && path !== '/api/admin/me') onSessionEnded();
    throw error;
  }
  return json as T;
}

export async function fetchMe(): Promise<User> {
  const body = await request<Me>('GET', '/api/admin/me');
  csrfToken = body.csrfToken;
  return body.user;
}

export async function signIn(username: string, password: string): Promise<User> {
  const body = await request<Me>('POST', '/api/admin/login', { username, password });
  csrfToken = body.csrfToken;
  return body.user;
}

export async function signOut(): Promise<void> {
  await request<undefined>('POST', '/api/admin/logout');
}
