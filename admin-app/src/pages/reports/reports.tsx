import type { ReportPeriod, UnitTree } from '@sipas/api/types';
import { useMemo, useState } from 'preact/hooks';
import { request } from '../../api';
import { useText } from '../../i18n';
import { useLoad, valueOf } from '../../components/use-load';
import { periodChoices } from '../../period-choices';
import { reportsTexts } from './texts';
import { PageTitle } from '../../components/page-title';
import { formatDateTime } from '../../vietnam-time';
import { periodNames } from '../../period-choices';

/** "Báo cáo": pick a period and a unit, download the three files, see whether the figures are frozen. */
export function Reports() {
  const t = useText(reportsTexts);
  const reports = useLoad(() => request<{ periods: ReportPeriod[] }>('GET', '/api/admin/reports').then((b) => b.periods), '');
  const tree = useLoad(() => request<UnitTree>('GET', '/api/admin/units'), '');
  const [chosenCode, setCode] = useState<string>();
  const [chosenUnit, setUnit] = useState<string>();
  const periods = valueOf(reports.load);
  const units = useMemo(() => [...(valueOf(tree.load)?.units ?? [])].sort((a, b) => a.path.localeCompare(b.path)), [tree.load]);
  // The latest closed half is what the office usually wants; else the newest period.
  const code = chosenCode ?? ((periods?.find((p) => p.status === 'closed') ?? periods?.[0])?.code || '');
  const rootId = valueOf(tree.load)?.rootId;
  const unit = chosenUnit ?? (rootId === undefined ? '' : String(rootId));
  const failed = reports.load.kind === 'failed' ? reports.load : tree.load.kind === 'failed' ? tree.load : undefined;

  const label = useText(periodNames);
  const halves = (periods ?? []).filter((p) => p.code === code || p.code.startsWith(`${code}-`));
  const frozen = halves.filter((p) => p.snapshot);
  const query = unit ? `?unit=${unit}` : '';
  const href = (format: string) => `/api/admin/reports/${code}.${format}${query}`;
  const depth = (path: string) => path.split('/').filter(Boolean).length - 1;

  return (
    <main class="page reports-page">
      <PageTitle title={t.title} intro={t.intro} />
      {failed && (
        <p class="error" role="alert">
          {failed.message}
        </p>
      )}
      {!periods && !failed && <p class="muted">{t.loading}</p>}
      {periods?.length === 0 && <p>{t.noPeriods}</p>}
      {periods && periods.length > 0 && (
        <>
          <section class="card" aria-labelledby="reports-choose">
            <h2 id="reports-choose">{t.choose}</h2>
            <div class="reports-choice">
              <div class="reports-field">
                <label for="reports-period">{t.period}</label>
                <select id="reports-period" value={code} onChange={(e) => setCode(e.currentTarget.value)}>
                  {periodChoices(periods.map((p) => p.code)).map((c) => (
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
                        <td>{formatDateTime(p.snapshot!.takenAt)}</td>
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
