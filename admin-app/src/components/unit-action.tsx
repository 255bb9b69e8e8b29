// One change on the units page: busy while it runs, then a message next to the form that made it.
import { useState } from 'preact/hooks';
import { ApiError } from '../api';
import { type Lang, useLang } from '../i18n';
import { errorMessage } from '../messages';
import { unitsTexts } from '../pages/units-texts';

/** The API's refusals in the user's language; what the units page does not know, messages.ts says. */
export function unitError(err: unknown, lang: Lang): string {
  const t = unitsTexts[lang];
  if (err instanceof ApiError) {
    if (err.code === 'unit_in_use') {
      // Issues name each active sub-unit (children.<id>) and counter (servicePoints.<code>).
      const names = err.issues.map((i) => (i.path.startsWith('servicePoints.') ? `${i.message} (${i.path.slice('servicePoints.'.length)})` : i.message));
      return t.stillActive(names.join(', '));
    }
    if (err.code === 'invalid_input') return t.errors.invalid_input + err.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    const known = t.errors[err.code];
    if (known) return known;
  }
  return errorMessage(err, lang);
}

export interface Action {
  busy: boolean;
  error: string;
  notice: string;
  /** Runs a change, then `afterwards` (the page reloads the tree); true when it went through. */
  run: (change: () => Promise<unknown>, notice: string) => Promise<boolean>;
}

export function useAction(afterwards: () => Promise<void>): Action {
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
      setState({ busy: false, error: unitError(err, lang), notice: '' });
      return false;
    }
  };
  return { ...state, run };
}

/** The outcome of a form, announced to screen readers as it appears. */
export function ActionFeedback({ action }: { action: Action }) {
  return (
    <>
      <p class="error" role="alert">
        {action.error}
      </p>
      <p class="unit-notice" role="status">
        {action.notice}
      </p>
    </>
  );
}
