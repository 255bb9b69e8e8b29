// zod at the edge: every failed check answers with the error envelope and each issue named.
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import { z, type ZodType } from 'zod';
import { ApiError, invalidInput, toIssues } from './errors';

export function valid<T extends ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw invalidInput(toIssues(result.error.issues));
  });
}

/** Parses a JSON body, answering malformed JSON with the envelope rather than a bare 400. */
export async function readJson(req: { json: () => Promise<unknown> }): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
  }
}

/** An id in a path or a query: a positive PostgreSQL integer (a larger one would fail in the database, as a 500). */
export const idInUrl = z.coerce.number().int().positive().max(2_147_483_647);
