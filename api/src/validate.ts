// zod at the edge: every failed check answers with the error envelope and each issue named.
// What reaches a route has passed four checks made here, once for every route: the body's size
// (before it is read), its media type, its UTF-8 and its JSON, and text the database and a DOCX
// can hold (no NUL, no control character but tab, line feed and carriage return, no U+FFFE/U+FFFF,
// no lone surrogate) in every string of the body, the path and the query. Such text is refused
// with 400 naming the field, never stripped: what is stored is what was sent.
import { zValidator } from '@hono/zod-validator';
import type { Context, MiddlewareHandler, ValidationTargets } from 'hono';
import { z, type ZodType } from 'zod';
import { type BodyLimit, checkContentLength, defaultBodyLimit, readBody } from './body';
import { ApiError, invalidInput, toIssues, type Issue } from './errors';
import { periodCodePattern } from './shared/periods';

/** Routes with their own, larger, limit (checked in the route): the questionnaire and CSV imports. */
const ownBodyLimit = new Set(['/api/admin/questionnaires', '/api/admin/transactions/import']);

const unstorable =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorableMessage = 'contains a character that cannot be stored (NUL, a control character or a non-character)';

/** True when PostgreSQL, XML and DOCX can all hold the text. */
export function isStorableText(text: string): boolean {
  return !unstorable.test(text);
}

/**
 * The paths of every key or string value in a parsed JSON value that cannot be stored, and of
 * every `__proto__` key (zod drops one silently; it names no field of ours).
 */
export function unstorableIn(value: unknown, path: string[] = []): Issue[] {
  if (typeof value === 'string') return isStorableText(value) ? [] : [{ path: path.join('.'), message: unstorableMessage }];
  if (Array.isArray(value)) return value.flatMap((v, i) => unstorableIn(v, [...path, String(i)]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]): Issue[] => {
    const at = [...path, k].join('.');
    if (k === '__proto__') return [{ path: at, message: 'this key is not allowed' }];
    return isStorableText(k) ? unstorableIn(v, [...path, k]) : [{ path: at, message: unstorableMessage }];
  });
}

/**
 * Every /api request: the body limit, checked on its Content-Length before anything reads the
 * body (a chunked body is counted as it is read, by readBody), and the path and query refused
 * when they hold text that cannot be stored.
 */
export function edgeChecks(): MiddlewareHandler {
  return async (c, next) => {
    checkUrl(c.req.url);
    if (!ownBodyLimit.has(c.req.path.replace(/\/+$/, ''))) checkContentLength(c, defaultBodyLimit);
    return next();
  };
}

/**
 * False when no string parsed from this JSON text can hold what unstorableIn looks for: such a
 * character, or a key `__proto__`, either appears in the text itself or is written with an escape
 * (\u, or \b and \f for two control characters): raw control characters are not valid JSON,
 * and the text is valid UTF-8.
 */
function mayHoldUnstorable(text: string): boolean {
  return /\\[ubf]/.test(text) || text.includes('__proto__') || !isStorableText(text);
}

function checkUrl(href: string): void {
  // Without a percent sign the path and query are what they look like.
  if (!href.includes('%') && isStorableText(href)) return;
  const url = new URL(href);
  const issues: Issue[] = [];
  for (const segment of url.pathname.split('/')) {
    let text: string;
    try {
      text = decodeURIComponent(segment);
    } catch {
      throw invalidInput([{ path: 'path', message: 'is not valid percent-encoded UTF-8' }]);
    }
    if (!isStorableText(text)) issues.push({ path: 'path', message: unstorableMessage });
  }
  for (const [key, value] of url.searchParams) {
    if (!isStorableText(key) || !isStorableText(value)) issues.push({ path: `query.${key}`, message: unstorableMessage });
  }
  if (issues.length) throw invalidInput(issues);
}

const jsonMediaType = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses a JSON body: 415 unless it is sent as JSON, 413 past the route's limit, 400 (the
 * envelope, not a bare 400) for invalid UTF-8, malformed JSON or text that cannot be stored.
 */
export async function readJson(c: Context, limit: BodyLimit = defaultBodyLimit): Promise<unknown> {
  const req = c.req;
  if (!jsonMediaType.test(req.header('content-type') ?? '')) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  const bytes = await readBody(c, limit);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (err) {
    if (err instanceof TypeError) throw new ApiError(400, 'invalid_json', 'The body is not valid UTF-8.');
    throw err;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
  }
  const issues = mayHoldUnstorable(text) ? unstorableIn(body) : [];
  if (issues.length) throw invalidInput(issues);
  // What later reads of the body (the validator) see: the text already checked.
  (req.bodyCache as Record<string, unknown>).text = Promise.resolve(text);
  return body;
}

export function valid<T extends ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  const validator = zValidator(target, schema, (result) => {
    if (!result.success) throw invalidInput(toIssues(result.error.issues));
  });
  if (target !== 'json') return validator;
  return (async (c, next) => {
    await readJson(c);
    return validator(c, next);
  }) as typeof validator;
}

/** The largest PostgreSQL integer (int4): a larger one would fail in the database, as a 500. */
export const maxInt4 = 2_147_483_647;

/** An id in a path or a query: a positive PostgreSQL integer. */
export const idInUrl = z.coerce.number().int().positive().max(maxInt4);

/** A half-year period's code in a query: 2026-H1. */
export const periodCodeInUrl = z.string().regex(periodCodePattern, 'a period code like 2026-H1');

/** Free text from a person: at most max characters. Storable text is checked for the whole body by readJson. */
export const boundedText = (max: number) => z.string().max(max);
