// "Phiếu giấy": printing sheets and the verification coverage per counter (printed / keyed /
// verified / disputed) with every printing's progress, for the user's part of the province.
import { useState } from 'preact/hooks';
import { PageTitle } from '../../components/page-title';
import { useLoad, valueOf } from '../../components/use-load';
import { useLang, useText } from '../../i18n';
import { errorMessage } from '../../messages';
import { useSession } from '../../session';
import { fetchCoverage } from './api';
import { ResolveSheet } from './resolve';
import { paperTexts } from './texts';

export function PaperCoverage() {
  const t = useText(paperTexts);
  const { lang } = useLang();
  const { user } = useSession();
  const [period, setPeriod] = useState('');
  const coverage = useLoad(() => fetchCoverage(period || undefined), '', period);
  const data = valueOf(coverage.load);
  const [counter, setCounter] = useState('');
  const [copies, setCopies] = useState('20');
  const canPrint = user.role === 'province_admin' || user.role === 'unit_manager';
  const unitPrintUrl = (unit: number) => `/api/admin/units/${unit}/paper-forms.pdf?count=${encodeURIComponent(copies)}`;
  const printUrl = `/api/admin/service-points/${encodeURIComponent(counter.trim())}/paper-forms.pdf?count=${encodeURIComponent(copies)}`;
  return (
    <main class="page">
      <PageTitle title={t.coverageTitle} intro={t.coverageIntro} />
      {coverage.load.kind === 'failed' && (
        <p class="error" role="alert">
          {errorMessage(coverage.load.error, lang)}
        </p>
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
        <input
          id="coverage-period"
          placeholder="2026-H1"
          maxLength={16}
          value={period}
          onChange={(e) => setPeriod(e.currentTarget.value.trim())}
        />
      </form>
      {data && (
        <section class="card">
          <h2>
            {data.unit.name} · {data.period}
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
                      <td>{new Date(b.printedAt).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}</td>
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
