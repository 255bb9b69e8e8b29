// "Phiếu giấy": printing sheets and the verification coverage per counter (printed / keyed /
// verified / disputed) with every printing's progress, for the user's part of the province.
import { useState } from 'preact/hooks';
import { PageTitle } from '../../components/page-title';
import { useLoad, valueOf } from '../../components/use-load';
import { useLang, useText } from '../../i18n';
import { errorMessage } from '../../messages';
import { halfYearChoices, periodNames } from '../../period-choices';
import { useSession } from '../../session';
import { fetchPeriods } from '../periods/api';
import { fetchCoverage } from './api';
import { ResolveSheet } from './resolve';
import { paperTexts } from './texts';
import { formatDateTime } from '../../vietnam-time';

export function PaperCoverage() {
  const t = useText(paperTexts);
  const periodName = useText(periodNames);
  const { lang } = useLang();
  const { user } = useSession();
  const periods = useLoad(fetchPeriods, '');
  const known = valueOf(periods.load);
  const choices = halfYearChoices(known?.map((p) => p.code) ?? []);
  const [chosen, setPeriod] = useState<string>();
  // Sheets are printed for the open period unless told otherwise: it is the one to follow.
  const period = chosen ?? known?.find((p) => p.status === 'open')?.code ?? choices[0];
  const coverage = useLoad(period ? () => fetchCoverage(period) : null, '', period);
  const data = valueOf(coverage.load);
  const [counter, setCounter] = useState('');
  const [copies, setCopies] = useState('20');
  const canPrint = user.role === 'province_admin' || user.role === 'unit_manager';
  const unitPrintUrl = (unit: number) => `/api/admin/units/${unit}/paper-forms.pdf?count=${encodeURIComponent(copies)}`;
  const printUrl = `/api/admin/service-points/${encodeURIComponent(counter.trim())}/paper-forms.pdf?count=${encodeURIComponent(copies)}`;
  return (
    <main class="page">
      <PageTitle title={t.coverageTitle} intro={t.coverageIntro} />
      {[periods.load, coverage.load].map(
        (load, i) =>
          load.kind === 'failed' && (
            <p key={i} class="error" role="alert">
              {errorMessage(load.error, lang)}
            </p>
          ),
      )}
      {canPrint && (
        <form
          class="card paper-code"
          onSubmit={(e) => {
            e.preventDefault();
            window.open(printUrl, '_blank');
            void coverage.reload();
          }}
        >
          <label for="print-counter">{t.counterCode}</label>
          <input id="print-counter" value={counter} maxLength={32} onInput={(e) => setCounter(e.currentTarget.value)} required />
          <label for="print-copies">{t.copies}</label>
          <input id="print-copies" type="number" min={1} max={200} value={copies} onInput={(e) => setCopies(e.currentTarget.value)} />
          <button type="submit" class="button primary">
            {t.print}
          </button>
        </form>
      )}
      <form class="card paper-code" onSubmit={(e) => e.preventDefault()}>
        <label for="coverage-period">{t.period}</label>
        <select id="coverage-period" value={period ?? ''} onChange={(e) => setPeriod(e.currentTarget.value)}>
          {choices.map((code) => (
            <option key={code} value={code}>
              {periodName(code)}
            </option>
          ))}
        </select>
      </form>
      {known?.length === 0 && <p class="card">{t.noPeriods}</p>}
      {data && (
        <section class="card">
          <h2>
            {data.unit.name} · {periodName(data.period)}
          </h2>
          {canPrint && (
            <p>
              <button type="button" class="button secondary" onClick={() => window.open(unitPrintUrl(data.unit.id), '_blank')}>
                {t.printUnit(data.unit.name, copies)}
              </button>
            </p>
          )}
          {data.servicePoints.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <div class="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.counter}</th>
                    <th scope="col">{t.printed}</th>
                    <th scope="col">{t.entered}</th>
                    <th scope="col">{t.verifiedCol}</th>
                    <th scope="col">{t.disputed}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.servicePoints.map((p) => (
                    <tr key={p.code}>
                      <th scope="row">
                        {p.name} ({p.code})
                      </th>
                      <td>{p.printed}</td>
                      <td>{p.entered}</td>
                      <td>{p.verified}</td>
                      <td>{p.disputed}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">{t.total}</th>
                    <td>{data.totals.printed}</td>
                    <td>{data.totals.entered}</td>
                    <td>{data.totals.verified}</td>
                    <td>{data.totals.disputed}</td>
                  </tr>
                </tbody>
              </table>
            </div>
          )}
          {data.batches.length > 0 && (
            <>
              <h3>{t.batches}</h3>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.counter}</th>
                    <th scope="col">{t.printed}</th>
                    <th scope="col">{t.entered}</th>
                    <th scope="col">{t.verifiedCol}</th>
                    <th scope="col">{t.printedBy}</th>
                    <th scope="col">{t.printedAt}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.batches.map((b) => (
                    <tr key={b.id}>
                      <th scope="row">{b.servicePoint ?? b.unitName}</th>
                      <td>{b.printed}</td>
                      <td>{b.entered}</td>
                      <td>{b.verified}</td>
                      <td>{b.printedBy}</td>
                      <td>{formatDateTime(b.printedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
      )}
      {canPrint && <ResolveSheet period={data?.period} onResolved={coverage.reload} />}
    </main>
  );
}
