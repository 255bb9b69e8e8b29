// Set-up shared by the admin API tests: the three roles signed in, units and counters of their own, and the audit rows a change leaves.
import { expect } from 'vitest';
import { adminRequest, type SessionHeaders, signIn, startApp, type TestApp } from './app';
import type { Backend } from './backends';

/** Signs in a province administrator, a viewer and a manager of unit 2 (the demo centre). */
export async function signInRoles(
  t: TestApp,
  names: { viewer: string; manager: string } = { viewer: 'viewer', manager: 'manager' },
): Promise<{ admin: SessionHeaders; viewer: SessionHeaders; manager: SessionHeaders }> {
  const admin = await signIn(t, 'admin');
  const viewer = await signIn(t, names.viewer, 'viewer');
  const manager = await signIn(t, names.manager, 'unit_manager', 2);
  return { admin, viewer, manager };
}

/** A test app on a fresh database of its own, with a province administrator, a viewer and a manager of unit 2 signed in. */
export async function startAppWithRoles(backend: Backend, names?: { viewer: string; manager: string }) {
  const t = await startApp(backend);
  return { t, ...(await signInRoles(t, names)) };
}

/** An admin API call answered as its status and parsed body, to compare whole. */
export async function sendJson(t: TestApp, session: SessionHeaders, method: 'POST' | 'PATCH' | 'GET', path: string, body?: unknown) {
  const res = await adminRequest(t.app, session, method, path, body);
  return { status: res.status, body: await res.json() };
}

/** A unit as the units API answers it. */
export interface UnitBody {
  id: number;
  parentId: number | null;
  path: string;
  code: string | null;
  name: string;
  kind: string;
  active: boolean;
}

/** A counter as the service points API answers it. */
export interface ServicePointBody {
  id: number;
  code: string;
  name: string;
  active: boolean;
  unitId: number;
}

let unitCodes = 0;

/** Creates a unit through the API, so a test can change it without touching the demo province; fails unless it is created. */
export async function createUnit(
  t: TestApp,
  admin: SessionHeaders,
  parentId: number,
  name: string,
  kind = 'department',
  code = `T-${++unitCodes}`,
): Promise<UnitBody> {
  const res = await sendJson(t, admin, 'POST', '/api/admin/units', { parentId, code, name, kind });
  expect(res.status).toBe(201);
  return res.body;
}

/** Creates a counter of `unitId` through the API; fails unless it is created. */
export async function createServicePoint(
  t: TestApp,
  admin: SessionHeaders,
  unitId: number,
  code: string,
  name = `Quầy ${code}`,
): Promise<ServicePointBody> {
  const res = await sendJson(t, admin, 'POST', '/api/admin/service-points', { unitId, code, name });
  expect(res.status).toBe(201);
  return res.body;
}

/** The audit rows of one kind of entity, oldest first. */
export function auditOfEntity(t: TestApp, entity: string) {
  return t.testDb.db
    .selectFrom('audit_log')
    .select(['username', 'action', 'entity_id as entityId', 'before', 'after'])
    .where('entity', '=', entity)
    .orderBy('id')
    .execute();
}

export async function auditCount(t: TestApp): Promise<number> {
  return (await t.testDb.db.selectFrom('audit_log').select('id').execute()).length;
}

/** The error bodies every admin endpoint answers with, to compare whole. */
export const refusals = {
  outOfScope: { error: { code: 'out_of_scope', message: 'This unit is outside the part of the province your account covers.' } },
  unauthenticated: { error: { code: 'unauthenticated', message: 'Please sign in.' } },
  forbidden: { error: { code: 'forbidden', message: 'Your role does not allow this.' } },
};

/** The 400 body of a request whose fields failed validation, naming each field and what is wrong with it, in order. */
export function invalidInput(issues: { path: string; message: string }[]) {
  return { error: { code: 'invalid_input', message: 'The request has invalid fields.', issues } };
}
