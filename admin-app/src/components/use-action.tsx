// One change at a time on the periods, questionnaires, transactions and units pages: busy while
// it runs, then a notice or an error in the user's language.
import { useState } from 'preact/hooks';
import { ApiError, type FailureCode } from '../api';
import { type Lang, useLang } from '../i18n';
import { errorMessage } from '../messages';

/** The page's own words for an API refusal by code, else the shared ones (messages.ts). */
export function describeError(err: unknown, lang: Lang, known: Partial<Record<FailureCode, string>>): string {
  if (err instanceof ApiError && known[err.code]) return known[err.code]!;
  return errorMessage(err, lang);
}

export interface Action {
  busy: boolean;
  error: string;
  notice: string;
  /** Runs a change and then `afterwards`; true when the change went through. */
  run: (change: () => Promise<unknown>, notice: string) => Promise<boolean>;
  fail: (message: string) => void;
}

export function useAction(afterwards: () => Promise<void>, explain: (err: unknown, lang: Lang) => string): Action {
  const { lang } = useLang();
  const [state, setState] = useState({ busy: false, error: '', notice: '' });
  const run = async (change: () => Promise<unknown>, notice: string) => {
    setState({ busy: true, error: '', notice: '' });
    try {
      await change();
      await afterwards();
      setState({ busy: false, error: '', notice });
      return true;
    } catch (err) {
      setState({ busy: false, error: explain(err, lang), notice: '' });
      return false;
    }
  };
  return { ...state, run, fail: (message) => setState({ busy: false, error: message, notice: '' }) };
}

/** The outcome of the last change, announced to screen readers as it appears. */
export function ActionFeedback({ action, noticeClass = 'period-notice' }: { action: Action; noticeClass?: string }) {
  return (
    <>
      <p class="error" role="alert">
        {action.error}
      </p>
      <p class={noticeClass} role="status">
        {action.notice}
      </p>
    </>
  );
}
