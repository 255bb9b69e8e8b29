import type { ComponentChildren } from 'preact';
import type { SurveySession } from '../use-survey-session';
import { LiveMessage } from './live-message';
import { SiteHeader } from './site-header';

/** The header with the counter and the language switch, and the page under it: a phone's and a kiosk's. */
export function SurveyFrame({ session, children }: { session: SurveySession; children: ComponentChildren }) {
  const { t, lang, form, langFailure, switchLang } = session;
  return (
    <>
      <SiteHeader t={t} lang={lang} servicePoint={form?.servicePoint} onLang={switchLang} />
      <main class="page">
        <LiveMessage message={langFailure && `${t.languageFailed} ${t.failures[langFailure]}`} testId="lang-notice" />
        {children}
      </main>
    </>
  );
}
