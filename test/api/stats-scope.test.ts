// A unit manager reads their own subtree only; everyone else the whole province.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { adminRequest, postResponse, signIn, startApp, type SessionHeaders, type TestApp } from '../helpers/app';

const outOfScope = { error: { code: 'out_of_scope', message: 'This unit is outside the part of the province your account covers.' } };

describe.each(backends)('statistics scope on %s', (backend) => {
  let t: TestApp;
  let manager: SessionHeaders;
  let viewer: SessionHeaders;
  beforeAll(async () => {
    t = await startApp(backend);
    // Unit 2 is the service centre with DEMO-01 and DEMO-02; STP-01 belongs to unit 3.
    manager = await signIn(t, 'truongtt', 'unit_manager', 2);
    viewer = await signIn(t, 'xem', 'viewer');
    for (const servicePoint of ['DEMO-01', 'DEMO-02', 'STP-01']) {
      await postResponse(t, { servicePoint });
    }
  });
  afterAll(() => t.testDb.destroy());

  test('gives a unit manager their own unit by default, with only its responses', async () => {
    const body = (await (await adminRequest(t.app, manager, 'GET', '/api/admin/stats')).json()) as { scope: { unit: unknown }; n: number };
    expect({ unit: body.scope.unit, n: body.n }).toEqual({ unit: { id: 2, name: 'Trung tâm Phục vụ hành chính công tỉnh' }, n: 2 });
  });

  test('refuses a unit manager another unit, a counter outside their unit, and the province', async () => {
    for (const path of [
      '/api/admin/stats?unit=3',
      '/api/admin/stats?unit=1',
      '/api/admin/stats?servicePoint=STP-01',
      '/api/admin/stats/expectations?unit=3',
    ]) {
      const res = await adminRequest(t.app, manager, 'GET', path);
      expect({ path, status: res.status, body: await res.json() }).toEqual({ path, status: 403, body: outOfScope });
    }
  });

  test('answers every stats endpoint with 400 for a unit id beyond a database integer', async () => {
    const invalidUnit = {
      error: {
        code: 'invalid_input',
        message: 'The request has invalid fields.',
        issues: [{ path: 'unit', message: 'Too big: expected number to be <=2147483647' }],
      },
    };
    for (const path of ['/api/admin/stats', '/api/admin/stats/days', '/api/admin/stats/trend', '/api/admin/stats/expectations']) {
      const res = await adminRequest(t.app, viewer, 'GET', `${path}?unit=2147483648`);
      expect({ path, status: res.status, body: await res.json() }).toEqual({ path, status: 400, body: invalidUnit });
    }
  });

  test('lets a unit manager read a counter of their own unit', async () => {
    const res = await adminRequest(t.app, manager, 'GET', '/api/admin/stats?servicePoint=DEMO-02');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { n: number }).n).toBe(1);
  });

  test('gives a unit manager a unit tree rooted at their unit', async () => {
    const body = (await (await adminRequest(t.app, manager, 'GET', '/api/admin/units')).json()) as {
      rootId: number;
      units: { id: number; servicePoints: { code: string }[] }[];
    };
    expect({ rootId: body.rootId, units: body.units.map((u) => [u.id, u.servicePoints.map((p) => p.code)]) }).toEqual({
      rootId: 2,
      units: [[2, ['DEMO-01', 'DEMO-02']]],
    });
  });

  test('gives a viewer the whole province', async () => {
    const stats = (await (await adminRequest(t.app, viewer, 'GET', '/api/admin/stats')).json()) as {
      scope: { unit: { id: number } };
      n: number;
    };
    expect({ unit: stats.scope.unit.id, n: stats.n }).toEqual({ unit: 1, n: 3 });
    const tree = (await (await adminRequest(t.app, viewer, 'GET', '/api/admin/units')).json()) as { units: { id: number }[] };
    expect(tree.units.map((u) => u.id)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
