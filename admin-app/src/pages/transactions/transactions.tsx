// "Số hồ sơ": procedures handled per counter and period, typed in or imported from a CSV file.
import { useState } from 'preact/hooks';
import { useText } from '../../i18n';
import { common } from '../../messages';
import { useLoad } from '../../components/use-load';
import { fetchPeriods } from '../periods/api';
import { fetchCounts } from './api';
import { TransactionImport } from './import';
import { TransactionTable } from './table';
import { transactionsTexts } from './texts';
import { PageTitle } from '../../components/page-title';

export function Transactions() {
  const t = useText(transactionsTexts);
  const c = useText(common);
  const periods = useLoad(fetchPeriods, t.loadFailed);
  const list = periods.load.kind === 'ready' ? periods.load.value : [];
  const [chosen, setPeriod] = useState<string>();
  // The open period is the one whose counts are being gathered; else the newest.
  const period = chosen ?? (list.find((p) => p.status === 'open') ?? list[0])?.code ?? '';
  const { load: counts, reload } = useLoad(period ? () => fetchCounts(period) : null, t.loadFailed, period);

  const failed = periods.load.kind === 'failed' ? periods.load.message : counts.kind === 'failed' ? counts.message : '';

  return (
    <main class="page">
      <PageTitle title={t.title} intro={t.intro} />
      {failed && (
        <p class="error" role="alert">
          {failed}
        </p>
      )}
      {periods.load.kind === 'loading' && <p class="muted">{c.loading}</p>}
      {periods.load.kind === 'ready' && list.length === 0 && <p class="muted">{t.noPeriods}</p>}
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
          {counts.value.status !== 'closed' && (
            <TransactionImport key={counts.value.period} period={counts.value.period} onImported={reload} />
          )}
        </>
      )}
    </main>
  );
}
