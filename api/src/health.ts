import { Hono } from 'hono';
import { sql } from 'kysely';
import type { AppEnv } from './context';
import { errorBody, retryAfterSeconds } from './errors';

export const health = new Hono<AppEnv>().get('/', async (c) => {
  try {
    await sql`select 1`.execute(c.var.deps.db);
    return c.json({ status: 'ok' });
  } catch (err) {
    console.error(`health check: the database did not answer: ${(err as Error).message}`);
    c.header('retry-after', String(retryAfterSeconds));
    return c.json(errorBody('unavailable', 'The database does not answer.'), 503);
  }
});
