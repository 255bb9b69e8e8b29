// A page's first load and its reloads after a change: loading, then the data or a failure in the user's language.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useLang } from '../i18n';
import { errorMessage } from '../messages';

export type Load<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; message: string };

/**
 * Fetches once on mount; `reload` fetches again and lets a failure reach the caller, so a
 * change that went through but could not be shown is reported where the change was made.
 */
export function useLoad<T>(fetch: () => Promise<T>, loadFailed: string) {
  const { lang } = useLang();
  const [load, setLoad] = useState<Load<T>>({ kind: 'loading' });
  // `fetch` is the page's module-level loader, so it is the same on every render.
  const reload = useCallback(async () => setLoad({ kind: 'ready', value: await fetch() }), []);
  useEffect(() => {
    reload().catch((err: unknown) => setLoad({ kind: 'failed', message: `${loadFailed} ${errorMessage(err, lang)}` }));
  }, [reload]);
  return { load, reload };
}
