// The unit tree and counters as the "Đơn vị" page reads and changes them (api/src/units,
// api/src/service-points), plus the pure tree helpers the page needs.
import type { ServicePoint, TreeUnit, UnitTree } from '@sipas/api/types';
import { request } from '../../api';

export const childKinds = ['department', 'commune', 'district', 'other'] as const;
export type ChildKind = (typeof childKinds)[number];
export const posterSizes = ['A4', 'A5'] as const;

/** Same rule as the API: 2–32 capitals, digits or "-", not starting with "-". */
export const codePattern = '[A-Za-z0-9][A-Za-z0-9\\-]{1,31}';

export const fetchUnitTree = () => request<UnitTree>('GET', '/api/admin/units');
export const createUnit = (body: { parentId: number; code: string; name: string; kind: ChildKind }) =>
  request<TreeUnit>('POST', '/api/admin/units', body);
export const changeUnit = (id: number, body: { name?: string; code?: string; parentId?: number; active?: boolean }) =>
  request<TreeUnit>('PATCH', `/api/admin/units/${id}`, body);
export const createServicePoint = (body: { unitId: number; code: string; name: string }) =>
  request<ServicePoint>('POST', '/api/admin/service-points', body);
export const changeServicePoint = (id: number, body: { name?: string; unitId?: number; active?: boolean }) =>
  request<ServicePoint>('PATCH', `/api/admin/service-points/${id}`, body);

export const downloads = {
  qrSvg: (code: string) => `/api/admin/service-points/${encodeURIComponent(code)}/qr.svg`,
  qrPng: (code: string) => `/api/admin/service-points/${encodeURIComponent(code)}/qr.png`,
  poster: (code: string, size: string) => `/api/admin/service-points/${encodeURIComponent(code)}/poster.pdf?size=${size}`,
  unitPosters: (id: number, size: string) => `/api/admin/units/${id}/posters.pdf?size=${size}`,
};

/** The children of each unit, siblings by name (Vietnamese collation). */
export function childrenOf(units: TreeUnit[]): Map<number | null, TreeUnit[]> {
  const byParent = new Map<number | null, TreeUnit[]>();
  for (const unit of units) byParent.set(unit.parentId, [...(byParent.get(unit.parentId) ?? []), unit]);
  for (const list of byParent.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return byParent;
}

/** The units from the root down to this one (for the breadcrumb). */
export function ancestorsOf(units: TreeUnit[], unit: TreeUnit): TreeUnit[] {
  const ids = unit.path.split('/').filter(Boolean).map(Number);
  return ids.map((id) => units.find((u) => u.id === id)).filter((u): u is TreeUnit => u !== undefined);
}

/** Where a unit may move: any active unit outside its own subtree, other than its parent now. */
export function moveTargets(units: TreeUnit[], unit: TreeUnit): TreeUnit[] {
  return units.filter((u) => u.active && !u.path.startsWith(unit.path) && u.id !== unit.parentId);
}

/** Active counters of a subtree (the ones the batch of posters prints). */
export function activeCountersBelow(units: TreeUnit[], unit: TreeUnit): number {
  return units
    .filter((u) => u.active && u.path.startsWith(unit.path))
    .reduce((n, u) => n + u.servicePoints.filter((p) => p.active).length, 0);
}

/** The subtree of `rootId` in reading order, each unit with its depth (for indented choices). */
export function treeOrder(units: TreeUnit[], rootId: number): { unit: TreeUnit; depth: number }[] {
  const children = childrenOf(units);
  const out: { unit: TreeUnit; depth: number }[] = [];
  const visit = (unit: TreeUnit, depth: number) => {
    out.push({ unit, depth });
    for (const child of children.get(unit.id) ?? []) visit(child, depth + 1);
  };
  const root = units.find((u) => u.id === rootId);
  if (root) visit(root, 0);
  return out;
}
