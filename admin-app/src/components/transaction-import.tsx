// Imports a period's counts from a CSV file; when a line is wrong the server names it and keeps nothing.
import { useState } from 'preact/hooks';
import { ApiError, type Issue } from '../api';
import { useLang, useText } from '../i18n';
import { transactionsTexts } from '../pages/transactions-texts';
import { describeError } from './period-action';
import { importCounts } from './transaction-api';

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string; issues: Issue[] } | { kind: 'done'; message: string };

export function TransactionImport({ period, onImported }: { period: string; onImported: () => Promise<void> }) {
  const t = useText(transactionsTexts);
  const { lang } = useLang();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!file) return setOutcome({ kind: 'failed', message: t.import.noFile, issues: [] });
    setOutcome({ kind: 'busy' });
    try {
      const { imported } = await importCounts(period, await file.text(), lang);
      await onImported();
      setOutcome({ kind: 'done', message: t.import.done(imported) });
    } catch (err) {
      const issues = err instanceof ApiError && err.code === 'invalid_input' ? err.issues : [];
      setOutcome({ kind: 'failed', message: issues.length > 0 ? t.import.problems : describeError(err, lang, t.errors), issues });
    }
  };

  return (
    <section class="card" aria-labelledby="transaction-import-title">
      <h2 id="transaction-import-title">{t.import.title}</h2>
      <p class="hint" id="transaction-import-hint">
        {t.import.hint}
      </p>
      <p class="hint">
        {t.import.example} <code class="transaction-example">DEMO-01,1250</code>
      </p>
      <form class="period-form" onSubmit={submit}>
        <label for="transaction-file">{t.import.file}</label>
        <input
          id="transaction-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby="transaction-import-hint"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
        <button type="submit" class="button primary period-submit" disabled={outcome.kind === 'busy'}>
          {t.import.submit}
        </button>
      </form>
      <div role="alert">
        {outcome.kind === 'failed' && (
          <>
            <p class="error">{outcome.message}</p>
            {outcome.issues.length > 0 && (
              <ul class="period-issues" data-testid="transaction-issues">
                {outcome.issues.map((issue, i) => (
                  <li key={i}>
                    {/* Paths are "line.<n>", or "file" for the file as a whole. */}
                    {issue.path.startsWith('line.') ? <strong>{t.import.line(issue.path.slice('line.'.length))}: </strong> : null}
                    {issue.message}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      <p class="period-notice" role="status">
        {outcome.kind === 'done' ? outcome.message : ''}
      </p>
    </section>
  );
}
