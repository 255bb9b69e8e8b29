import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foldPending } from '../../api/src/stats/summaries';
import { postJson, postResponse, type SessionHeaders, type TestApp } from '../helpers/app';
import { createUnit, invalidInput, sendJson, startAppWithRoles, type UnitBody } from '../helpers/admin';
import { backends } from '../helpers/backends';

type Unit = UnitBody;

// Each test builds the units it changes under the demo province (id 1), so the tests do not
// depend on each other's order.
describe.each(backends)('units API on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders, viewer: SessionHeaders, manager: SessionHeaders;
  beforeAll(async () => {
    ({ t, admin, viewer, manager } = await startAppWithRoles(backend));
  });
  afterAll(() => t.testDb.destroy());

  const send = (session: SessionHeaders, method: 'POST' | 'PATCH' | 'GET', path: string, body?: unknown) =>
    sendJson(t, session, method, path, body);
  const create = (parentId: number, name: string) => createUnit(t, admin, parentId, name);
  const unitsById = async () => {
    const { body } = await send(admin, 'GET', '/api/admin/units');
    return new Map((body.units as Unit[]).map((u) => [u.id, u]));
  };
  const auditOf = (id: number) =>
    t.testDb.db
      .selectFrom('audit_log')
      .select(['username', 'action', 'entity', 'before', 'after'])
      .where('entity', '=', 'unit')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute();

  test('refuses an anonymous caller with 401', async () => {
    const res = await postJson(t.app, '/api/admin/units', { parentId: 1, name: 'X', kind: 'other' });
    expect({ status: res.status, body: await res.json() }).toEqual({
      status: 401,
      body: { error: { code: 'unauthenticated', message: 'Please sign in.' } },
    });
  });

  test('refuses a unit manager creating a unit, even inside their own subtree', async () => {
    expect(await send(manager, 'POST', '/api/admin/units', { parentId: 2, name: 'Tổ mới', kind: 'other' })).toEqual({
      status: 403,
      body: { error: { code: 'forbidden', message: 'Your role does not allow this.' } },
    });
  });

  test('refuses a viewer renaming a unit', async () => {
    expect(await send(viewer, 'PATCH', '/api/admin/units/2', { name: 'Đổi tên' })).toEqual({
      status: 403,
      body: { error: { code: 'forbidden', message: 'Your role does not allow this.' } },
    });
  });

  test('creates a unit under its parent, with the path of its place in the tree, and audits it', async () => {
    const res = await send(admin, 'POST', '/api/admin/units', {
      parentId: 2,
      code: ' ptn-01 ',
      name: '  Phòng Tiếp nhận  ',
      kind: 'other',
    });
    const id = res.body.id as number;
    const unit = { id, parentId: 2, path: `/1/2/${id}/`, code: 'PTN-01', name: 'Phòng Tiếp nhận', kind: 'other', active: true };
    expect(res).toEqual({ status: 201, body: unit });
    expect(await auditOf(id)).toEqual([{ username: 'admin', action: 'create', entity: 'unit', before: null, after: unit }]);
  });

  test('names every invalid field of a new unit', async () => {
    expect(await send(admin, 'POST', '/api/admin/units', { parentId: 'one', code: '-X', name: '', kind: 'province', extra: true })).toEqual(
      {
        status: 400,
        body: invalidInput([
          { path: 'parentId', message: 'Invalid input: expected number, received string' },
          { path: 'code', message: '2 to 32 letters A–Z, digits or "-", not starting with "-"' },
          { path: 'name', message: 'Too small: expected string to have >=1 characters' },
          { path: 'kind', message: 'Invalid option: expected one of "department"|"commune"|"district"|"other"' },
          { path: '', message: 'Unrecognized key: "extra"' },
        ]),
      },
    );
  });

  test('refuses a parent that does not exist', async () => {
    expect(await send(admin, 'POST', '/api/admin/units', { parentId: 9999, code: 'MC-01', name: 'Mồ côi', kind: 'other' })).toEqual({
      status: 400,
      body: {
        error: {
          code: 'invalid_input',
          message: 'The request has invalid fields.',
          issues: [{ path: 'parentId', message: 'no unit 9999' }],
        },
      },
    });
  });

  test('refuses a change that names nothing to change', async () => {
    expect(await send(admin, 'PATCH', '/api/admin/units/2', {})).toEqual({
      status: 400,
      body: {
        error: {
          code: 'invalid_input',
          message: 'The request has invalid fields.',
          issues: [{ path: '', message: 'name at least one of name, code, parentId, active' }],
        },
      },
    });
  });

  test('changes a unit code, audits it, and refuses a code another unit has with 409, storing nothing', async () => {
    const first = await create(2, 'Phòng Mã Một');
    const second = await create(2, 'Phòng Mã Hai');
    const changed = { ...first, code: 'PMM-01' };
    expect(await send(admin, 'PATCH', `/api/admin/units/${first.id}`, { code: 'pmm-01' })).toEqual({ status: 200, body: changed });
    const conflict = { status: 409, body: { error: { code: 'conflict', message: 'The unit code PMM-01 is already taken.' } } };
    expect(await send(admin, 'PATCH', `/api/admin/units/${second.id}`, { code: 'PMM-01' })).toEqual(conflict);
    expect(await send(admin, 'POST', '/api/admin/units', { parentId: 2, code: 'PMM-01', name: 'Phòng Ba', kind: 'other' })).toEqual(
      conflict,
    );
    expect((await unitsById()).get(second.id)).toEqual({ ...second, servicePoints: [] });
    expect((await auditOf(first.id)).at(-1)).toEqual({
      username: 'admin',
      action: 'update',
      entity: 'unit',
      before: first,
      after: changed,
    });
    expect(await auditOf(second.id)).toHaveLength(1);
  });

  test('answers 404 for a unit that does not exist', async () => {
    expect(await send(admin, 'PATCH', '/api/admin/units/9999', { name: 'Không có' })).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: 'No unit 9999.' } },
    });
  });

  test('renames a unit and records the name before and after', async () => {
    const unit = await create(1, 'Sở Cũ');
    expect(await send(admin, 'PATCH', `/api/admin/units/${unit.id}`, { name: 'Sở Mới' })).toEqual({
      status: 200,
      body: { ...unit, name: 'Sở Mới' },
    });
    expect((await auditOf(unit.id)).at(-1)).toEqual({
      username: 'admin',
      action: 'update',
      entity: 'unit',
      before: unit,
      after: { ...unit, name: 'Sở Mới' },
    });
  });

  test('moves a unit with its whole subtree, rewriting every path below it', async () => {
    const from = await create(1, 'Nơi cũ');
    const to = await create(1, 'Nơi mới');
    const moving = await create(from.id, 'Đơn vị chuyển');
    const child = await create(moving.id, 'Đơn vị con');
    const grandchild = await create(child.id, 'Đơn vị cháu');
    expect(await send(admin, 'PATCH', `/api/admin/units/${moving.id}`, { parentId: to.id })).toEqual({
      status: 200,
      body: { ...moving, parentId: to.id, path: `/1/${to.id}/${moving.id}/` },
    });
    const units = await unitsById();
    expect([moving, child, grandchild].map((u) => units.get(u.id)?.path)).toEqual([
      `/1/${to.id}/${moving.id}/`,
      `/1/${to.id}/${moving.id}/${child.id}/`,
      `/1/${to.id}/${moving.id}/${child.id}/${grandchild.id}/`,
    ]);
  });

  test('refuses moving a unit under one of its own descendants and changes nothing', async () => {
    const top = await create(1, 'Cấp trên');
    const below = await create(top.id, 'Cấp dưới');
    expect(await send(admin, 'PATCH', `/api/admin/units/${top.id}`, { parentId: below.id, name: 'Không được lưu' })).toEqual({
      status: 409,
      body: { error: { code: 'cycle', message: `Unit ${top.id} cannot move under itself or one of its own sub-units (${below.id}).` } },
    });
    expect((await unitsById()).get(top.id)).toEqual({ ...top, servicePoints: [] });
    expect(await auditOf(top.id)).toHaveLength(1);
  });

  test('refuses moving a unit under itself', async () => {
    const unit = await create(1, 'Tự lồng');
    expect(await send(admin, 'PATCH', `/api/admin/units/${unit.id}`, { parentId: unit.id })).toEqual({
      status: 409,
      body: { error: { code: 'cycle', message: `Unit ${unit.id} cannot move under itself or one of its own sub-units (${unit.id}).` } },
    });
  });

  test('refuses moving the province root', async () => {
    expect(await send(admin, 'PATCH', '/api/admin/units/1', { parentId: 2 })).toEqual({
      status: 409,
      body: { error: { code: 'root_immovable', message: 'The province is the root of the tree and cannot be moved.' } },
    });
  });

  test('rebuilds the unit figures after a move: the new parent counts the moved responses, the old one no longer does', async () => {
    const from = await create(1, 'Sở A');
    const to = await create(1, 'Sở B');
    const moving = await create(from.id, 'Phòng chuyển đi');
    expect(
      (await send(admin, 'POST', '/api/admin/service-points', { unitId: moving.id, code: 'MOVE-01', name: 'Quầy chuyển' })).status,
    ).toBe(201);
    for (let i = 0; i < 3; i++) await postResponse(t, { servicePoint: 'MOVE-01' });
    // Folded, so the figures come from the unit summaries rather than the pending tail.
    await foldPending(t.testDb.db);
    const counts = async () => ({
      from: (await send(admin, 'GET', `/api/admin/stats?unit=${from.id}`)).body.n,
      to: (await send(admin, 'GET', `/api/admin/stats?unit=${to.id}`)).body.n,
    });
    expect(await counts()).toEqual({ from: 3, to: 0 });
    expect((await send(admin, 'PATCH', `/api/admin/units/${moving.id}`, { parentId: to.id })).status).toBe(200);
    expect(await counts()).toEqual({ from: 0, to: 3 });
  });

  test('refuses deactivating a unit that still has an active counter and an active sub-unit, naming them', async () => {
    const unit = await create(1, 'Sở Đang Dùng');
    const child = await create(unit.id, 'Phòng Đang Dùng');
    expect((await send(admin, 'POST', '/api/admin/service-points', { unitId: unit.id, code: 'BUSY-01', name: 'Quầy bận' })).status).toBe(
      201,
    );
    expect(await send(admin, 'PATCH', `/api/admin/units/${unit.id}`, { active: false })).toEqual({
      status: 409,
      body: {
        error: {
          code: 'unit_in_use',
          message: `Unit ${unit.id} still has active unit ${child.id} (Phòng Đang Dùng), counter BUSY-01 (Quầy bận); deactivate or move them first.`,
          issues: [
            { path: `children.${child.id}`, message: 'Phòng Đang Dùng' },
            { path: 'servicePoints.BUSY-01', message: 'Quầy bận' },
          ],
        },
      },
    });
    expect((await unitsById()).get(unit.id)?.active).toBe(true);
  });

  test('deactivates a unit once nothing under it is active', async () => {
    const unit = await create(1, 'Sở Giải Thể');
    expect(await send(admin, 'PATCH', `/api/admin/units/${unit.id}`, { active: false })).toEqual({
      status: 200,
      body: { ...unit, active: false },
    });
    expect((await auditOf(unit.id)).at(-1)).toEqual({
      username: 'admin',
      action: 'update',
      entity: 'unit',
      before: unit,
      after: { ...unit, active: false },
    });
  });

  test('refuses deactivating the province itself', async () => {
    expect(await send(admin, 'PATCH', '/api/admin/units/1', { active: false })).toEqual({
      status: 409,
      body: { error: { code: 'root_required', message: 'The province itself cannot be deactivated.' } },
    });
  });

  test('refuses a new or reactivated unit under a deactivated parent', async () => {
    const parent = await create(1, 'Sở Tạm Dừng');
    const child = await create(parent.id, 'Phòng Tạm Dừng');
    expect((await send(admin, 'PATCH', `/api/admin/units/${child.id}`, { active: false })).status).toBe(200);
    expect((await send(admin, 'PATCH', `/api/admin/units/${parent.id}`, { active: false })).status).toBe(200);
    const refusal = {
      status: 409,
      body: {
        error: { code: 'parent_inactive', message: `Unit ${parent.id} (Sở Tạm Dừng) is deactivated; an active unit cannot sit under it.` },
      },
    };
    expect(await send(admin, 'PATCH', `/api/admin/units/${child.id}`, { active: true })).toEqual(refusal);
    expect(await send(admin, 'POST', '/api/admin/units', { parentId: parent.id, code: 'PM-01', name: 'Phòng Mới', kind: 'other' })).toEqual(
      refusal,
    );
  });

  test('shows a unit manager only their own subtree', async () => {
    const { body } = await send(manager, 'GET', '/api/admin/units');
    expect({ rootId: body.rootId, paths: (body.units as Unit[]).map((u) => u.path).every((p) => p.startsWith('/1/2/')) }).toEqual({
      rootId: 2,
      paths: true,
    });
  });
});
