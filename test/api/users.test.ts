import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { strengthMessages } from '../../api/src/auth/strength';
import { adminPassword, adminRequest, postJson, signIn, signInAs, startApp, type SessionHeaders, type TestApp } from '../helpers/app';
import { type Backend, backends } from '../helpers/backends';

const strong = 'Hoa-sen-nở-giữa-hồ-2026';
const anyDate = expect.any(String);

function auditRows(t: TestApp, entityId: number) {
  return t.testDb.db
    .selectFrom('audit_log')
    .select(['username', 'action', 'entity', 'entity_id as entityId', 'before', 'after'])
    .where('entity', '=', 'user')
    .where('entity_id', '=', String(entityId))
    .orderBy('id')
    .execute();
}

async function sessionCount(t: TestApp, userId: number) {
  return (await t.testDb.db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute()).length;
}

/** Creates an account through the API with the test password; returns its id. */
async function createUser(t: TestApp, admin: SessionHeaders, username: string, role = 'viewer', unitId: number | null = null) {
  const res = await adminRequest(t.app, admin, 'POST', '/api/admin/users', { username, role, unitId, password: adminPassword });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

const invalid = (issues: { path: string; message: string }[], message = 'The request has invalid fields.') => ({
  error: { code: 'invalid_input', message, issues },
});
const refused = (code: string, message: string) => ({ error: { code, message } });
const lastAdmin = refused('last_admin', 'This is the last enabled province administrator: create or enable another one first.');
const center = 'Trung tâm Phục vụ hành chính công tỉnh';

/** An account as the API answers it, with the defaults of a fresh viewer. */
const account = (fields: Record<string, unknown>) => ({
  role: 'viewer',
  unitId: null,
  unitName: null,
  disabled: false,
  createdAt: anyDate,
  lastSeenAt: null,
  ...fields,
});
const audited = (entityId: number, action: string, before: unknown, after: unknown, username = 'admin') => ({
  username,
  action,
  entity: 'user',
  entityId: String(entityId),
  before,
  after,
});
/** A fresh app with user 1, "admin", signed in. */
async function withAdmin(backend: Backend) {
  const t = await startApp(backend);
  return { t, admin: await signIn(t) };
}

const reply = async (res: Response) => ({ status: res.status, body: await res.json() });

describe.each(backends)('who may manage users on %s', (backend) => {
  let t: TestApp;
  const sessions: Record<string, SessionHeaders> = {};
  beforeAll(async () => {
    t = await startApp(backend);
    sessions.admin = await signIn(t);
    sessions.manager = await signIn(t, 'manager2', 'unit_manager', 2);
    sessions.viewer = await signIn(t, 'viewer1', 'viewer');
  });
  afterAll(() => t.testDb.destroy());

  const endpoints = [
    ['GET', '/api/admin/users', undefined],
    ['POST', '/api/admin/users', { username: 'someone', role: 'viewer', unitId: null, password: strong }],
    ['PATCH', '/api/admin/users/1', { disabled: true }],
    ['POST', '/api/admin/users/1/password', { password: strong }],
  ] as const;

  test('an anonymous caller gets 401 from every user endpoint', async () => {
    for (const [method, path, body] of [
      ...endpoints,
      ['POST', '/api/admin/account/password', { currentPassword: 'x', newPassword: strong }] as const,
    ]) {
      const res = await t.app.request(path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body ? JSON.stringify(body) : null,
      });
      expect({ path, status: res.status, body: await res.json() }).toEqual({
        path,
        status: 401,
        body: { error: { code: 'unauthenticated', message: 'Please sign in.' } },
      });
    }
  });

  test('unit managers and viewers get 403 from every user endpoint, and nothing changes', async () => {
    for (const role of ['manager', 'viewer']) {
      for (const [method, path, body] of endpoints) {
        const res = await adminRequest(t.app, sessions[role]!, method, path, body);
        expect({ role, path, status: res.status, body: await res.json() }).toEqual({
          role,
          path,
          status: 403,
          body: { error: { code: 'forbidden', message: 'Your role does not allow this.' } },
        });
      }
    }
    expect(await t.testDb.db.selectFrom('audit_log').select('id').execute()).toEqual([]);
  });

  test('lists every account with its unit, state and last use', async () => {
    const res = await adminRequest(t.app, sessions.admin!, 'GET', '/api/admin/users');
    expect(await res.json()).toEqual({
      users: [
        account({ id: 1, username: 'admin', role: 'province_admin', lastSeenAt: anyDate }),
        account({ id: 2, username: 'manager2', role: 'unit_manager', unitId: 2, unitName: center, lastSeenAt: anyDate }),
        account({ id: 3, username: 'viewer1', lastSeenAt: anyDate }),
      ],
    });
  });
});

