// Issuing, renaming and revoking kiosk keys (province administrators), each change audited.
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../audit/record';
import { ApiError } from '../errors';
import type { AppEnv } from '../context';
import { findActiveServicePoint } from '../forms/queries';
import { idInUrl, valid } from '../validate';
import { insertKiosk, keyHash, listKiosks, lockKioskName, renameKiosk, revokeKiosk } from './queries';

const name = z.string().trim().min(1).max(100);

const newKiosk = z.object({
  servicePoint: z.string().min(1).max(32),
  name,
  idleSeconds: z.number().int().min(3).max(600).optional(),
  minIntervalSeconds: z.number().int().min(0).max(3600).optional(),
});

const idParam = z.object({ id: idInUrl });

const noKiosk = () => new ApiError(404, 'not_found', 'No kiosk has this id.');

export const kioskAdmin = new Hono<AppEnv>()
  .use(async (c, next) => {
    if (c.var.user.role !== 'province_admin') throw new ApiError(403, 'forbidden', 'Only a province administrator manages kiosks.');
    await next();
  })
  .get('/', async (c) => c.json({ kiosks: await listKiosks(c.var.deps.db, c.var.deps.now()) }))
  .post('/', valid('json', newKiosk), async (c) => {
    const { db, now } = c.var.deps;
    const body = c.req.valid('json');
    const servicePoint = await findActiveServicePoint(db, body.servicePoint);
    if (!servicePoint) throw new ApiError(404, 'not_found', `No active service point has the code ${body.servicePoint}.`);
    // 32 random bytes: the key is the kiosk's only credential, shown here once and never stored
    // (the audit row names the kiosk, not its key or the key's hash).
    const key = randomBytes(32).toString('base64url');
    const settings = {
      name: body.name,
      servicePoint: servicePoint.code,
      idleSeconds: body.idleSeconds ?? 30,
      minIntervalSeconds: body.minIntervalSeconds ?? 10,
    };
    const at = now();
    const { id, createdAt } = await db.transaction().execute(async (trx) => {
      const kiosk = await insertKiosk(trx, { ...body, servicePointId: servicePoint.id, keyHash: keyHash(key) });
      await recordAudit(trx, c.var.user, { action: 'create', entity: 'kiosk', entityId: kiosk.id, after: settings }, at);
      return kiosk;
    });
    return c.json({ id, key, path: `/k/${key}`, ...settings, createdAt }, 201);
  })
  .patch('/:id', valid('param', idParam), valid('json', z.object({ name })), async (c) => {
    const { db, now } = c.var.deps;
    const { id } = c.req.valid('param');
    const { name: renamed } = c.req.valid('json');
    await db.transaction().execute(async (trx) => {
      const current = await lockKioskName(trx, id);
      if (!current) throw noKiosk();
      await renameKiosk(trx, id, renamed);
      await recordAudit(
        trx,
        c.var.user,
        { action: 'update', entity: 'kiosk', entityId: id, before: { name: current.name }, after: { name: renamed } },
        now(),
      );
    });
    const [kiosk] = await listKiosks(db, now(), id);
    return c.json(kiosk!);
  })
  .post('/:id/revoke', valid('param', idParam), async (c) => {
    const { db, now } = c.var.deps;
    const { id } = c.req.valid('param');
    const at = now();
    await db.transaction().execute(async (trx) => {
      const revoked = await revokeKiosk(trx, id, at);
      if (!revoked) throw new ApiError(404, 'not_found', 'No active kiosk has this id.');
      const audit = {
        action: 'revoke',
        entity: 'kiosk',
        entityId: id,
        before: { name: revoked.name, revokedAt: null },
        after: { name: revoked.name, revokedAt: at.toISOString() },
      };
      await recordAudit(trx, c.var.user, audit, at);
    });
    return c.body(null, 204);
  });
