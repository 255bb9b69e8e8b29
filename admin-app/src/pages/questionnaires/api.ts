// Questionnaire versions as the "Phiếu khảo sát" page reads, imports and activates them (api/src/questionnaires).
import type { Questionnaire } from '@sipas/api/shared/questionnaire';
import { request } from '../../api';

export interface VersionSummary {
  id: number;
  code: string;
  title: { vi: string; en: string };
  active: boolean;
  createdAt: string;
  responses: number;
}

export interface Version extends VersionSummary {
  definition: Questionnaire;
}

const base = '/api/admin/questionnaires';

export const fetchVersions = () => request<{ versions: VersionSummary[] }>('GET', base).then((b) => b.versions);
export const fetchVersion = (id: number) => request<Version>('GET', `${base}/${id}`);
/** The parsed JSON file as it is: the server checks it and names every problem. */
export const importVersion = (definition: unknown) => request<Version>('POST', base, definition);
export const activateVersion = (id: number) => request<VersionSummary>('POST', `${base}/${id}/activate`);