describe.each(backends)('creating users on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders;
  beforeAll(async () => ({ t, admin } = await withAdmin(backend)));
  afterAll(() => t.testDb.destroy());

  const create = (body: unknown) => adminRequest(t.app, admin, 'POST', '/api/admin/users', body);

  test('creates a unit manager for a unit and answers 201 with the account', async () => {
    const res = await create({ username: 'quanly.ttpvhcc', role: 'unit_manager', unitId: 2, password: strong });
    expect(await reply(res)).toEqual({
      status: 201,
      body: account({ id: 2, username: 'quanly.ttpvhcc', role: 'unit_manager', unitId: 2, unitName: center }),
    });
    await signInAs(t, 'quanly.ttpvhcc', strong); // throws unless the sign-in succeeds
  });

  test('records the creation in the audit log, without the password', async () => {
    const id = await createUser(t, admin, 'xem.bao.cao');
    expect(await auditRows(t, id)).toEqual([audited(id, 'create', null, { username: 'xem.bao.cao', role: 'viewer', unitId: null })]);
  });

  test('names every problem of a new account at once', async () => {
    const res = await create({ username: 'Nguyen Van A', role: 'unit_manager', password: 'short' });
    expect(await res.json()).toEqual(
      invalid([
        { path: 'username', message: 'Use 3–64 lowercase letters, digits, dots, underscores or hyphens.' },
        { path: 'unitId', message: 'A unit manager needs a unit.' },
        { path: 'password', message: strengthMessages.tooShort },
      ]),
    );
  });

  test('refuses a unit for a role that has none', async () => {
    const res = await create({ username: 'viewer.unit', role: 'viewer', unitId: 2, password: strong });
    expect(await res.json()).toEqual(
      invalid([{ path: 'unitId', message: 'Only a unit manager or a data-entry clerk belongs to a unit; send null for this role.' }]),
    );
  });

  test('refuses a unit that does not exist', async () => {
    const res = await create({ username: 'manager.nowhere', role: 'unit_manager', unitId: 999, password: strong });
    expect(await reply(res)).toEqual({ status: 400, body: invalid([{ path: 'unitId', message: 'No active unit has the id 999.' }]) });
  });

  test('refuses a guessable password and says why', async () => {
    const res = await create({ username: 'nguyenvana', role: 'viewer', unitId: null, password: 'nguyenvana2026' });
    expect(await res.json()).toEqual(invalid([{ path: 'password', message: strengthMessages.personal }]));
  });

  test('refuses an unknown role and an overlong password', async () => {
    const res = await create({ username: 'someone', role: 'root', password: 'x'.repeat(201) });
    expect(await res.json()).toEqual(
      invalid([
        { path: 'role', message: 'Invalid option: expected one of "province_admin"|"unit_manager"|"viewer"|"data_entry"' },
        { path: 'password', message: 'Use at most 200 characters.' },
      ]),
    );
  });

  test('answers a taken username with 409 and stores nothing', async () => {
    const before = await t.testDb.db.selectFrom('audit_log').select('id').execute();
    const res = await create({ username: 'admin', role: 'viewer', unitId: null, password: strong });
    expect(await reply(res)).toEqual({ status: 409, body: refused('username_taken', 'The username admin is already taken.') });
    expect(await t.testDb.db.selectFrom('audit_log').select('id').execute()).toEqual(before);
  });
});

