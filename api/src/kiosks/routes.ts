// What a kiosk tablet calls with its key: its form and a heartbeat for the staff's overview.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../context';
import { formFor } from '../forms/form';
import { valid } from '../validate';
import { recordHeartbeat } from './queries';
import { requireKiosk } from './require-kiosk';

const params = z.object({ key: z.string().min(20).max(100) });

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
