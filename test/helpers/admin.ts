// Set-up shared by the admin API tests: the three roles signed in, and the audit rows a change leaves.
import { adminRequest, type SessionHeaders, signIn, type TestApp } from './app';

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

/** An admin API call answered as its status and parsed body, to compare whole. */
export async function sendJson(t: TestApp, session: SessionHeaders, method: 'POST' | 'PATCH' | 'GET', path: string, body?: unknown) {
  const res = await adminRequest(t.app, session, method, path, body);
  return { status: res.status, body: await res.json() };
}

/** The audit rows of one kind of entity, oldest first. */
export function auditOfEntity(t: TestApp, entity: string) {
  return t.testDb.db.selectFrom('audit_log').select(['username', 'action', 'entity_id as entityId', 'before', 'after']).where('entity', '=', entity).orderBy('id').execute();
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
