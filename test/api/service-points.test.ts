import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foldPending } from '../../api/src/stats/summaries';
import { postJson, postResponse, submission, type SessionHeaders, type TestApp } from '../helpers/app';
import { createServicePoint, createUnit, invalidInput, sendJson, type ServicePointBody, startAppWithRoles } from '../helpers/admin';
import { backends } from '../helpers/backends';

type Point = ServicePointBody;

// Tests that change counters make their own (under new units), so they do not depend on order.
describe.each(backends)('service points API on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders, viewer: SessionHeaders, manager: SessionHeaders;
  beforeAll(async () => {
    ({ t, admin, viewer, manager } = await startAppWithRoles(backend));
  });
  afterAll(() => t.testDb.destroy());

  const send = (session: SessionHeaders, method: 'POST' | 'PATCH' | 'GET', path: string, body?: unknown) =>
    sendJson(t, session, method, path, body);
  const newUnit = async (name: string) => (await createUnit(t, admin, 1, name)).id;
  const newPoint = (unitId: number, code: string) => createServicePoint(t, admin, unitId, code);
  const forbidden = { status: 403, body: { error: { code: 'forbidden', message: 'Your role does not allow this.' } } };

  test('refuses an anonymous caller with 401', async () => {
    const res = await t.app.request('/api/admin/service-points');
    expect({ status: res.status, body: await res.json() }).toEqual({
      status: 401,
      body: { error: { code: 'unauthenticated', message: 'Please sign in.' } },
    });
  });

  test('lists the counters of a unit with its subtree', async () => {
    const name = 'Quầy số 1 – Trung tâm Phục vụ hành chính công';
    const unitName = 'Trung tâm Phục vụ hành chính công tỉnh';
    expect(await send(viewer, 'GET', '/api/admin/service-points?unit=2')).toEqual({
      status: 200,
      body: {
        servicePoints: [
          { id: 1, code: 'DEMO-01', name, active: true, unitId: 2, unitName },
          { id: 2, code: 'DEMO-02', name: 'Quầy số 2 – Trung tâm Phục vụ hành chính công', active: true, unitId: 2, unitName },
        ],
      },
    });
  });

  test("lists a unit manager's own counters by default and refuses another unit with out_of_scope", async () => {
    const own = await send(manager, 'GET', '/api/admin/service-points');
    expect((own.body.servicePoints as Point[]).map((p) => p.code)).toEqual(['DEMO-01', 'DEMO-02']);
    expect(await send(manager, 'GET', '/api/admin/service-points?unit=3')).toEqual({
      status: 403,
      body: { error: { code: 'out_of_scope', message: 'This unit is outside the part of the province your account covers.' } },
    });
  });

  test('refuses a unit manager or a viewer creating a counter', async () => {
    const body = { unitId: 2, code: 'NEW-01', name: 'Quầy mới' };
    expect(await send(manager, 'POST', '/api/admin/service-points', body)).toEqual(forbidden);
    expect(await send(viewer, 'POST', '/api/admin/service-points', body)).toEqual(forbidden);
  });

  test('creates a counter with its code in capitals and audits it', async () => {
    const unitId = await newUnit('Sở Có Quầy');
    const res = await send(admin, 'POST', '/api/admin/service-points', { unitId, code: ' new-01 ', name: ' Quầy tiếp nhận ' });
    const point = { id: res.body.id, code: 'NEW-01', name: 'Quầy tiếp nhận', active: true, unitId };
    expect(res).toEqual({ status: 201, body: point });
    const audit = await t.testDb.db
      .selectFrom('audit_log')
      .select(['username', 'action', 'entity_id', 'before', 'after'])
      .where('entity', '=', 'service_point')
      .execute();
    expect(audit).toEqual([{ username: 'admin', action: 'create', entity_id: String(point.id), before: null, after: point }]);
  });

  test('names every invalid field of a new counter', async () => {
    expect(await send(admin, 'POST', '/api/admin/service-points', { code: '-BAD CODE', name: 'x'.repeat(201), colour: 'red' })).toEqual({
      status: 400,
      body: invalidInput([
        { path: 'unitId', message: 'Invalid input: expected number, received undefined' },
        { path: 'code', message: '2 to 32 letters A–Z, digits or "-", not starting with "-"' },
        { path: 'name', message: 'Too big: expected string to have <=200 characters' },
        { path: '', message: 'Unrecognized key: "colour"' },
      ]),
    });
  });

  test('refuses a code that is already taken, whatever its case', async () => {
    expect(await send(admin, 'POST', '/api/admin/service-points', { unitId: 3, code: 'demo-01', name: 'Trùng mã' })).toEqual({
      status: 409,
      body: { error: { code: 'code_taken', message: 'The code DEMO-01 is already used by another service point.' } },
    });
  });

  test('refuses a counter for a unit that does not exist', async () => {
    expect(await send(admin, 'POST', '/api/admin/service-points', { unitId: 9999, code: 'NONE-01', name: 'Không có' })).toEqual({
      status: 400,
      body: {
        error: { code: 'invalid_input', message: 'The request has invalid fields.', issues: [{ path: 'unitId', message: 'no unit 9999' }] },
      },
    });
  });

  test('renames a counter and records it before and after', async () => {
    const point = await newPoint(await newUnit('Sở Đổi Tên'), 'REN-01');
    expect(await send(admin, 'PATCH', `/api/admin/service-points/${point.id}`, { name: 'Quầy số 9' })).toEqual({
      status: 200,
      body: { ...point, name: 'Quầy số 9' },
    });
    const audit = await t.testDb.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('entity', '=', 'service_point')
      .where('entity_id', '=', String(point.id))
      .orderBy('id')
      .execute();
    expect(audit.at(-1)).toEqual({ action: 'update', before: point, after: { ...point, name: 'Quầy số 9' } });
  });

  test('refuses a unit manager changing a counter of their own unit', async () => {
    expect(await send(manager, 'PATCH', '/api/admin/service-points/1', { name: 'Quầy đổi tên' })).toEqual(forbidden);
  });

  test('answers 404 when changing a counter that does not exist', async () => {
    expect(await send(admin, 'PATCH', '/api/admin/service-points/9999', { active: false })).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: 'No service point 9999.' } },
    });
  });

  test("a deactivated counter's survey link takes no more responses, and takes them again once reactivated", async () => {
    const point = await newPoint(await newUnit('Sở Tạm Nghỉ'), 'REST-01');
    await postResponse(t, { servicePoint: 'REST-01' });
    expect(await send(admin, 'PATCH', `/api/admin/service-points/${point.id}`, { active: false })).toEqual({
      status: 200,
      body: { ...point, active: false },
    });
    const refused = { error: { code: 'not_found', message: 'No active service point has the code REST-01.' } };
    const form = await t.app.request('/api/forms/REST-01');
    const response = await postJson(t.app, '/api/responses', submission({ servicePoint: 'REST-01' }));
    expect([form.status, await form.json(), response.status, await response.json()]).toEqual([404, refused, 404, refused]);
    expect((await send(admin, 'PATCH', `/api/admin/service-points/${point.id}`, { active: true })).status).toBe(200);
    expect((await t.app.request('/api/forms/REST-01')).status).toBe(200);
  });

  test('refuses an active counter in a deactivated unit', async () => {
    const closed = await newUnit('Sở Đã Đóng');
    expect((await send(admin, 'PATCH', `/api/admin/units/${closed}`, { active: false })).status).toBe(200);
    const refusal = {
      status: 409,
      body: {
        error: { code: 'unit_inactive', message: `Unit ${closed} (Sở Đã Đóng) is deactivated; an active counter cannot belong to it.` },
      },
    };
    const point = await newPoint(await newUnit('Sở Đang Mở'), 'OPEN-01');
    expect(await send(admin, 'PATCH', `/api/admin/service-points/${point.id}`, { unitId: closed })).toEqual(refusal);
    expect(await send(admin, 'POST', '/api/admin/service-points', { unitId: closed, code: 'SHUT-01', name: 'Quầy' })).toEqual({
      status: 409,
      body: {
        error: { code: 'unit_inactive', message: `Unit ${closed} (Sở Đã Đóng) is deactivated; reactivate it before adding counters.` },
      },
    });
  });

  test('moving a counter to another unit moves its responses in the unit figures', async () => {
    const from = await newUnit('Sở Gửi');
    const to = await newUnit('Sở Nhận');
    const point = await newPoint(from, 'MOVE-02');
    for (let i = 0; i < 2; i++) await postResponse(t, { servicePoint: 'MOVE-02' });
    await foldPending(t.testDb.db);
    const counts = async () => ({
      from: (await send(admin, 'GET', `/api/admin/stats?unit=${from}`)).body.n,
      to: (await send(admin, 'GET', `/api/admin/stats?unit=${to}`)).body.n,
    });
    expect(await counts()).toEqual({ from: 2, to: 0 });
    expect(await send(admin, 'PATCH', `/api/admin/service-points/${point.id}`, { unitId: to })).toEqual({
      status: 200,
      body: { ...point, unitId: to },
    });
    expect(await counts()).toEqual({ from: 0, to: 2 });
  });
});
