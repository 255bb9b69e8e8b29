import type { Stats } from '@sipas/api/types';
import { formatCount, formatDate, formatInterval, formatPercent } from '../../format';
import { useLang, useText } from '../../i18n';
import { common } from '../../messages';
import { dashboardTexts } from './texts';
import { VerdictBadge } from './verdict-badge';

/** The overall index as the page's headline figure, then the period, unit and response count. */
export function IndexSummary({ stats }: { stats: Stats }) {
  const { lang } = useLang();
  const t = useText(dashboardTexts);
  const statuses = useText(common).periodStatus;
  const { index } = stats;
  return (
    <div class="summary">
      <section class="card index-card" aria-labelledby="index-title">
        <h2 id="index-title">{t.summary.index}</h2>
        <p class="big-figure" data-testid="index-value">
          {index.value === null ? (
            <>
              <span aria-hidden="true">—</span>
              <span class="visually-hidden">{t.noValue}</span>
            </>
          ) : (
            formatPercent(index.value, lang)
          )}
        </p>
        <p class="interval" data-testid="index-interval">
          {t.summary.interval}: {formatInterval(index.ci, lang)}
        </p>
        <p class="verdict-line">
          <VerdictBadge verdict={index.verdict} />
          <span class="muted">
            {t.summary.target}: {formatPercent(stats.target, lang)}
          </span>
        </p>
        {index.verdict === 'inconclusive' && index.moreNeeded !== null && <p class="hint">{t.summary.moreNeeded(index.moreNeeded)}</p>}
        {index.verdict === 'insufficient' && <p class="hint">{t.summary.minN(stats.minN)}</p>}
      </section>

      <section class="card period-card" aria-labelledby="period-title">
        <h2 id="period-title" class="visually-hidden">
          {t.summary.period}
        </h2>
        <dl class="facts">
          <div>
            <dt>{t.summary.period}</dt>
            <dd>
              <span class="period-code">{t.periodName(stats.period)}</span>{' '}
              <span class={`status status-${stats.status}`}>{statuses[stats.status]}</span>
            </dd>
          </div>
          <div>
            <dt>{t.summary.periodDates}</dt>
            <dd>
              {formatDate(stats.startsOn)} – {formatDate(stats.endsOn)}
            </dd>
          </div>
          <div>
            <dt>{t.summary.unit}</dt>
            <dd data-testid="scope-unit">{stats.scope.unit.name}</dd>
          </div>
          <div>
            <dt>{t.summary.responses}</dt>
            <dd class="count" data-testid="responses-count">
              {formatCount(stats.n, lang)}
            </dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
