// Issuing and revoking kiosk keys (province administrators).
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../errors';
import type { AppEnv } from '../context';
import { findActiveServicePoint } from '../forms/queries';
import { valid } from '../validate';
import { insertKiosk, keyHash, listKiosks, revokeKiosk } from './queries';

const newKiosk = z.object({
  servicePoint: z.string().min(1).max(32),
  name: z.string().trim().min(1).max(100),
  idleSeconds: z.number().int().min(3).max(600).optional(),
  minIntervalSeconds: z.number().int().min(0).max(3600).optional(),
});

export const kioskAdmin = new Hono<AppEnv>()
  .use(async (c, next) => {
    if (c.var.user.role !== 'province_admin') throw new ApiError(403, 'forbidden', 'Only a province administrator manages kiosks.');
    await next();
  })
  .get('/', async (c) => c.json({ kiosks: await listKiosks(c.var.deps.db) }))
  .post('/', valid('json', newKiosk), async (c) => {
    const body = c.req.valid('json');
    const servicePoint = await findActiveServicePoint(c.var.deps.db, body.servicePoint);
    if (!servicePoint) throw new ApiError(404, 'not_found', `No active service point has the code ${body.servicePoint}.`);
    // 32 random bytes: the key is the kiosk's only credential, shown here once.
    const key = randomBytes(32).toString('base64url');
    const { id, createdAt } = await insertKiosk(c.var.deps.db, { ...body, servicePointId: servicePoint.id, keyHash: keyHash(key) });
    return c.json(
      {
        id, key, path: `/k/${key}`, name: body.name, servicePoint: servicePoint.code,
        idleSeconds: body.idleSeconds ?? 30, minIntervalSeconds: body.minIntervalSeconds ?? 10, createdAt,
      },
      201,
    );
  })
  .post('/:id/revoke', valid('param', z.object({ id: z.coerce.number().int().positive() })), async (c) => {
    if (!(await revokeKiosk(c.var.deps.db, c.req.valid('param').id))) {
      throw new ApiError(404, 'not_found', 'No active kiosk has this id.');
    }
    return c.body(null, 204);
  });
