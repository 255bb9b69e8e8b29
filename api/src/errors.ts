// The one error envelope: { error: { code, message, issues? } }.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every `code` the API answers with; the admin app names its messages by them. */
export type ErrorCode =
  // the request
  | 'invalid_input'
  | 'invalid_json'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'not_found'
  | 'http_error'
  | 'rate_limited'
  // the session and its rights
  | 'invalid_credentials'
  | 'unauthenticated'
  | 'csrf_failed'
  | 'forbidden'
  | 'out_of_scope'
  | 'sign_in_throttled'
  | 'own_account'
  | 'last_admin'
  | 'username_taken'
  // kiosks and submissions
  | 'kiosk_revoked'
  | 'kiosk_too_soon'
  | 'id_conflict'
  | 'no_open_period'
  | 'period_closed'
  | 'no_active_questionnaire'
  | 'service_point_inactive'
  // units, counters and their printouts
  | 'code_taken'
  | 'cycle'
  | 'parent_inactive'
  | 'root_immovable'
  | 'root_required'
  | 'unit_in_use'
  | 'unit_inactive'
  | 'nothing_to_print'
  | 'public_base_url_unset'
  // periods, questionnaires, reports
  | 'already_open'
  | 'another_period_open'
  | 'invalid_transition'
  | 'not_open'
  | 'period_exists'
  | 'period_not_closed'
  | 'version_exists'
  | 'no_expectations'
  // paper sheets
  | 'entry_mismatch'
  | 'entry_same_person'
  | 'sheet_verified'
  | 'sheet_disputed'
  | 'not_disputed'
  | 'paper_outstanding'
  // data quality
  | 'not_flagged'
  | 'already_excluded'
  // the server
  | 'conflict'
  | 'not_built'
  | 'unavailable'
  | 'database_unavailable'
  | 'internal_error';

export interface Issue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
  }
}

export function toIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Issue[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

export function invalidInput(issues: Issue[], message = 'The request has invalid fields.'): ApiError {
  return new ApiError(400, 'invalid_input', message, issues);
}

export function errorBody(code: ErrorCode, message: string, issues?: Issue[]) {
  return { error: issues ? { code, message, issues } : { code, message } };
}

export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return c.json(errorBody(err.code, err.message, err.issues), err.status);
  if (err instanceof HTTPException) {
    if (err.status === 413) return c.json(errorBody('payload_too_large', 'The request body is too large.'), 413);
    if (err.status === 400) return c.json(errorBody('invalid_input', err.message || 'The request is malformed.'), 400);
    return c.json(errorBody('http_error', err.message || 'The request could not be handled.'), err.status);
  }
  if (isDatabaseUnavailable(err)) return databaseUnavailable(c, err);
  if (isUniqueViolation(err)) return c.json(errorBody('conflict', 'That already exists.'), 409);
  // The database's guard on closed periods (migration 2026-11-24T1006): a submission that read the
  // period as open just before it was closed.
  if (isClosedPeriodViolation(err)) return c.json(errorBody('period_closed', 'The survey period closed while this was being saved.'), 409);
  console.error(`${c.req.method} ${c.req.path} failed:`, err);
  return c.json(errorBody('internal_error', 'Something went wrong on our side. Please try again.'), 500);
}

/** Seconds a client is asked to wait before trying again while the database is away. */
export const retryAfterSeconds = 5;

/**
 * A lost or unreachable database is a passing state, not a bug: 503 with Retry-After, so phones and
 * kiosks keep the response in their outbox and send it again; the pool reconnects by itself.
 */
export function databaseUnavailable(c: Context, err: unknown): Response {
  console.error(`${c.req.method} ${c.req.path}: the database is unavailable: ${(err as Error).message}`);
  c.header('retry-after', String(retryAfterSeconds));
  return c.json(errorBody('database_unavailable', 'The database is unavailable at the moment. Please try again shortly.'), 503);
}

// Network errors of the socket to PostgreSQL.
const socketErrors = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// node-postgres reports these as plain Errors without a code.
const poolMessages =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated unexpectedly)/;

/**
 * The database went away, cannot be reached or is too busy to answer in time: a refused or broken
 * socket, the pool's connect timeout, an administrator or a crash ending the session (57P01/57P02), a
 * server starting up (57P03), any connection exception (class 08), the server out of resources
 * (class 53: too many connections, disk full, out of memory) or a statement cancelled by the
 * pool's statement_timeout (57014). All pass; none is the request's fault or a bug.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (socketErrors.has(code) || /^(57P0[123]|57014|08...|53...)$/.test(code))) return true;
  if (typeof message === 'string' && poolMessages.test(message)) return true;
  // An AggregateError (a host with several addresses refusing each) carries the socket errors inside.
  return err instanceof AggregateError && err.errors.some(isDatabaseUnavailable);
}

export function handleNotFound(c: Context): Response {
  return c.json(errorBody('not_found', `Nothing at ${c.req.method} ${c.req.path}.`), 404);
}

export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}

export function isClosedPeriodViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { hint?: unknown }).hint === 'period_closed';
}
