// The baseline of bench:submit: a bare Hono handler that parses the same JSON and does nothing else.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono().post('/api/responses', async (c) => {
  await c.req.json();
  return c.json({ ok: true }, 201);
});
serve({ fetch: app.fetch, port: Number(process.env.PORT) }, (info) => console.log(`bare server on ${info.port}`));
