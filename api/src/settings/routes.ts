// GET /api/admin/settings: what the report's header and signature block print (any signed-in user
// reads it, since every report prints it); PUT: the whole set, by a province administrator, audited.
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../audit/record';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../context';
import { valid } from '../validate';
import { findProvinceSettings, lockProvinceSettings, type ProvinceSettings, updateProvinceSettings } from './queries';

/** A line of the header: trimmed; an empty one means "not set" (the report then prints dots). */
const line = (max: number) =>
  z
    .string()
    .max(max)
    .nullable()
    .transform((s) => (s === null || s.trim() === '' ? null : s.trim()));

const settingsBody = z.strictObject({
  parentBody: line(120),
  issuingBody: line(120),
  // The part after "BC-" in "Số: …/BC-SNV": letters, digits and hyphens, as the decree writes symbols.
  symbol: z
    .string()
    .max(30)
    .regex(/^[\p{L}\d-]*$/u, 'letters, digits and hyphens only, e.g. SNV')
    .nullable()
    .transform((s) => (s === null || s === '' ? null : s)),
  place: line(60),
  signerAuthority: line(80),
  signerPosition: line(80),
  signerName: line(80),
  recipients: z.array(z.string().trim().min(1).max(200)).max(30),
}) satisfies z.ZodType<ProvinceSettings, unknown>;

export const settingsRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ settings: await findProvinceSettings(c.var.deps.db) }))
  .put('/', requireRole('province_admin'), valid('json', settingsBody), async (c) => {
    const next = c.req.valid('json');
    const { db, now } = c.var.deps;
    const at = now();
    await db.transaction().execute(async (trx) => {
      const before = await lockProvinceSettings(trx);
      await updateProvinceSettings(trx, next, at);
      await recordAudit(trx, c.var.user, { action: 'update', entity: 'province_settings', entityId: null, before, after: next }, at);
    });
    return c.json({ settings: await findProvinceSettings(db) });
  });
