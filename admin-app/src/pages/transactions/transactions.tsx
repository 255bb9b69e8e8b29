// "Số hồ sơ": procedures handled per counter and period, typed in or imported from a CSV file.
import type { Period, PeriodCounts } from '@sipas/api/types';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useLang, useText } from '../../i18n';
import { common, errorMessage } from '../../messages';
import { fetchPeriods } from '../periods/api';
import { fetchCounts } from './api';
import { TransactionImport } from './import';
import { TransactionTable } from './table';
import { transactionsTexts } from './texts';

type Load<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; message: string };

export function Transactions() {
  const t = useText(transactionsTexts);
  const c = useText(common);
  const { lang } = useLang();
  const [periods, setPeriods] = useState<Load<Period[]>>({ kind: 'loading' });
  const [period, setPeriod] = useState('');
  const [counts, setCounts] = useState<Load<PeriodCounts>>({ kind: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${t.title} – ${c.appName}`;
  }, [t, c]);
  useEffect(() => {
    heading.current?.focus();
    fetchPeriods().then(
      (list) => {
        setPeriods({ kind: 'ready', value: list });
        // The open period is the one whose counts are being gathered; else the newest.
        setPeriod((list.find((p) => p.status === 'open') ?? list[0])?.code ?? '');
      },
      (err: unknown) => setPeriods({ kind: 'failed', message: `${t.loadFailed} ${errorMessage(err, lang)}` }),
    );
  }, []);

  const reload = useCallback(async () => {
    if (period) setCounts({ kind: 'ready', value: await fetchCounts(period) });
  }, [period]);
  useEffect(() => {
    setCounts({ kind: 'loading' });
    reload().catch((err: unknown) => setCounts({ kind: 'failed', message: `${t.loadFailed} ${errorMessage(err, lang)}` }));
  }, [reload]);

  const failed = periods.kind === 'failed' ? periods.message : counts.kind === 'failed' ? counts.message : '';
  const list = periods.kind === 'ready' ? periods.value : [];

  return (
    <main class="page">
      <h1 ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p class="muted">{t.intro}</p>
      {failed && (
        <p class="error" role="alert">
          {failed}
        </p>
      )}
      {periods.kind === 'loading' && <p class="muted">{c.loading}</p>}
      {periods.kind === 'ready' && list.length === 0 && <p class="muted">{t.noPeriods}</p>}
      {list.length > 0 && (
        <div class="transaction-period">
          <label for="transaction-period">{t.period}</label>
          <select id="transaction-period" value={period} onChange={(e) => setPeriod(e.currentTarget.value)}>
            {list.map((p) => (
              <option key={p.code} value={p.code}>
                {t.periodOption(p.code, c.periodStatus[p.status])}
              </option>
            ))}
          </select>
        </div>
      )}
      {counts.kind === 'ready' && (
        <>
          <section class="card" aria-labelledby="transaction-table-title">
            <h2 id="transaction-table-title">{t.tableTitle(counts.value.period)}</h2>
            {counts.value.status === 'closed' && <p class="hint">{t.closedNote}</p>}
            <TransactionTable key={counts.value.period} counts={counts.value} onSaved={reload} />
          </section>
          {counts.value.status !== 'closed' && <TransactionImport key={counts.value.period} period={counts.value.period} onImported={reload} />}
        </>
      )}
    </main>
  );
}