describe.each(backends)('changing users on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders;
  beforeAll(async () => ({ t, admin } = await withAdmin(backend)));
  afterAll(() => t.testDb.destroy());

  const patch = (id: number, body: unknown, session = admin) => adminRequest(t.app, session, 'PATCH', `/api/admin/users/${id}`, body);

  test('disabling a user ends all their sessions at once and is audited', async () => {
    const id = await createUser(t, admin, 'can.bo.mot');
    const first = await signInAs(t, 'can.bo.mot');
    await signInAs(t, 'can.bo.mot');
    const res = await patch(id, { disabled: true });
    expect(await res.json()).toEqual(account({ id, username: 'can.bo.mot', disabled: true }));
    expect(await sessionCount(t, id)).toBe(0);
    expect((await adminRequest(t.app, first, 'GET', '/api/admin/me')).status).toBe(401);
    expect((await auditRows(t, id)).slice(1)).toEqual([audited(id, 'disable', { disabled: false }, { disabled: true, sessionsEnded: 2 })]);
  });

  test('enabling a user lets them sign in again', async () => {
    const id = await createUser(t, admin, 'can.bo.hai');
    await patch(id, { disabled: true });
    expect((await patch(id, { disabled: false })).status).toBe(200);
    expect((await auditRows(t, id)).map((r) => [r.action, r.before, r.after])).toEqual([
      ['create', null, { username: 'can.bo.hai', role: 'viewer', unitId: null }],
      ['disable', { disabled: false }, { disabled: true }],
      ['enable', { disabled: true }, { disabled: false }],
    ]);
    await signInAs(t, 'can.bo.hai'); // throws unless the sign-in succeeds
  });

  test('making a unit manager a viewer drops the unit and audits both fields', async () => {
    const id = await createUser(t, admin, 'quan.ly.ba', 'unit_manager', 3);
    const res = await patch(id, { role: 'viewer' });
    expect(await res.json()).toEqual(account({ id, username: 'quan.ly.ba' }));
    expect((await auditRows(t, id))[1]).toEqual(
      audited(id, 'update', { role: 'unit_manager', unitId: 3 }, { role: 'viewer', unitId: null }),
    );
  });

  test('refuses to make a unit manager without a unit', async () => {
    const id = await createUser(t, admin, 'xem.bon');
    expect(await reply(await patch(id, { role: 'unit_manager' }))).toEqual({
      status: 400,
      body: invalid([{ path: 'unitId', message: 'A unit manager needs a unit.' }]),
    });
  });

  test('refuses an empty change and an unknown user', async () => {
    expect(await (await patch(1, {})).json()).toEqual(invalid([{ path: '', message: 'Send at least one of role, unitId or disabled.' }]));
    expect(await reply(await patch(999, { disabled: true }))).toEqual({
      status: 404,
      body: refused('not_found', 'No user has the id 999.'),
    });
  });

  test('the last enabled province administrator can be neither disabled nor demoted', async () => {
    for (const body of [{ disabled: true }, { role: 'viewer' }]) {
      expect(await reply(await patch(1, body))).toEqual({ status: 409, body: lastAdmin });
    }
    expect((await auditRows(t, 1)).length).toBe(0);
  });

  test('an administrator can neither disable nor demote themself while others remain', async () => {
    await createUser(t, admin, 'quan.tri.hai', 'province_admin');
    for (const body of [{ disabled: true }, { role: 'unit_manager', unitId: 2 }]) {
      expect(await reply(await patch(1, body))).toEqual({
        status: 409,
        body: refused('own_account', 'You cannot disable your own account or change your own role; ask another province administrator.'),
      });
    }
  });

  // PGlite has one connection, so its transactions never overlap; on PostgreSQL they can, so the
  // race exists (and is tested) only there.
  if (backend !== 'pglite')
    test('a demotion racing another one waits for it and then refuses to remove the last administrator', async () => {
      const other = await createUser(t, admin, 'quan.tri.ba', 'province_admin');
      // Any other administrator (from earlier tests) steps aside first, leaving exactly two.
      const others = await t.testDb.db
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'province_admin')
        .where('id', 'not in', [1, other])
        .execute();
      for (const { id } of others) expect((await patch(id, { disabled: true })).status).toBe(200);
      // The other administrator's change to user 1 is under way (row locked, not yet committed)…
      let commit = () => {};
      let locked = () => {};
      const hasLock = new Promise<void>((resolve) => (locked = resolve));
      const concurrent = t.testDb.db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ role: 'viewer' }).where('id', '=', 1).execute();
        locked();
        await new Promise<void>((resolve) => (commit = resolve));
      });
      await hasLock;
      // …when user 1, still an administrator in every committed row, demotes the other one.
      const pending = Promise.resolve(patch(other, { role: 'viewer' }));
      const early = await Promise.race([
        pending.then(() => 'answered'),
        new Promise((resolve) => setTimeout(() => resolve('waiting'), 300)),
      ]);
      commit();
      await concurrent;
      const res = await pending;
      expect({ early, ...(await reply(res)) }).toEqual({ early: 'waiting', status: 409, body: lastAdmin });
    });
});

