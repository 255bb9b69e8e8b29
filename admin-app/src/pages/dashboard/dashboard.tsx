import type { Days, QualityReport, Stats, Trend, UnitTree } from '@sipas/api/types';
import { flaggedKeys } from './quality-marks';
import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { DashboardFilters } from './filters';
import { DashboardSections } from './sections';
import { useCatalogue, useCharts, useJson } from './data';
import { daysPath, defaultPeriod, type Filters, pagePath, rankingBy, readFilters, statsPath, trendPath } from './query';
import type { Words } from './tables';
import { namesFor } from './factors';
import { periodChoices } from '../../period-choices';
import { useLang, useText } from '../../i18n';
import { common, errorMessage } from '../../messages';
import { dashboardTexts } from './texts';
import { PageTitle } from '../../components/page-title';

/**
 * The dashboard at /admin/. What it shows is in the URL query, so a view can be shared; the
 * period defaults to the open one, the unit to the user's root (a unit manager's own unit).
 */
export function Dashboard() {
  const t = useText(dashboardTexts);
  const shared = useText(common);
  const { lang } = useLang();
  const { query, route } = useLocation();
  const filters = readFilters(query);

  const tree = useJson<UnitTree>('/api/admin/units');
  const catalogue = useCatalogue();
  const trend = useJson<Trend>(trendPath(filters));
  const period = filters.period ?? (trend.data ? defaultPeriod(trend.data.periods) : undefined);
  const unitId = filters.unit ?? tree.data?.rootId;
  const by = tree.data && unitId !== undefined ? rankingBy(tree.data, unitId, filters.field) : null;
  // The ranking comes with the overall figures in one request (by=); it waits for the tree to choose it.
  const stats = useJson<Stats>(period && tree.data ? statsPath({ ...filters, period }, by) : null);
  const days = useJson<Days>(period ? daysPath({ ...filters, period }) : null);
  // The quality flags judge one half-year at a time; a whole year's ranking is left unmarked.
  const quality = useJson<QualityReport>(
    period && /-H[12]$/.test(period) && unitId !== undefined ? `/api/admin/quality?period=${period}&unit=${unitId}` : null,
  );
  const flagged = useMemo(() => flaggedKeys(quality.data, tree.data, unitId, by), [quality.data, tree.data, unitId, by]);
  const charts = useCharts();

  const words = useMemo(
    (): Words => ({ t, lang, names: namesFor(catalogue, lang), verdicts: shared.verdict, statuses: shared.periodStatus }),
    [t, lang, catalogue, shared],
  );

  const change = (next: Filters) => route(pagePath(next), true);
  const error = tree.error ?? trend.error ?? stats.error;
  const noPeriods = trend.data?.periods.length === 0 && !filters.period;

  return (
    <main class="page dashboard" aria-busy={stats.loading || trend.loading}>
      <PageTitle title={t.title} />
      <DashboardFilters
        filters={filters}
        period={period}
        periods={periodChoices(trend.data?.periods.map((p) => p.period) ?? [], period)}
        tree={tree.data}
        fields={catalogue.fields}
        onChange={change}
      />
      {error !== undefined && (
        <p class="error" role="alert">
          {errorMessage(error, lang)}
        </p>
      )}
      {noPeriods && <p class="card">{t.noPeriods}</p>}
      {!stats.data && error === undefined && !noPeriods && <p class="muted">{t.loading}</p>}
      {stats.data && (
        <DashboardSections
          stats={stats.data}
          by={stats.data.by ?? null}
          trend={trend.data}
          days={days.data}
          charts={charts}
          words={words}
          field={filters.field}
          flagged={flagged}
        />
      )}
    </main>
  );
}
