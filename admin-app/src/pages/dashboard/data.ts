// How the dashboard loads what it shows: one GET per API path, kept while the next one loads so a
// changed filter does not blank the page; the questionnaire's names; Chart.js on demand.
import { useEffect, useState } from 'preact/hooks';
import { request } from '../../api';
import { useLoad, valueOf } from '../../components/use-load';
import type { QuestionnaireSummary, QuestionnaireVersion } from '@sipas/api/types';
import { type Catalogue, emptyCatalogue } from './factors';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

/** GETs `path` whenever it changes; null waits (e.g. for the period to be known). */
export function useJson<T>(path: string | null): Loaded<T> {
  const { load } = useLoad(path === null ? null : () => request<T>('GET', path), '', path);
  return { data: valueOf(load), error: load.kind === 'failed' ? load.error : undefined, loading: path !== null && load.kind === 'loading' };
}

/** Names of factors, statements and fields from the active questionnaire; codes until it arrives. */
export function useCatalogue(): Catalogue {
  const { load } = useLoad(fetchCatalogue, '');
  // Without the names the figures still show, labelled with their codes.
  return valueOf(load) ?? emptyCatalogue;
}

async function fetchCatalogue(): Promise<Catalogue> {
  const { versions } = await request<{ versions: QuestionnaireSummary[] }>('GET', '/api/admin/questionnaires');
  const active = versions.find((v) => v.active);
  return active ? (await request<QuestionnaireVersion>('GET', `/api/admin/questionnaires/${active.id}`)).definition : emptyCatalogue;
}

export type ChartsModule = typeof import('./charts');

/** Chart.js is loaded only once the dashboard is shown, so the other pages stay small. */
export function useCharts(): ChartsModule | 'loading' | 'failed' {
  const [charts, setCharts] = useState<ChartsModule | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let live = true;
    import('./charts').then(
      (module) => live && setCharts(module),
      // The tables still hold every figure, so a failed chart is only noted.
      () => live && setCharts('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  return charts;
}

/** Today's date in Vietnam, where the per-day counts are cut. */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
