import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordAudit } from '../../api/src/audit/record';
import { adminRequest, signIn, startApp, type SessionHeaders, type TestApp } from '../helpers/app';
import { invalidInput } from '../helpers/admin';
import { backends } from '../helpers/backends';

const forbidden = { error: { code: 'forbidden', message: 'Your role does not allow this.' } };

describe.each(backends)('the audit log on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders;
  beforeAll(async () => {
    t = await startApp(backend);
    admin = await signIn(t);
    const office = { id: 1, username: 'admin' };
    const clerk = { id: 1, username: 'clerk' };
    // Five entries across two Vietnamese days: 1 July ends at 17:00 UTC.
    await recordAudit(
      t.testDb.db,
      office,
      { action: 'create', entity: 'user', entityId: 7, after: { username: 'a', role: 'viewer' } },
      new Date('2026-07-01T02:00:00Z'),
    );
    await recordAudit(
      t.testDb.db,
      clerk,
      { action: 'close', entity: 'period', entityId: '2026-H1', before: { status: 'open' }, after: { status: 'closed' } },
      new Date('2026-07-01T16:59:59Z'),
    );
    await recordAudit(
      t.testDb.db,
      office,
      { action: 'disable', entity: 'user', entityId: 7, before: { disabled: false }, after: { disabled: true } },
      new Date('2026-07-01T17:00:00Z'),
    );
    await recordAudit(
      t.testDb.db,
      office,
      { action: 'update', entity: 'unit', entityId: 3, before: { name: 'Sở Tư pháp' }, after: { name: 'Sở Tư pháp tỉnh' } },
      new Date('2026-07-02T09:00:00Z'),
    );
    await recordAudit(t.testDb.db, clerk, { action: 'revoke', entity: 'kiosk', entityId: null }, new Date('2026-07-03T09:00:00Z'));
  });
  afterAll(() => t.testDb.destroy());

  const read = async (query = '') => {
    const res = await adminRequest(t.app, admin, 'GET', `/api/admin/audit${query}`);
    return { status: res.status, body: await res.json() };
  };
  const entry = {
    1: {
      id: 1,
      at: '2026-07-01T02:00:00.000Z',
      username: 'admin',
      action: 'create',
      entity: 'user',
      entityId: '7',
      before: null,
      after: { username: 'a', role: 'viewer' },
    },
    2: {
      id: 2,
      at: '2026-07-01T16:59:59.000Z',
      username: 'clerk',
      action: 'close',
      entity: 'period',
      entityId: '2026-H1',
      before: { status: 'open' },
      after: { status: 'closed' },
    },
    3: {
      id: 3,
      at: '2026-07-01T17:00:00.000Z',
      username: 'admin',
      action: 'disable',
      entity: 'user',
      entityId: '7',
      before: { disabled: false },
      after: { disabled: true },
    },
    4: {
      id: 4,
      at: '2026-07-02T09:00:00.000Z',
      username: 'admin',
      action: 'update',
      entity: 'unit',
      entityId: '3',
      before: { name: 'Sở Tư pháp' },
      after: { name: 'Sở Tư pháp tỉnh' },
    },
    5: {
      id: 5,
      at: '2026-07-03T09:00:00.000Z',
      username: 'clerk',
      action: 'revoke',
      entity: 'kiosk',
      entityId: null,
      before: null,
      after: null,
    },
  };

  test('lists every entry newest first with what changed', async () => {
    expect(await read()).toEqual({ status: 200, body: { entries: [entry[5], entry[4], entry[3], entry[2], entry[1]], next: null } });
  });

  test('pages by id: each page names the id to continue before, the last page null', async () => {
    expect(await read('?limit=2')).toEqual({ status: 200, body: { entries: [entry[5], entry[4]], next: 4 } });
    expect(await read('?limit=2&before=4')).toEqual({ status: 200, body: { entries: [entry[3], entry[2]], next: 2 } });
    expect(await read('?limit=2&before=2')).toEqual({ status: 200, body: { entries: [entry[1]], next: null } });
  });

  test('filters by entity, user and action together', async () => {
    expect(await read('?entity=user&username=admin&action=disable')).toEqual({ status: 200, body: { entries: [entry[3]], next: null } });
  });

  test('treats an empty filter field as no filter', async () => {
    expect((await read('?entity=&username=&action=')).body.entries).toHaveLength(5);
  });

  test('reads a date range as whole days on Vietnam time', async () => {
    expect(await read('?from=2026-07-01&to=2026-07-01')).toEqual({ status: 200, body: { entries: [entry[2], entry[1]], next: null } });
    expect(await read('?from=2026-07-02&to=2026-07-02')).toEqual({ status: 200, body: { entries: [entry[4], entry[3]], next: null } });
  });

  test('names every invalid query field', async () => {
    expect(await read(`?limit=0&from=yesterday&before=x&entity=${'e'.repeat(65)}`)).toEqual({
      status: 400,
      body: invalidInput([
        { path: 'entity', message: 'Too big: expected string to have <=64 characters' },
        { path: 'from', message: 'Use a date like 2026-07-01.' },
        { path: 'before', message: 'Invalid input: expected number, received NaN' },
        { path: 'limit', message: 'Too small: expected number to be >=1' },
      ]),
    });
  });

  test('refuses a range that ends before it starts', async () => {
    expect(await read('?from=2026-07-02&to=2026-07-01')).toEqual({
      status: 400,
      body: {
        error: {
          code: 'invalid_input',
          message: 'The request has invalid fields.',
          issues: [{ path: 'to', message: 'The end date is before the start date.' }],
        },
      },
    });
  });

  test('is for province administrators only', async () => {
    const manager = await signIn(t, 'manager2', 'unit_manager', 2);
    const viewer = await signIn(t, 'viewer1', 'viewer');
    for (const session of [manager, viewer]) {
      const res = await adminRequest(t.app, session, 'GET', '/api/admin/audit');
      expect({ status: res.status, body: await res.json() }).toEqual({ status: 403, body: forbidden });
    }
    const anonymous = await t.app.request('/api/admin/audit');
    expect({ status: anonymous.status, body: await anonymous.json() }).toEqual({
      status: 401,
      body: { error: { code: 'unauthenticated', message: 'Please sign in.' } },
    });
  });

  test('shows the changes made through the users API', async () => {
    const res = await adminRequest(t.app, admin, 'POST', '/api/admin/users', {
      username: 'nguoi.moi',
      role: 'unit_manager',
      unitId: 2,
      password: 'Hoa-sen-nở-giữa-hồ-2026',
    });
    const { id } = (await res.json()) as { id: number };
    expect((await read('?entity=user&action=create&limit=1')).body).toEqual({
      entries: [
        {
          id: 6,
          at: expect.any(String),
          username: 'admin',
          action: 'create',
          entity: 'user',
          entityId: String(id),
          before: null,
          after: { username: 'nguoi.moi', role: 'unit_manager', unitId: 2 },
        },
      ],
      next: 6,
    });
    expect((await read('?entity=user&action=create&before=6')).body).toEqual({ entries: [entry[1]], next: null });
  });

  test('the database refuses to update, delete or truncate its rows', async () => {
    const { db } = t.testDb;
    await expect(db.updateTable('audit_log').set({ action: 'forged' }).where('id', '=', 1).execute()).rejects.toThrow(
      'audit_log is append-only',
    );
    await expect(db.deleteFrom('audit_log').where('id', '=', 1).execute()).rejects.toThrow('audit_log is append-only');
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow('audit_log is append-only');
    expect((await read('?limit=200')).body.entries).toHaveLength(6);
  });
});
