// "Chất lượng dữ liệu": the flagged counters of a period, the responses behind each flag, and the
// province administrator's decisions to exclude them (with a reason) or restore them.
import { useState } from 'preact/hooks';
import { PageTitle } from '../../components/page-title';
import { describeError, useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';
import { useText } from '../../i18n';
import { common } from '../../messages';
import { canManage, useSession } from '../../session';
import { fetchPeriods } from '../periods/api';
import { fetchQuality, restoreExclusion } from './api';
import { FlagCard } from './flag-card';
import { HoursEditor } from './hours-editor';
import { qualityTexts } from './texts';
import { formatDate } from '../../vietnam-time';

export function Quality() {
  const t = useText(qualityTexts);
  const c = useText(common);
  const { user } = useSession();
  const periods = useLoad(fetchPeriods, t.loadFailed);
  const list = periods.load.kind === 'ready' ? periods.load.value : [];
  const [chosen, setPeriod] = useState<string>();
  const period = chosen ?? (list.find((p) => p.status === 'open') ?? list[0])?.code ?? '';
  const { load, reload } = useLoad(period ? () => fetchQuality(period) : null, t.loadFailed, period);
  const action = useAction(reload, (err, errLang) => describeError(err, errLang, t.errors));
  const report = load.kind === 'ready' ? load.value : undefined;
  const decides = canManage(user) && report?.status !== 'closed';

  return (
    <main class="page quality-page">
      <PageTitle title={t.title} intro={t.intro} />
      {load.kind === 'failed' && (
        <p class="error" role="alert">
          {load.message}
        </p>
      )}
      {list.length > 0 && (
        <div class="transaction-period">
          <label for="quality-period">{t.period}</label>
          <select id="quality-period" value={period} onChange={(e) => setPeriod(e.currentTarget.value)}>
            {list.map((p) => (
              <option key={p.code} value={p.code}>
                {`${p.code} (${c.periodStatus[p.status]})`}
              </option>
            ))}
          </select>
        </div>
      )}
      {load.kind === 'loading' && <p class="muted">{c.loading}</p>}
      {action.notice && (
        <p class="notice" role="status">
          {action.notice}
        </p>
      )}
      {action.error && (
        <p class="error" role="alert">
          {action.error}
        </p>
      )}
      {report && (
        <>
          {report.status === 'closed' && <p class="hint">{t.closedNote}</p>}
          <h2>{report.counters.length === 0 ? t.none : t.counters(report.counters.length)}</h2>
          {report.counters.map((counter) => (
            <FlagCard key={counter.servicePoint} period={report.period} counter={counter} decides={decides} action={action} />
          ))}
          <section class="card" aria-labelledby="exclusions-title">
            <h2 id="exclusions-title">{t.exclusionsTitle}</h2>
            {report.exclusions.length === 0 && <p class="muted">{t.noExclusions}</p>}
            <ul class="exclusions">
              {report.exclusions.map((e) => (
                <li key={e.id}>
                  <strong>
                    {e.servicePoint} · {t.kind[e.flag]}
                  </strong>{' '}
                  {t.exclusionLine(e.responses, e.reason, e.createdBy, formatDate(e.createdAt))}
                  {decides && (
                    <button
                      type="button"
                      class="button"
                      disabled={action.busy}
                      onClick={() => void action.run(() => restoreExclusion(e.id), t.restored(e.responses))}
                    >
                      {t.restore}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      {canManage(user) && <HoursEditor />}
    </main>
  );
}
