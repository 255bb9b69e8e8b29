// "Đợt khảo sát": the half-year periods, a year's creation, edits, and the open → closed steps.
import type { Period } from '@sipas/api/types';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { type Lang, useText } from '../../i18n';
import { common } from '../../messages';
import { LoadStatus } from '../../components/load-status';
import { ActionFeedback, describeError, useAction } from '../../components/use-action';
import { changePeriod, closePeriod, createYear, fetchPeriods, openPeriod, paperOutCounts } from './api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { PeriodEditForm } from './edit-form';
import { PeriodTable } from './table';
import { PeriodYearForm } from './year-form';
import { useLoad } from '../../components/use-load';
import { periodsTexts } from './texts';
import { PageTitle } from '../../components/page-title';

export function Periods() {
  const t = useText(periodsTexts);
  const c = useText(common);
  const { load, reload } = useLoad(fetchPeriods, t.loadFailed);
  const [editing, setEditing] = useState<string | null>(null);
  const [closing, setClosing] = useState<Period | null>(null);
  // A close refused because paper sheets are still out: the counts, until the admin decides.
  const [paperOut, setPaperOut] = useState<{ code: string; notEntered: number; disputed: number } | null>(null);
  const periods = load.kind === 'ready' ? load.value : [];

  const action = useAction(reload, (err, errLang) => explain(err, errLang, periods));

  const edited = periods.find((p) => p.code === editing);
  const latestYear = periods.reduce((max, p) => Math.max(max, Number(p.code.slice(0, 4))), new Date().getFullYear() - 1);

  return (
    <main class="page">
      <PageTitle title={t.title} intro={t.intro} />
      <ActionFeedback action={action} />
      <LoadStatus load={load} />
      {load.kind === 'ready' && (
        <section class="card" aria-labelledby="period-list-title">
          <h2 id="period-list-title">{t.listTitle}</h2>
          {periods.length === 0 ? (
            <p class="muted">{t.noPeriods}</p>
          ) : (
            <PeriodTable
              periods={periods}
              busy={action.busy}
              onEdit={(period) => setEditing(period.code)}
              onOpen={(period) => void action.run(() => openPeriod(period.code), t.done.opened(period.code))}
              onClose={setClosing}
            />
          )}
        </section>
      )}
      {edited && (
        <PeriodEditForm
          key={edited.code}
          period={edited}
          busy={action.busy}
          onCancel={() => setEditing(null)}
          onSave={async (changes) => {
            const saved = await action.run(() => changePeriod(edited.code, changes), t.done.saved(edited.code));
            if (saved) setEditing(null);
            return saved;
          }}
        />
      )}
      {load.kind === 'ready' && (
        <PeriodYearForm
          suggestedYear={latestYear + 1}
          busy={action.busy}
          onCreate={(year, target) => action.run(() => createYear(year, target), t.done.created(year))}
        />
      )}
      <ConfirmDialog
        open={closing !== null}
        title={t.confirmClose.title(closing?.code ?? '')}
        confirmLabel={t.confirmClose.confirm}
        cancelLabel={c.cancel}
        onCancel={() => setClosing(null)}
        onConfirm={() => {
          const code = closing!.code;
          setClosing(null);
          const close = () =>
            closePeriod(code).catch((err: unknown) => {
              if (err instanceof ApiError && err.code === 'paper_outstanding') setPaperOut({ code, ...paperOutCounts(err) });
              throw err;
            });
          void action.run(close, t.done.closed(code));
        }}
      >
        <p>{t.confirmClose.body(closing?.responses ?? 0)}</p>
        <p class="period-warning">{t.confirmClose.warning}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={paperOut !== null}
        title={t.paperOut.title(paperOut?.code ?? '')}
        confirmLabel={t.paperOut.confirm}
        cancelLabel={c.cancel}
        onCancel={() => setPaperOut(null)}
        onConfirm={() => {
          const code = paperOut!.code;
          setPaperOut(null);
          void action.run(() => closePeriod(code, true), t.done.closed(code));
        }}
      >
        <p>{t.paperOut.body(paperOut?.notEntered ?? 0, paperOut?.disputed ?? 0)}</p>
      </ConfirmDialog>
    </main>
  );
}

/** The API's refusals in the user's words; the open period's name comes from the list on screen. */
function explain(err: unknown, lang: Lang, periods: Period[]): string {
  const t = periodsTexts[lang];
  if (err instanceof ApiError) {
    if (err.code === 'another_period_open') {
      const open = periods.find((p) => p.status === 'open')?.code;
      if (open) return t.anotherOpen(open);
    }
    if (err.code === 'paper_outstanding') {
      const counts = paperOutCounts(err);
      return t.paperOut.body(counts.notEntered, counts.disputed);
    }
    if (err.code === 'invalid_input') {
      return `${t.invalid} ${err.issues.map((i) => `${t.fields[i.path] ?? i.path}: ${i.message}`).join('; ')}`;
    }
  }
  return describeError(err, lang, t.errors);
}
