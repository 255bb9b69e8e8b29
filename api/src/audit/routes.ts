// The audit log, read by province administrators: filtered, newest first, a page at a time.
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../context';
import { valid } from '../validate';
import { listAuditEntries } from './queries';

// An empty filter field (?entity=) means "any", as a cleared form field sends it.
const filterText = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => v || undefined);
const day = z.iso.date('Use a date like 2026-07-01.').optional();

const auditQuery = z
  .object({
    entity: filterText,
    username: filterText,
    action: filterText,
    from: day,
    to: day,
    before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'The end date is before the start date.' });

const dayMs = 24 * 60 * 60 * 1000;
// The office reads dates on Vietnam's clock (UTC+7, no daylight saving time).
const startOfDay = (date: string) => new Date(`${date}T00:00:00+07:00`);

export const audit = new Hono<AppEnv>().use(requireRole('province_admin')).get('/', valid('query', auditQuery), async (c) => {
  const { from, to, ...rest } = c.req.valid('query');
  const page = await listAuditEntries(c.var.deps.db, {
    ...rest,
    from: from ? startOfDay(from) : undefined,
    to: to ? new Date(startOfDay(to).getTime() + dayMs) : undefined,
  });
  return c.json(page);
});
