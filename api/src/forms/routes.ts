import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../context';
import { valid } from '../validate';
import { formFor } from './form';

const params = z.object({ code: z.string().min(1).max(32) });
const query = z.object({ lang: z.enum(['vi', 'en']).default('vi') });

export const forms = new Hono<AppEnv>().get('/:code', valid('param', params), valid('query', query), async (c) =>
  c.json(await formFor(c.var.deps, c.req.valid('param').code, c.req.valid('query').lang)),
);
