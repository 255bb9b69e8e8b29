import type { ReportPeriod, UnitTree } from '@sipas/api/types';
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../api';
import { useLang, useText } from '../../i18n';
import { common, errorMessage } from '../../messages';
import { reportsTexts } from './texts';

/** Halves newest first, each year listed before its halves. */
function choices(periods: ReportPeriod[]) {
  const years = [...new Set(periods.map((p) => p.code.slice(0, 4)))].sort().reverse();
  return years.flatMap((year) => [year, ...periods.filter((p) => p.code.startsWith(`${year}-`)).map((p) => p.code).sort().reverse()]);
}

/** "Báo cáo": pick a period and a unit, download the three files, see whether the figures are frozen. */
export function Reports() {
  const t = useText(reportsTexts);
  const shared = useText(common);
  const { lang } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const [periods, setPeriods] = useState<ReportPeriod[]>();
  const [units, setUnits] = useState<UnitTree['units']>([]);
  const [code, setCode] = useState('');
  const [unit, setUnit] = useState('');
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    document.title = `${t.title} – ${shared.appName}`;
  }, [t, shared]);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    request<{ periods: ReportPeriod[] }>('GET', '/api/admin/reports').then((body) => {
      setPeriods(body.periods);
      // The latest closed half is what the office usually wants; else the newest period.
      const closed = body.periods.find((p) => p.status === 'closed');
      setCode((closed ?? body.periods[0])?.code ?? '');
    }, setError);
    request<UnitTree>('GET', '/api/admin/units').then((body) => {
      setUnits([...body.units].sort((a, b) => a.path.localeCompare(b.path)));
      setUnit(String(body.rootId));
    }, setError);
  }, []);

  const label = (c: string) => (c.length === 4 ? t.year(c) : c.endsWith('H1') ? t.half1(c.slice(0, 4)) : t.half2(c.slice(0, 4)));
  const halves = (periods ?? []).filter((p) => p.code === code || p.code.startsWith(`${code}-`));
  const frozen = halves.filter((p) => p.snapshot);
  const query = unit ? `?unit=${unit}` : '';
  const href = (format: string) => `/api/admin/reports/${code}.${format}${query}`;
  const depth = (path: string) => path.split('/').filter(Boolean).length - 1;

  return (
    <main class="page reports-page">
      <h1 ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p class="muted">{t.intro}</p>
      {error !== undefined && (
        <p class="error" role="alert">
          {errorMessage(error, lang)}
        </p>
      )}
      {!periods && !error && <p class="muted">{t.loading}</p>}
      {periods?.length === 0 && <p>{t.noPeriods}</p>}
      {periods && periods.length > 0 && (
        <>
          <section class="card" aria-labelledby="reports-choose">
            <h2 id="reports-choose">{t.choose}</h2>
            <div class="reports-choice">
              <div class="reports-field">
                <label for="reports-period">{t.period}</label>
                <select id="reports-period" value={code} onChange={(e) => setCode(e.currentTarget.value)}>
                  {choices(periods).map((c) => (
                    <option key={c} value={c}>
                      {label(c)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="reports-field">
                <label for="reports-unit">{t.unit}</label>
                <select id="reports-unit" value={unit} onChange={(e) => setUnit(e.currentTarget.value)}>
                  {units.map((u) => (
                    <option key={u.id} value={String(u.id)}>
                      {`${'\u00a0\u00a0'.repeat(Math.max(0, depth(u.path)))}${u.name}`}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </section>
          <section class="card" aria-labelledby="reports-state">
            <h2 id="reports-state">{t.state}</h2>
            <p data-testid="report-state" class={frozen.length === halves.length ? 'reports-frozen' : 'reports-live'}>
              {frozen.length === halves.length
                ? t.frozen
                : frozen.length > 0
                  ? t.partlyFrozen
                  : halves.every((p) => p.status === 'closed')
                    ? t.closedNotYetFrozen
                    : t.notFrozen}
            </p>
            {frozen.length > 0 ? (
              <div class="table-scroll">
                <table class="figures reports-snapshots">
                  <caption>{t.snapshotsCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.half}</th>
                      <th scope="col">{t.digest}</th>
                      <th scope="col">{t.takenAt}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {frozen.map((p) => (
                      <tr key={p.code}>
                        <th scope="row">{p.code}</th>
                        <td class="reports-digest">{p.snapshot!.digest}</td>
                        <td>{new Date(p.snapshot!.takenAt).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p class="hint">{t.notFrozenHint}</p>
            )}
            <p class="hint">{t.verifyHint}</p>
          </section>
          <section class="card" aria-labelledby="reports-files">
            <h2 id="reports-files">{t.files}</h2>
            <ul class="reports-files">
              {(['docx', 'xlsx', 'csv'] as const).map((format) => (
                <li key={format}>
                  <a class="button primary" href={href(format)} download data-testid={`download-${format}`}>
                    {t[format]}
                  </a>
                  <span class="hint">{t[`${format}Hint`]}</span>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </main>
  );
}
