import type { FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchStats, type Stats } from '../api';
import { FactorTable } from '../components/factor-table';
import { IndexSummary } from '../components/index-summary';
import { errorMessage, messages } from '../messages';

const t = messages.overview;

type Load = { kind: 'loading' } | { kind: 'ready'; stats: Stats } | { kind: 'failed'; message: string };

export function Overview() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);
  const FactorChart = useFactorChart();

  useEffect(() => {
    document.title = `${t.title} – ${messages.appName}`;
    heading.current?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    fetchStats().then(
      (stats) => live && setLoad({ kind: 'ready', stats }),
      (err: unknown) => live && setLoad({ kind: 'failed', message: errorMessage(err) }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <>
      <main class="page">
        <h1 ref={heading} tabIndex={-1}>
          {t.title}
        </h1>
        {load.kind === 'loading' && <p class="muted">{messages.loading}</p>}
        {load.kind === 'failed' && <p class="error">{load.message}</p>}
        {load.kind === 'ready' && (
          <>
            <IndexSummary stats={load.stats} />
            <section class="card" aria-labelledby="chart-title">
              <h2 id="chart-title">{t.chartTitle}</h2>
              {typeof FactorChart === 'function' ? (
                <FactorChart stats={load.stats} />
              ) : (
                <p class="chart-placeholder muted">{FactorChart === 'failed' ? t.chartFailed : t.chartLoading}</p>
              )}
            </section>
            <section class="card" aria-labelledby="table-title">
              <h2 id="table-title">{t.tableTitle}</h2>
              <FactorTable factors={load.stats.factors} />
            </section>
          </>
        )}
      </main>
    </>
  );
}

type FactorChartComponent = FunctionComponent<{ stats: Stats }>;

/** Chart.js is loaded only once the overview is shown, so the sign-in page stays small. */
function useFactorChart(): FactorChartComponent | 'loading' | 'failed' {
  const [component, setComponent] = useState<FactorChartComponent | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let live = true;
    import('../components/factor-chart').then(
      (module) => live && setComponent(() => module.FactorChart),
      // The table below still has every figure, so a failed chart is only noted.
      () => live && setComponent('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  return component;
}
