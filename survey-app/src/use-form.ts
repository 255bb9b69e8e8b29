import type { Lang } from '@sipas/api/shared/questionnaire';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Failure, type Form, fetchForm, RequestFailed, type Source } from './api';
import { langOf } from './survey-state';

/**
 * Loads the form of a service point (or of a kiosk) in the respondent's language. A change of
 * language fetches the form again; until it arrives, the current one stays on screen.
 */
export function useForm(source: Source | undefined, onLoaded: (form: Form) => void) {
  const [lang, setLang] = useState<Lang>(() => langOf(location.search));
  const [form, setForm] = useState<Form>();
  const [failure, setFailure] = useState<Failure>();
  const [langFailure, setLangFailure] = useState<Failure>();
  // Only the answer to the latest request counts, should a slow one arrive after it.
  const latest = useRef(0);

  async function load(next: Lang) {
    if (!source) return;
    // Without a form on screen there is nothing to keep: a failure is the page's own error.
    const switching = form !== undefined;
    const request = ++latest.current;
    setFailure(undefined);
    setLangFailure(undefined);
    try {
      const loaded = await fetchForm(source, next);
      if (request !== latest.current) return;
      onLoaded(loaded);
      setForm(loaded);
      setLang(next);
      rememberLang(next);
    } catch (err) {
      if (request !== latest.current) return;
      const reason = err instanceof RequestFailed ? err.failure : 'server';
      if (switching && reason !== 'revoked') {
        setLangFailure(reason);
      } else {
        setLang(next);
        setFailure(reason);
      }
    }
  }

  useEffect(() => {
    void load(lang);
  }, []);

  return {
    form,
    lang,
    failure,
    langFailure,
    reload: () => void load(lang),
    switchLang: (next: Lang) => void load(next),
    /** Back to Vietnamese, as a kiosk does for each new respondent. */
    resetLang: () => lang !== 'vi' && void load('vi'),
  };
}

/** Keeps the language in the address, so a reload stays in it. */
function rememberLang(lang: Lang) {
  const url = new URL(location.href);
  if (lang === 'vi') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
}
