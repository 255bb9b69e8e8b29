// npm run kiosk:issue -- --service-point DEMO-01 --name "Quầy 1" [--idle-seconds 30] [--min-interval 10]
// npm run kiosk:revoke -- --id 3
// Issues or revokes a kiosk key from the command line (the same rules as the admin API).
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { recordAudit, systemActor } from '../audit/record';
import { findActiveServicePoint } from '../forms/queries';
import { insertKiosk, keyHash, revokeKiosk } from '../kiosks/queries';
import { openCliDatabase } from './open-db';

const { values } = parseArgs({
  options: {
    'service-point': { type: 'string' },
    name: { type: 'string' },
    'idle-seconds': { type: 'string' },
    'min-interval': { type: 'string' },
    id: { type: 'string' },
    revoke: { type: 'boolean', default: false },
  },
});
const { db, close } = await openCliDatabase();
try {
  if (values.revoke) {
    const id = Number(values.id);
    if (!Number.isInteger(id)) throw new Error('--id is the kiosk number to revoke');
    const at = new Date();
    // Audited as the admin API's revoke is, by "(system)": the command line has no signed-in user.
    await db.transaction().execute(async (trx) => {
      const revoked = await revokeKiosk(trx, id, at);
      if (!revoked) throw new Error(`no active kiosk ${id}`);
      const before = { name: revoked.name, revokedAt: null };
      const after = { name: revoked.name, revokedAt: at.toISOString() };
      await recordAudit(trx, systemActor, { action: 'revoke', entity: 'kiosk', entityId: id, before, after }, at);
    });
    console.log(`kiosk ${id} revoked: it can no longer load the survey or send responses`);
  } else {
    const code = values['service-point'];
    const name = values.name?.trim();
    const idleSeconds = values['idle-seconds'] === undefined ? undefined : Number(values['idle-seconds']);
    const minIntervalSeconds = values['min-interval'] === undefined ? undefined : Number(values['min-interval']);
    if (!code || !name) throw new Error('--service-point CODE and --name "…" are needed');
    if (idleSeconds !== undefined && !(Number.isInteger(idleSeconds) && idleSeconds >= 3 && idleSeconds <= 600))
      throw new Error('--idle-seconds takes 3 to 600');
    if (
      minIntervalSeconds !== undefined &&
      !(Number.isInteger(minIntervalSeconds) && minIntervalSeconds >= 0 && minIntervalSeconds <= 3600)
    )
      throw new Error('--min-interval takes 0 to 3600');
    const point = await findActiveServicePoint(db, code);
    if (!point) throw new Error(`no active service point has the code ${code}`);
    const key = randomBytes(32).toString('base64url');
    const settings = { name, servicePoint: point.code, idleSeconds: idleSeconds ?? 30, minIntervalSeconds: minIntervalSeconds ?? 10 };
    const { id } = await db.transaction().execute(async (trx) => {
      const kiosk = await insertKiosk(trx, { servicePointId: point.id, name, keyHash: keyHash(key), idleSeconds, minIntervalSeconds });
      await recordAudit(trx, systemActor, { action: 'create', entity: 'kiosk', entityId: kiosk.id, after: settings }, new Date());
      return kiosk;
    });
    console.log(`kiosk ${id} "${name}" at ${point.code}. Open this on the tablet (shown once, keep it private):\n  /k/${key}`);
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await close();
}
