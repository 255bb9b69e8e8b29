// The admin API as this app sees it: response types (mirroring api/src/stats) and fetch calls.

export type Verdict = 'met' | 'not_met' | 'inconclusive' | 'insufficient';
export type PeriodStatus = 'draft' | 'open' | 'closed';

export interface User {
  username: string;
  role: string;
  unitId: number | null;
}

/** A share in percent (0..100, two decimals) with its 95% interval and verdict against the target. */
export interface Figure {
  value: number | null;
  ci: [number, number] | null;
  n: number;
  verdict: Verdict;
  moreNeeded: number | null;
}

export interface FactorFigure extends Figure {
  code: string;
}

export interface ItemFigure extends Figure {
  code: string;
  factor: string;
  distribution: Record<'1' | '2' | '3' | '4' | '5' | 'na', number>;
}

export interface Stats {
  /** A half-year like 2026-H1, or a year (both halves). */
  period: string;
  status: PeriodStatus;
  startsOn: string;
  endsOn: string;
  minN: number;
  n: number;
  /** Percent, e.g. 90. */
  target: number;
  index: Figure;
  factors: FactorFigure[];
  items: ItemFigure[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface ErrorBody {
  error: { code: string; message: string };
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

/** Throws ApiError for any non-2xx answer; status 0 means the server could not be reached. */
async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error', '');
  }
  const json: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
  if (!res.ok) {
    if (isErrorBody(json)) throw new ApiError(res.status, json.error.code, json.error.message);
    throw new ApiError(res.status, 'http_error', '');
  }
  return json as T;
}

export async function fetchMe(): Promise<User> {
  return (await request<{ user: User }>('GET', '/api/admin/me')).user;
}

export async function signIn(username: string, password: string): Promise<User> {
  return (await request<{ user: User }>('POST', '/api/admin/login', { username, password })).user;
}

export async function signOut(): Promise<void> {
  await request<undefined>('POST', '/api/admin/logout');
}

export async function fetchStats(period?: string): Promise<Stats> {
  const query = period ? `?period=${encodeURIComponent(period)}` : '';
  return request<Stats>('GET', `/api/admin/stats${query}`);
}