describe.each(backends)('passwords on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders;
  beforeAll(async () => ({ t, admin } = await withAdmin(backend)));
  afterAll(() => t.testDb.destroy());

  const reset = (id: number, password: string) => adminRequest(t.app, admin, 'POST', `/api/admin/users/${id}/password`, { password });
  const change = (session: SessionHeaders, currentPassword: string, newPassword: string) =>
    adminRequest(t.app, session, 'POST', '/api/admin/account/password', { currentPassword, newPassword });

  test("an administrator's reset ends the user's sessions and the new password signs in", async () => {
    const id = await createUser(t, admin, 'quen.mat.khau');
    const old = await signInAs(t, 'quen.mat.khau');
    expect((await reset(id, strong)).status).toBe(204);
    expect((await adminRequest(t.app, old, 'GET', '/api/admin/me')).status).toBe(401);
    expect((await postJson(t.app, '/api/admin/login', { username: 'quen.mat.khau', password: adminPassword })).status).toBe(401);
    await signInAs(t, 'quen.mat.khau', strong); // throws unless the sign-in succeeds
    expect((await auditRows(t, id))[1]).toEqual(audited(id, 'reset_password', null, { password: 'reset', sessionsEnded: 1 }));
  });

  test('the audit log never holds a password hash', async () => {
    const rows = await t.testDb.db.selectFrom('audit_log').selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/scrypt|Hoa-sen/);
  });

  test('a reset refuses a weak password, an unknown user and the administrator themself', async () => {
    const id = await createUser(t, admin, 'yeu.mat.khau');
    expect(await (await reset(id, 'yeu.mat.khau.yeu')).json()).toEqual(
      invalid([{ path: 'password', message: strengthMessages.personal }], 'The new password is not strong enough.'),
    );
    expect(await reply(await reset(999, strong))).toEqual({ status: 404, body: refused('not_found', 'No user has the id 999.') });
    expect(await reply(await reset(1, strong))).toEqual({
      status: 409,
      body: refused('own_account', 'Change your own password on the account page, with your current password.'),
    });
  });

  test('any role changes its own password, keeping this session and ending the others', async () => {
    const id = await createUser(t, admin, 'nguoi.xem');
    const here = await signInAs(t, 'nguoi.xem');
    const elsewhere = await signInAs(t, 'nguoi.xem');
    expect((await change(here, adminPassword, strong)).status).toBe(204);
    expect((await adminRequest(t.app, here, 'GET', '/api/admin/me')).status).toBe(200);
    expect((await adminRequest(t.app, elsewhere, 'GET', '/api/admin/me')).status).toBe(401);
    await signInAs(t, 'nguoi.xem', strong); // throws unless the sign-in succeeds
    expect((await auditRows(t, id))[1]).toEqual(
      audited(id, 'change_password', null, { password: 'changed', sessionsEnded: 1 }, 'nguoi.xem'),
    );
  });

  test('a wrong current password is named, and so is a weak new one', async () => {
    const session = await signIn(t, 'sai.mat.khau', 'unit_manager', 4);
    expect(await reply(await change(session, 'not-my-password', '1234567890'))).toEqual({
      status: 400,
      body: invalid([
        { path: 'currentPassword', message: 'This is not your current password.' },
        { path: 'newPassword', message: strengthMessages.common },
      ]),
    });
  });

  test('the new password must differ from the current one', async () => {
    const session = await signIn(t, 'giu.nguyen', 'viewer');
    expect(await (await change(session, adminPassword, adminPassword)).json()).toEqual(
      invalid([{ path: 'newPassword', message: 'Choose a password different from the current one.' }]),
    );
  });
});
