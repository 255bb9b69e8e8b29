import type { Stats } from '../api';
import { formatCount, formatDate, formatInterval, formatPercent } from '../format';
import { messages } from '../messages';
import { NoValue } from './factor-table';
import { VerdictBadge } from './verdict-badge';

const t = messages.overview;

/** The period and response count, then the overall index as the page's headline figure. */
export function IndexSummary({ stats }: { stats: Stats }) {
  const { index } = stats;
  const period = { code: stats.period, status: stats.status, startsOn: stats.startsOn, endsOn: stats.endsOn };
  return (
    <div class="summary">
      <section class="card index-card" aria-labelledby="index-title">
        <h2 id="index-title">{t.index}</h2>
        <p class="big-figure" data-testid="index-value">
          {index.value === null ? <NoValue /> : formatPercent(index.value)}
        </p>
        <p class="interval">
          {t.interval}: {formatInterval(index.ci)}
        </p>
        <p class="verdict-line">
          <VerdictBadge verdict={index.verdict} />
          <span class="muted">
            {t.target}: {stats.target}%
          </span>
        </p>
        {index.verdict === 'inconclusive' && index.moreNeeded !== null && <p class="hint">{t.moreNeeded(index.moreNeeded)}</p>}
        {index.verdict === 'insufficient' && <p class="hint">{t.minN(stats.minN)}</p>}
      </section>

      <section class="card period-card" aria-labelledby="period-title">
        <h2 id="period-title" class="visually-hidden">
          {t.period}
        </h2>
        <dl class="facts">
          <div>
            <dt>{t.period}</dt>
            <dd>
              <span class="period-code">{period.code}</span>{' '}
              <span class={`status status-${period.status}`}>{messages.periodStatus[period.status]}</span>
            </dd>
          </div>
          <div>
            <dt>{t.periodDates}</dt>
            <dd>
              {formatDate(period.startsOn)} – {formatDate(period.endsOn)}
            </dd>
          </div>
          <div>
            <dt>{t.responses}</dt>
            <dd class="count" data-testid="responses-count">
              {formatCount(stats.n)}
            </dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
