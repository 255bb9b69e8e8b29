import { type Context, Hono } from 'hono';
import { ApiError, invalidInput } from '../errors';
import type { AppEnv } from '../context';
import { referenceOf } from '../shared/reference';
import type { Submission } from '../shared/response';
import { readJson } from '../validate';
import { hasLaterOrNearbyResponse } from '../kiosks/queries';
import { requireKiosk } from '../kiosks/require-kiosk';
import { parseSubmission, submissionTarget } from './parse';
import { findResponse, type StoredResponse } from './queries';
import { contentColumns } from './score';

export const maxBodyBytes = 16 * 1024;
const bodyLimit = { bytes: maxBodyBytes, message: `The body is over ${maxBodyBytes} bytes.` };

/** How far ahead of the server's clock a kiosk's completedAt may be: clock skew. */
export const maxClockSkewMs = 5 * 60 * 1000;
/** How long a kiosk may hold a response in its outbox: completedAt at most this far in the past. */
export const offlineWindowDays = 7;

export const responses = new Hono<AppEnv>().post('/', async (c) => {
  const { db, questionnaires, submissionContexts } = c.var.deps;
  const body = await readJson(c, bodyLimit);

  // Context: the counter, the open period and the version whose schema the body is checked against.
  const target = submissionTarget(body);
  const context = await submissionContexts.read(target.servicePoint);
  const versionId = target.questionnaireVersion ?? context.activeVersion;
  // Only the active version or one active before (a form loaded before the switch): never one imported and not yet in use.
  const answered = versionId === null || !context.answerableVersions.includes(versionId) ? undefined : await questionnaires.get(versionId);

  // Parse: every invalid field named, an unknown counter 404.
  const { submission, servicePoint, version, digest, honeypot } = parseSubmission(body, answered, context.servicePoint);

  // Honeypot: a bot gets what a person would, and nothing is stored.
  if (honeypot && context.period) {
    return c.json(receipt({ id: submission.id, digest, period: context.period.code, receivedAt: c.var.deps.now() }), 201);
  }

  // Kiosk: its key, its counter and its minimum interval.
  const kiosk = await kioskCheck(c, submission, servicePoint.id);

  // Write (or replay the receipt of an earlier write of the same content).
  if (!context.period) {
    // A resend after a lost acknowledgement still gets its receipt once the period has closed.
    const earlier = await findResponse(db, submission.id);
    if (earlier) return replayed(c, earlier, digest);
    throw new ApiError(409, 'no_open_period', 'No survey period is open at the moment.');
  }
  const receivedAt = await c.var.deps.responseWriter.write({
    id: submission.id,
    service_point_id: servicePoint.id,
    period_id: context.period.id,
    questionnaire_version_id: version.id,
    channel: submission.channel,
    lang: submission.lang,
    ...contentColumns(version.definition, submission),
    digest,
    kiosk_id: kiosk?.id ?? null,
    completed_at: kiosk ? submission.completedAt : null,
  });
  if (receivedAt) return c.json(receipt({ id: submission.id, digest, period: context.period.code, receivedAt }), 201);
  const stored = await findResponse(db, submission.id);
  if (!stored) throw new Error(`response ${submission.id} conflicted but cannot be found`);
  return replayed(c, stored, digest);
});

/**
 * Submissions from a kiosk carry its key in x-kiosk-key: the key must be valid and not
 * revoked, must belong to the counter, and two of its responses must be completed at least
 * the kiosk's minimum interval apart.
 */
async function kioskCheck(c: Context<AppEnv>, submission: Submission, servicePointId: number) {
  const key = c.req.header('x-kiosk-key');
  if (!key) {
    if (submission.channel === 'kiosk')
      throw invalidInput([{ path: 'channel', message: 'the kiosk channel needs the x-kiosk-key header' }]);
    return undefined;
  }
  const kiosk = await requireKiosk(c, key.slice(0, 100));
  const issues = [];
  if (submission.channel !== 'kiosk') issues.push({ path: 'channel', message: 'a kiosk submits on the kiosk channel' });
  if (kiosk.servicePointId !== servicePointId) issues.push({ path: 'servicePoint', message: 'this kiosk belongs to another counter' });
  const completedAt = submission.completedAt ? new Date(submission.completedAt) : undefined;
  const now = c.var.deps.now().getTime();
  if (!completedAt) issues.push({ path: 'completedAt', message: 'a kiosk sends the time the response was completed' });
  else if (completedAt.getTime() > now + maxClockSkewMs)
    issues.push({ path: 'completedAt', message: `is more than ${maxClockSkewMs / 60_000} minutes ahead of the server's clock` });
  else if (completedAt.getTime() < now - offlineWindowDays * 86_400_000)
    issues.push({ path: 'completedAt', message: `is more than ${offlineWindowDays} days in the past` });
  if (issues.length || !completedAt) throw invalidInput(issues);
  if (await hasLaterOrNearbyResponse(c.var.deps.db, kiosk.id, completedAt, kiosk.minIntervalSeconds, submission.id)) {
    throw new ApiError(429, 'kiosk_too_soon', `This kiosk accepts one response every ${kiosk.minIntervalSeconds} seconds.`);
  }
  return kiosk;
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
