import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { adminRequest, signIn, startApp, type SessionHeaders, type TestApp } from '../helpers/app';
import { office as officeHeader } from '../helpers/office';

const unset = {
  parentBody: null,
  issuingBody: null,
  symbol: null,
  place: null,
  signerAuthority: null,
  signerPosition: null,
  signerName: null,
  recipients: [],
};
const office = {
  ...officeHeader,
  recipients: ['UBND tỉnh (để báo cáo)', 'Lưu: VT, CCHC'],
};

describe.each(backends)('province settings on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders;
  let viewer: SessionHeaders;
  let manager: SessionHeaders;
  beforeAll(async () => {
    t = await startApp(backend);
    admin = await signIn(t);
    viewer = await signIn(t, 'viewer', 'viewer');
    manager = await signIn(t, 'manager', 'unit_manager', 2);
  });
  afterAll(() => t.testDb.destroy());

  const read = async (session = admin) => {
    const res = await adminRequest(t.app, session, 'GET', '/api/admin/settings');
    expect(res.status).toBe(200);
    return res.json();
  };
  const auditRows = () => t.testDb.db.selectFrom('audit_log').selectAll().where('entity', '=', 'province_settings').execute();

  test('start unset, and every signed-in user reads them', async () => {
    expect(await read(viewer)).toEqual({ settings: unset });
    expect(await read(manager)).toEqual({ settings: unset });
  });

  test('a province administrator sets them all at once, trimmed, and the change is audited', async () => {
    const res = await adminRequest(t.app, admin, 'PUT', '/api/admin/settings', { ...office, signerName: '  Nguyễn Văn An ', place: '' });
    expect(res.status).toBe(200);
    const stored = { ...office, place: null };
    expect(await res.json()).toEqual({ settings: stored });
    expect(await read(viewer)).toEqual({ settings: stored });
    const rows = await auditRows();
    expect(rows.map((r) => ({ username: r.username, action: r.action, entityId: r.entity_id }))).toEqual([
      { username: 'admin', action: 'update', entityId: null },
    ]);
    expect(rows[0]!.before).toEqual(unset);
    expect(rows[0]!.after).toEqual(stored);
  });

  test('refuses a change from a unit manager or a viewer with 403, storing nothing', async () => {
    const before = await read();
    for (const session of [manager, viewer]) {
      const res = await adminRequest(t.app, session, 'PUT', '/api/admin/settings', { ...office, signerName: 'Kẻ Khác' });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    }
    expect(await read()).toEqual(before);
    expect(await auditRows()).toHaveLength(1);
  });

  test.each([
    ['a value longer than its bound', { ...office, parentBody: 'U'.repeat(121) }, 'parentBody'],
    ['a symbol with a slash', { ...office, symbol: 'BC/SNV' }, 'symbol'],
    ['a recipient too long', { ...office, recipients: ['x'.repeat(201)] }, 'recipients.0'],
    ['too many recipients', { ...office, recipients: Array.from({ length: 31 }, (_, i) => `Nơi ${i}`) }, 'recipients'],
    ['a field left out', { ...office, signerName: undefined }, 'signerName'],
    ['a field it does not know', { ...office, seal: 'x' }, ''],
  ])('answers %s with 400 naming the field, storing nothing', async (_, body, path) => {
    const before = await read();
    const res = await adminRequest(t.app, admin, 'PUT', '/api/admin/settings', body);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.path)).toEqual([path]);
    expect(await read()).toEqual(before);
    expect(await auditRows()).toHaveLength(1);
  });
});
