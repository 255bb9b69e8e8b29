// One change on the units page: busy while it runs, then a message next to the form that made it.
import { ApiError } from '../../api';
import type { Lang } from '../../i18n';
import { errorMessage } from '../../messages';
import { unitsTexts } from './texts';
import { type Action, ActionFeedback as SharedFeedback, useAction as useSharedAction } from '../../components/use-action';

/** The API's refusals in the user's language; what the units page does not know, messages.ts says. */
export function unitError(err: unknown, lang: Lang): string {
  const t = unitsTexts[lang];
  if (err instanceof ApiError) {
    if (err.code === 'unit_in_use') {
      // Issues name each active sub-unit (children.<id>) and counter (servicePoints.<code>).
      const names = err.issues.map((i) =>
        i.path.startsWith('servicePoints.') ? `${i.message} (${i.path.slice('servicePoints.'.length)})` : i.message,
      );
      return t.stillActive(names.join(', '));
    }
    if (err.code === 'invalid_input') return t.errors.invalid_input + err.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    const known = t.errors[err.code];
    if (known) return known;
  }
  return errorMessage(err, lang);
}

/** A change on the units page; afterwards the page reloads the tree. */
export function useAction(afterwards: () => Promise<void>): Action {
  return useSharedAction(afterwards, unitError);
}

/** The outcome of a form, announced to screen readers as it appears. */
export function ActionFeedback({ action }: { action: Action }) {
  return <SharedFeedback action={action} noticeClass="unit-notice" />;
}
