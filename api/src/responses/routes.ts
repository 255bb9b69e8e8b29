import { createHash } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError, invalidInput, toIssues } from '../errors';
import type { AppEnv } from '../context';
import type { QuestionnaireCache } from '../questionnaires/cache';
import { referenceOf } from '../shared/reference';
import { submissionSchema, type Submission } from '../shared/response';
import { readJson } from '../validate';
import { hasNearbyResponse } from '../kiosks/queries';
import { requireKiosk } from '../kiosks/require-kiosk';
import { findResponse, findSubmissionContext, type StoredResponse } from './queries';
import { scoreAnswers } from './score';

export const maxBodyBytes = 16 * 1024;

export const responses = new Hono<AppEnv>().post(
  '/',
  bodyLimit({ maxSize: maxBodyBytes, onError: () => { throw new ApiError(413, 'payload_too_large', `The body is over ${maxBodyBytes} bytes.`); } }),
  async (c) => {
    const { db, questionnaires } = c.var.deps;
    const body = await readJson(c.req);
    const code = typeof (body as { servicePoint?: unknown } | null)?.servicePoint === 'string' ? (body as { servicePoint: string }).servicePoint : '';
    const context = await findSubmissionContext(db, code.slice(0, 32));
    const version = await questionnaireFor(questionnaires, body, context.activeVersion);
    const parsed = version.submissionSchema.safeParse(body);
    if (!parsed.success) throw invalidInput(toIssues(parsed.error.issues));
    const servicePoint = context.servicePoint;
    if (!servicePoint) throw new ApiError(404, 'not_found', `No active service point has the code ${parsed.data.servicePoint}.`);
    const { website, ...content } = parsed.data;
    const submission = { ...content, servicePoint: servicePoint.code, questionnaireVersion: version.id } as Submission;
    const digest = digestOf(submission);
    if (website && context.period) {
      // The honeypot was filled in: a bot. It gets what a person would, and nothing is stored.
      return c.json(receipt({ id: submission.id, digest, period: context.period.code, receivedAt: c.var.deps.now() }), 201);
    }
    const kiosk = await kioskCheck(c, submission, servicePoint.id);

    if (!context.period) {
      // A resend after a lost acknowledgement still gets its receipt once the period has closed.
      const earlier = await findResponse(db, submission.id);
      if (earlier) return replayed(c, earlier, digest);
      throw new ApiError(409, 'no_open_period', 'No survey period is open at the moment.');
    }
    const scored = scoreAnswers(version.definition, submission.answers);
    const receivedAt = await c.var.deps.responseWriter.write({
      id: submission.id,
      service_point_id: servicePoint.id,
      period_id: context.period.id,
      questionnaire_version_id: version.id,
      respondent_type: submission.respondentType,
      channel: submission.channel,
      lang: submission.lang,
      answers: scored.answers,
      score: scored.score,
      factor_scores: scored.factorScores,
      field: submission.field ?? null,
      profile: submission.profile ? JSON.stringify(submission.profile) : null,
      expectations: submission.expectations ? JSON.stringify(submission.expectations) : null,
      comment: submission.comment?.trim() || null,
      digest,
      kiosk_id: kiosk?.id ?? null,
      completed_at: kiosk ? submission.completedAt : null,
    });
    if (receivedAt) return c.json(receipt({ id: submission.id, digest, period: context.period.code, receivedAt }), 201);
    const stored = await findResponse(db, submission.id);
    if (!stored) throw new Error(`response ${submission.id} conflicted but cannot be found`);
    return replayed(c, stored, digest);
  },
);

/**
 * Submissions from a kiosk carry its key in x-kiosk-key: the key must be valid and not
 * revoked, must belong to the counter, and two of its responses must be completed at least
 * the kiosk's minimum interval apart.
 */
async function kioskCheck(c: Context<AppEnv>, submission: Submission, servicePointId: number) {
  const key = c.req.header('x-kiosk-key');
  if (!key) {
    if (submission.channel === 'kiosk') throw invalidInput([{ path: 'channel', message: 'the kiosk channel needs the x-kiosk-key header' }]);
    return undefined;
  }
  const kiosk = await requireKiosk(c, key.slice(0, 100));
  const issues = [];
  if (submission.channel !== 'kiosk') issues.push({ path: 'channel', message: 'a kiosk submits on the kiosk channel' });
  if (kiosk.servicePointId !== servicePointId) issues.push({ path: 'servicePoint', message: `this kiosk belongs to ${kiosk.servicePointCode}` });
  if (!submission.completedAt) issues.push({ path: 'completedAt', message: 'a kiosk sends the time the response was completed' });
  if (issues.length) throw invalidInput(issues);
  const completedAt = new Date(submission.completedAt!);
  if (await hasNearbyResponse(c.var.deps.db, kiosk.id, completedAt, kiosk.minIntervalSeconds, submission.id)) {
    throw new ApiError(429, 'kiosk_too_soon', `This kiosk accepts one response every ${kiosk.minIntervalSeconds} seconds.`);
  }
  return kiosk;
}

/** The version the respondent answered (clients send it), or the active one. */
async function questionnaireFor(questionnaires: QuestionnaireCache, body: unknown, activeVersion: number | null) {
  const requested = submissionSchema.shape.questionnaireVersion.safeParse((body as { questionnaireVersion?: unknown } | null)?.questionnaireVersion);
  const versionId = (requested.success ? requested.data : undefined) ?? activeVersion;
  const version = versionId === undefined || versionId === null ? undefined : await questionnaires.get(versionId);
  if (!version) throw invalidInput([{ path: 'questionnaireVersion', message: 'no such questionnaire version' }]);
  return version;
}

function replayed(c: Context<AppEnv>, stored: StoredResponse, digest: string) {
  if (stored.digest !== digest) {
    throw new ApiError(409, 'id_conflict', 'A different response was already stored under this id.');
  }
  return c.json(receipt(stored), 200);
}

function receipt(stored: StoredResponse) {
  return { id: stored.id, reference: referenceOf(stored.id), period: stored.period, receivedAt: stored.receivedAt.toISOString() };
}

/** SHA-256 of the content with keys in a fixed order, so a resend of the same answers matches. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
