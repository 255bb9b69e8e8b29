// The paper API as the entry, coverage and resolve parts read it (api/src/paper/routes.ts).
import type { LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import { request } from '../../api';

export type SheetStatus = 'printed' | 'entered' | 'verified' | 'disputed';

export interface SheetInfo {
  sheet: string;
  status: SheetStatus;
  servicePoint: { code: string; name: string };
  period: { code: string; status: string };
  enteredByYou: boolean;
  entries: { username: string; kind: string; enteredAt: string }[];
  /** Only for a supervisor, on a disputed sheet: what each entry holds and where they differ. */
  first?: SheetContent;
  second?: SheetContent;
  differences?: { path: string; message: string }[];
  form: LocalizedQuestionnaire;
}

export interface SheetContent {
  respondentType: 'citizen' | 'organization';
  answers: Record<string, number | 'na'>;
  field?: string;
  profile?: Record<string, string>;
  expectations?: Record<string, string>;
  comment?: string;
}

export interface Keyed {
  sheet: string;
  status: 'entered' | 'verified';
  response: { id: string; reference: string };
}

export interface Counts {
  printed: number;
  entered: number;
  verified: number;
  disputed: number;
}

export interface Coverage {
  period: string;
  unit: { id: number; name: string };
  totals: Counts;
  servicePoints: (Counts & { code: string; name: string; unitName: string })[];
  batches: {
    id: number;
    servicePoint: string | null;
    unitName: string | null;
    printed: number;
    entered: number;
    verified: number;
    printedBy: string;
    printedAt: string;
  }[];
}

export interface DisputedSheet {
  sheet: string;
  servicePoint: { code: string; name: string };
  period: string;
  disputedAt: string;
}

export type EntryBody = SheetContent & { sheet: string };

export const fetchSheet = (code: string) => request<SheetInfo>('GET', `/api/admin/paper-sheets/${encodeURIComponent(code)}`);
export const keySheet = (body: EntryBody) => request<Keyed>('POST', '/api/admin/paper-entries', body);
export const fetchCoverage = (period?: string) =>
  request<Coverage>('GET', `/api/admin/paper/coverage${period ? `?period=${encodeURIComponent(period)}` : ''}`);
export const fetchDisputed = (period?: string) =>
  request<{ sheets: DisputedSheet[] }>(
    'GET',
    `/api/admin/paper-sheets?status=disputed${period ? `&period=${encodeURIComponent(period)}` : ''}`,
  ).then((b) => b.sheets);
export const resolveSheet = (code: string, body: SheetContent) =>
  request<Keyed>('POST', `/api/admin/paper-sheets/${encodeURIComponent(code)}/resolution`, body);
