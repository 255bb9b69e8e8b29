import { describe, expect, test } from 'vitest';
import { createApp } from '@sipas/api/app';
import { backends } from '../helpers/backends';
import { freshDb } from '../helpers/db';

describe.each(backends)('GET /healthz on %s', (backend) => {
  test('answers 200 while the database answers and 503 once it does not', async () => {
    const testDb = await freshDb(backend);
    const app = createApp({ db: testDb.db });
    const ok = await app.request('/healthz');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok' });
    await testDb.destroy();
    const down = await app.request('/healthz');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ error: { code: 'unavailable', message: 'The database does not answer.' } });
  });

  test('answers unknown paths with the error envelope', async () => {
    const testDb = await freshDb(backend, { seed: false });
    const res = await createApp({ db: testDb.db }).request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'Nothing at GET /api/nothing-here.' } });
    await testDb.destroy();
  });
});
