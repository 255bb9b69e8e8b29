import type { Days, GroupBy, Stats, Trend } from '@sipas/api/types';
import type { VNode } from 'preact';
import { type ChartsModule, todayInVietnam } from './data';
import { daysTable, distributionTable, factorTable, rankingTable, trendTable, type Words } from './tables';
import { dayRange, fillDays } from '../../series';
import { ChartCard } from './chart-card';
import { IndexSummary } from './index-summary';

interface SectionsProps {
  stats: Stats;
  by: GroupBy | null;
  trend: Trend | undefined;
  days: Days | undefined;
  charts: ChartsModule | 'loading' | 'failed';
  words: Words;
  field: string | undefined;
  /** Ranking keys with data-quality flags (quality-marks.ts). */
  flagged: ReadonlySet<string>;
}

/** Everything below the filters: the headline index, then one card per chart with its table. */
export function DashboardSections({ stats, by, trend, days, charts, words: w, field, flagged }: SectionsProps) {
  const { t } = w;
  const chart = (render: (m: ChartsModule) => VNode) =>
    charts === 'loading' ? (
      <p class="chart-placeholder muted">{t.chartLoading}</p>
    ) : charts === 'failed' ? (
      <p class="hint">{t.chartFailed}</p>
    ) : (
      render(charts)
    );
  const file = (name: string) => `sipas-${name}-${stats.period}.csv`;
  const filledDays = days ? fillDays(days.days, ...rangeOf(days)) : [];

  return (
    <>
      <IndexSummary stats={stats} />
      <ChartCard id="factors" title={t.factors.title} table={factorTable(stats.factors, w)} filename={file('factors')} tableOpen>
        {chart((m) => (
          <m.FactorChart factors={stats.factors} target={stats.target} words={w} />
        ))}
      </ChartCard>
      {by && stats.groups ? (
        <ChartCard
          id="ranking"
          title={by === 'unit' ? t.ranking.titleUnits : t.ranking.titlePoints}
          table={rankingTable(stats.groups, by, stats.target, w, flagged)}
          filename={file('ranking')}
        >
          {chart((m) => (
            <m.RankingChart groups={stats.groups!} target={stats.target} words={w} />
          ))}
          <ul class="dashboard-legend">
            {(['above', 'below', 'insufficient'] as const).map((tone) => (
              <li key={tone}>
                <span class={`dashboard-swatch dashboard-swatch-${tone}`} aria-hidden="true" />
                {t.ranking.legend[tone]}
              </li>
            ))}
            {stats.groups.some((g) => flagged.has(g.key)) && (
              <li data-testid="quality-mark">
                ⚑ <a href="/admin/quality">{t.ranking.flagged}</a>
              </li>
            )}
          </ul>
        </ChartCard>
      ) : (
        <section class="card dashboard-card" aria-labelledby="ranking-title" data-testid="ranking-card">
          <h2 id="ranking-title">{t.ranking.titleUnits}</h2>
          <p class="hint">{field === undefined ? t.ranking.none : t.ranking.fieldNote}</p>
        </section>
      )}
      <div class="dashboard-pair">
        {trend && (
          <ChartCard id="trend" title={t.trend.title} table={trendTable(trend.periods, w)} filename="sipas-trend.csv">
            {chart((m) => (
              <m.TrendChart entries={trend.periods} words={w} />
            ))}
          </ChartCard>
        )}
        {days && (
          <ChartCard
            id="days"
            title={t.days.title}
            table={daysTable(filledDays, w)}
            filename={file('days')}
            note={field === undefined ? undefined : t.days.fieldNote}
          >
            {chart((m) => (
              <m.DaysChart days={filledDays} words={w} />
            ))}
          </ChartCard>
        )}
      </div>
      <ChartCard id="distribution" title={t.distribution.title} table={distributionTable(stats.items, w)} filename={file('distribution')}>
        {chart((m) => (
          <m.DistributionChart items={stats.items} words={w} />
        ))}
      </ChartCard>
    </>
  );
}

function rangeOf(days: Days): [string, string] {
  const { from, to } = dayRange(days, days.days, todayInVietnam());
  return [from, to];
}
