// The one way a page loads what it shows: loading, then the data or a failure in the user's
// language, again whenever its key changes, and on demand after a change.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useLang } from '../i18n';
import { errorMessage } from '../messages';

export type Load<T> =
  /** `value`: what the previous key loaded, kept so that a changed filter does not blank the page. */
  { kind: 'loading'; value?: T | undefined } | { kind: 'ready'; value: T } | { kind: 'failed'; message: string; error: unknown };

/**
 * Fetches on mount and whenever `key` changes (a null `fetch` waits, e.g. for the period to be
 * known); an answer for a key that has since changed is dropped. `reload` fetches again and lets
 * a failure reach the caller, so a change that went through but could not be shown is reported
 * where the change was made.
 */
export function useLoad<T>(fetch: (() => Promise<T>) | null, loadFailed: string, key: unknown = null) {
  const { lang } = useLang();
  const [load, setLoad] = useState<Load<T>>({ kind: 'loading' });
  // The fetch of the latest render, so that `reload` reads the current filters.
  const latest = useRef(fetch);
  latest.current = fetch;
  const reload = useCallback(async () => {
    if (latest.current) setLoad({ kind: 'ready', value: await latest.current() });
  }, []);
  const waiting = fetch === null;
  useEffect(() => {
    if (!latest.current) return;
    let live = true;
    setLoad((last) => ({ kind: 'loading', value: last.kind === 'failed' ? undefined : last.value }));
    latest.current().then(
      (value) => live && setLoad({ kind: 'ready', value }),
      (error: unknown) =>
        live && setLoad({ kind: 'failed', error, message: [loadFailed, errorMessage(error, lang)].filter(Boolean).join(' ') }),
    );
    return () => {
      live = false;
    };
  }, [key, waiting]);
  /** Changes the loaded value in place (a page appended, an item changed) without fetching again. */
  const update = useCallback(
    (change: (value: T) => T) => setLoad((l) => (l.kind === 'ready' ? { kind: 'ready', value: change(l.value) } : l)),
    [],
  );
  return { load, reload, update };
}

/** The data a load holds now: the fresh value, or the last one while the next is on the way. */
export const valueOf = <T>(load: Load<T>): T | undefined => (load.kind === 'failed' ? undefined : load.value);
