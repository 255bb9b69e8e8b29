// The import form shared by questionnaires (JSON) and transaction counts (CSV): pick a file,
// send it, then list every problem the server found with its place in the file.
import type { Issue } from '@sipas/api/types';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError, type FailureCode } from '../api';
import { useLang } from '../i18n';
import { describeError } from './use-action';

/** Thrown by `upload` when the file is refused before it is sent; its message is shown as it is. */
export class FileRefused extends Error {}

type Outcome =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string; issues: Issue[] } | { kind: 'done'; message: string };

export interface FileImportProps {
  /** Prefix of the element ids and of the issues' data-testid. */
  name: string;
  texts: { title: string; hint: string; file: string; submit: string; noFile: string; problems: (count: number) => string };
  errors: Partial<Record<FailureCode, string>>;
  accept: string;
  /** Sends the file and answers the notice to show when it went through. */
  upload: (file: File) => Promise<string>;
  issue: (issue: Issue) => ComponentChildren;
  /** Shown between the hint and the form. */
  children?: ComponentChildren;
}

export function FileImport({ name, texts, errors, accept, upload, issue, children }: FileImportProps) {
  const { lang } = useLang();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!file) return setOutcome({ kind: 'failed', message: texts.noFile, issues: [] });
    setOutcome({ kind: 'busy' });
    try {
      setOutcome({ kind: 'done', message: await upload(file) });
    } catch (err) {
      if (err instanceof FileRefused) return setOutcome({ kind: 'failed', message: err.message, issues: [] });
      const issues = err instanceof ApiError && err.code === 'invalid_input' ? err.issues : [];
      const message = issues.length > 0 ? texts.problems(issues.length) : describeError(err, lang, errors);
      setOutcome({ kind: 'failed', message, issues });
    }
  };

  return (
    <section class="card" aria-labelledby={`${name}-import-title`}>
      <h2 id={`${name}-import-title`}>{texts.title}</h2>
      <p class="hint" id={`${name}-import-hint`}>
        {texts.hint}
      </p>
      {children}
      <form class="period-form" onSubmit={submit}>
        <label for={`${name}-file`}>{texts.file}</label>
        <input
          id={`${name}-file`}
          type="file"
          accept={accept}
          aria-describedby={`${name}-import-hint`}
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
        <button type="submit" class="button primary period-submit" disabled={outcome.kind === 'busy'}>
          {texts.submit}
        </button>
      </form>
      <div role="alert">
        {outcome.kind === 'failed' && (
          <>
            <p class="error">{outcome.message}</p>
            {outcome.issues.length > 0 && (
              <ul class="period-issues" data-testid={`${name}-issues`}>
                {outcome.issues.map((item, i) => (
                  <li key={i}>{issue(item)}</li>
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
