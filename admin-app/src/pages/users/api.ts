// Accounts, passwords and the audit log as the Users, Account and Audit pages use them
// (api/src/users, api/src/audit).
import type { AuditPage, ManagedUser, NewUser, Role } from '@sipas/api/types';
import { ApiError, request } from '../../api';

export const roles: readonly Role[] = ['province_admin', 'unit_manager', 'viewer', 'data_entry'];

export interface AuditFilter {
  entity: string;
  username: string;
  action: string;
  from: string;
  to: string;
}

/** Same rule as the API: 3–64 lowercase letters, digits, ".", "_" or "-". */
export const usernamePattern = '[a-z0-9._\\-]{3,64}';

export interface UnitChoice {
  id: number;
  name: string;
  /** 0 for the province, 1 for the units under it, … */
  depth: number;
}

/** The active units a unit manager may be given, parents before children. */
export async function fetchUnitChoices(): Promise<UnitChoice[]> {
  const body = await request<{ units: { id: number; path: string; name: string; active: boolean }[] }>('GET', '/api/admin/units');
  return body.units.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name, depth: u.path.split('/').filter(Boolean).length - 1 }));
}

export const fetchUsers = () => request<{ users: ManagedUser[] }>('GET', '/api/admin/users').then((b) => b.users);
export const createUser = (body: NewUser) => request<ManagedUser>('POST', '/api/admin/users', body);
export const changeUser = (id: number, body: { role?: Role; unitId?: number | null; disabled?: boolean }) =>
  request<ManagedUser>('PATCH', `/api/admin/users/${id}`, body);
export const resetPassword = (id: number, password: string) => request<undefined>('POST', `/api/admin/users/${id}/password`, { password });
export const changeOwnPassword = (currentPassword: string, newPassword: string) =>
  request<undefined>('POST', '/api/admin/account/password', { currentPassword, newPassword });

export function fetchAudit(filter: AuditFilter, before?: number) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value.trim()) query.set(key, value.trim());
  if (before !== undefined) query.set('before', String(before));
  query.set('limit', '50');
  return request<AuditPage>('GET', `/api/admin/audit?${query}`);
}

/** The API's problems by field ("" for the request as a whole); empty for other failures. */
export function fieldIssues(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  // Reversed, so the first problem named for a field is the one shown.
  return Object.fromEntries([...err.issues].reverse().map((issue) => [issue.path, issue.message]));
}
