import { referenceOf } from '@sipas/api/shared/reference';
import { useEffect, useState } from 'preact/hooks';
import { LiveMessage } from './components/live-message';
import { SiteHeader } from './components/site-header';
import { SendStatus } from './components/sync-state';
import { messages } from './messages';
import { enqueue } from './outbox/store';
import { sendNow } from './outbox/sender';
import { ErrorPage, LoadingPage } from './pages/status-page';
import { ThankYouPage } from './pages/thank-you-page';
import { Survey } from './survey';
import { fitDraftTo, newDraft, type Outgoing, servicePointCodeOf } from './survey-state';
import { useForm } from './use-form';
import { useStep } from './use-step';

/** The survey on the respondent's own phone, opened from the counter's QR code. */
export function App() {
  const [code] = useState(() => servicePointCodeOf(location.pathname));
  const [draft, setDraft] = useState(newDraft);
  const { form, lang, failure, langFailure, reload, switchLang } = useForm(code ? { kind: 'qr', code } : undefined, (loaded) =>
    setDraft((d) => fitDraftTo(loaded.questionnaire, d)),
  );
  const { step, moved, goTo } = useStep();
  const [sent, setSent] = useState<string>();
  const t = messages[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = form ? `${t.appTitle} – ${form.servicePoint.name}` : t.appTitle;
  }, [lang, form]);

  async function done(body: Outgoing) {
    // Stored first, so that a phone losing its connection (or the page) keeps the answers.
    await enqueue(body, undefined).catch(() => undefined);
    setSent(body.id);
    void sendNow();
  }

  function page() {
    if (!code) return <ErrorPage t={t} message={t.noCode} onRetry={undefined} />;
    if (!form && failure) return <ErrorPage t={t} message={t.failures[failure]} onRetry={failure === 'not_found' ? undefined : reload} />;
    if (!form) return <LoadingPage t={t} />;
    if (sent) {
      return (
        <ThankYouPage t={t} reference={referenceOf(sent)}>
          <SendStatus t={t} id={sent} />
        </ThankYouPage>
      );
    }
    return (
      <Survey
        t={t}
        form={form}
        lang={lang}
        draft={draft}
        setDraft={setDraft}
        step={step}
        moved={moved}
        goTo={goTo}
        origin={{ servicePoint: form.servicePoint.code, channel: 'qr' }}
        onDone={(body) => void done(body)}
      />
    );
  }

  return (
    <>
      <SiteHeader t={t} lang={lang} servicePoint={form?.servicePoint} onLang={switchLang} />
      <main class="page">
        <LiveMessage message={langFailure && `${t.languageFailed} ${t.failures[langFailure]}`} testId="lang-notice" />
        {page()}
      </main>
    </>
  );
}
