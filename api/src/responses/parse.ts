// Reading a submission, in two steps because its schema depends on it: first the two fields the
// schema is chosen by (the counter and the questionnaire version), then the whole body against
// the chosen version's schema. Pure: the route looks up what the first step names.
import { digestOf } from '../canonical';
import { ApiError, invalidInput, toIssues } from '../errors';
import type { CachedVersion } from '../questionnaires/cache';
import { submissionSchema, type Submission } from '../shared/response';

export interface SubmissionTarget {
  /** The counter's code as sent ('' when it is missing or not a string); at most 32 characters. */
  servicePoint: string;
  /** The version the respondent answered, when the body names a valid one; otherwise the active version applies. */
  questionnaireVersion: number | undefined;
}

/**
 * The fields read before validation, because the schema depends on them. Anything malformed
 * reads as absent: the full parse then names it.
 */
export function submissionTarget(body: unknown): SubmissionTarget {
  const fields: Record<string, unknown> = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const version = submissionSchema.shape.questionnaireVersion.safeParse(fields.questionnaireVersion);
  return {
    servicePoint: typeof fields.servicePoint === 'string' ? fields.servicePoint.slice(0, 32) : '',
    questionnaireVersion: version.success ? version.data : undefined,
  };
}

export interface ParsedSubmission<P> {
  /** What is stored and digested: the counter's code as stored, the version it was checked against. */
  submission: Submission;
  servicePoint: P;
  version: CachedVersion;
  digest: string;
  /** The honeypot was filled in: a bot. */
  honeypot: boolean;
}

/**
 * The body checked against the version it was answered on (undefined: there is no such
 * version), for the counter the target named (null: no active counter has that code).
 */
export function parseSubmission<P extends { code: string }>(
  body: unknown,
  version: CachedVersion | undefined,
  servicePoint: P | null,
): ParsedSubmission<P> {
  if (!version) throw invalidInput([{ path: 'questionnaireVersion', message: 'no such questionnaire version' }]);
  const parsed = version.submissionSchema.safeParse(body);
  if (!parsed.success) throw invalidInput(toIssues(parsed.error.issues));
  if (!servicePoint) throw new ApiError(404, 'not_found', `No active service point has the code ${parsed.data.servicePoint}.`);
  const { website, ...content } = parsed.data;
  // submissionSchemaFor checked every answer against the version, which its inferred type cannot say.
  const submission = { ...content, servicePoint: servicePoint.code, questionnaireVersion: version.id } as Submission;
  return { submission, servicePoint, version, digest: digestOf(submission), honeypot: Boolean(website) };
}
