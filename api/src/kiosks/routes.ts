// What a kiosk tablet calls with its key: its form and a heartbeat for the staff's overview.
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../errors';
import type { AppEnv } from '../context';
import { formFor } from '../forms/routes';
import { valid } from '../validate';
import { findKioskByKey, type Kiosk, recordHeartbeat } from './queries';

const params = z.object({ key: z.string().min(20).max(100) });

export const revokedError = () =>
  new ApiError(403, 'kiosk_revoked', 'This kiosk has been revoked. Please ask the office for a new kiosk link.');

/** The kiosk of a key; unknown → 404, revoked → 403. */
export async function requireKiosk(c: { var: AppEnv['Variables'] }, key: string): Promise<Kiosk> {
  const kiosk = await findKioskByKey(c.var.deps.db, key);
  if (!kiosk) throw new ApiError(404, 'not_found', 'No kiosk has this key.');
  if (kiosk.revoked) throw revokedError();
  return kiosk;
}

export const kiosk = new Hono<AppEnv>()
  .get('/:key/form', valid('param', params), valid('query', z.object({ lang: z.enum(['vi', 'en']).default('vi') })), async (c) => {
    const k = await requireKiosk(c, c.req.valid('param').key);
    const form = await formFor(c.var.deps, k.servicePointCode, c.req.valid('query').lang);
    return c.json({ ...form, kiosk: { name: k.name, idleSeconds: k.idleSeconds, minIntervalSeconds: k.minIntervalSeconds } });
  })
  .post('/:key/heartbeat', valid('param', params), valid('json', z.object({ queued: z.number().int().min(0).max(100_000) })), async (c) => {
    const k = await requireKiosk(c, c.req.valid('param').key);
    await recordHeartbeat(c.var.deps.db, k.id, c.req.valid('json').queued);
    return c.body(null, 204);
  });
