// Questionnaire versions as the "Phiếu khảo sát" page reads, imports and activates them (api/src/questionnaires).
import type { QuestionnaireSummary, QuestionnaireVersion } from '@sipas/api/types';
import { request } from '../../api';

const base = '/api/admin/questionnaires';

export const fetchVersions = () => request<{ versions: QuestionnaireSummary[] }>('GET', base).then((b) => b.versions);
export const fetchVersion = (id: number) => request<QuestionnaireVersion>('GET', `${base}/${id}`);
/** The parsed JSON file as it is: the server checks it and names every problem. */
export const importVersion = (definition: unknown) => request<QuestionnaireVersion>('POST', base, definition);
export const activateVersion = (id: number) => request<QuestionnaireSummary>('POST', `${base}/${id}/activate`);
