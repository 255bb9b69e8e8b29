// Imports a questionnaire from a JSON file; the server names every problem with its place in the file.
import { useState } from 'preact/hooks';
import { ApiError, type Issue } from '../api';
import { useLang, useText } from '../i18n';
import { questionnairesTexts } from '../pages/questionnaires-texts';
import { describeError } from './period-action';
import { importVersion, type Version } from './questionnaire-api';

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string; issues: Issue[] } | { kind: 'done'; message: string };

export function QuestionnaireImport({ onImported }: { onImported: (version: Version) => Promise<void> }) {
  const t = useText(questionnairesTexts);
  const { lang } = useLang();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!file) return setOutcome({ kind: 'failed', message: t.import.noFile, issues: [] });
    setOutcome({ kind: 'busy' });
    let definition: unknown;
    try {
      definition = JSON.parse(await file.text());
    } catch {
      return setOutcome({ kind: 'failed', message: t.import.notJson, issues: [] });
    }
    try {
      const version = await importVersion(definition);
      await onImported(version);
      setOutcome({ kind: 'done', message: t.done.imported(version.code) });
    } catch (err) {
      const issues = err instanceof ApiError && err.code === 'invalid_input' ? err.issues : [];
      const message = issues.length > 0 ? t.import.problems(issues.length) : describeError(err, lang, t.errors);
      setOutcome({ kind: 'failed', message, issues });
    }
  };

  return (
    <section class="card" aria-labelledby="questionnaire-import-title">
      <h2 id="questionnaire-import-title">{t.import.title}</h2>
      <p class="hint" id="questionnaire-import-hint">
        {t.import.hint}
      </p>
      <form class="period-form" onSubmit={submit}>
        <label for="questionnaire-file">{t.import.file}</label>
        <input
          id="questionnaire-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="questionnaire-import-hint"
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
              <ul class="period-issues" data-testid="questionnaire-issues">
                {outcome.issues.map((issue, i) => (
                  <li key={i}>
                    <code>{issue.path || '/'}</code> — {issue.message}
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
