import type { Lang } from '@sipas/api/shared/questionnaire';
import { referenceOf } from '@sipas/api/shared/reference';
import type { Submission } from '@sipas/api/shared/response';
import { useEffect, useState } from 'preact/hooks';
import { type Failure, postResponse, type Receipt, RequestFailed } from './api';
import { LiveMessage } from './components/live-message';
import { SiteHeader } from './components/site-header';
import { StepProgress } from './components/step-progress';
import { messages } from './messages';
import { newId } from './new-id';
import { CommentPage } from './pages/comment-page';
import { FactorPage } from './pages/factor-page';
import { RespondentPage } from './pages/respondent-page';
import { ErrorPage, LoadingPage } from './pages/status-page';
import { ThankYouPage } from './pages/thank-you-page';
import { fitDraftTo, newDraft, prepareSubmission, sameContent, servicePointCodeOf, stepAt, stepCount } from './survey-state';
import { useForm } from './use-form';
import { useStep } from './use-step';

type Problem = { kind: 'failed'; failure: Failure } | { kind: 'incomplete' };

export function App() {
  const [code] = useState(() => servicePointCodeOf(location.pathname));
  const [draft, setDraft] = useState(() => newDraft(newId()));
  const { form, lang, failure: loadFailure, langFailure, reload, switchLang } = useForm(code, (loaded) =>
    setDraft((d) => fitDraftTo(loaded.questionnaire, d)),
  );
  const { step, moved, goTo } = useStep();
  const [checkNow, setCheckNow] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [lastSent, setLastSent] = useState<Submission>();
  const [receipt, setReceipt] = useState<Receipt>();
  const t = messages[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = form ? `${t.appTitle} – ${form.servicePoint.name}` : t.appTitle;
  }, [lang, form]);

  function go(next: number, check = false) {
    setCheckNow(check);
    goTo(next);
  }

  async function submit() {
    if (sending || !form) return;
    const prepared = prepareSubmission(draft, form, lang);
    if (!prepared.ok) {
      if (prepared.step === step) setProblem({ kind: 'incomplete' });
      else go(prepared.step, true);
      return;
    }
    let submission = prepared.submission;
    // Retrying the same content keeps the id (the API answers a replay with the stored receipt).
    if (lastSent && !sameContent(lastSent, submission)) {
      submission = { ...submission, id: newId() };
      setDraft((d) => ({ ...d, id: submission.id }));
    }
    setLastSent(submission);
    setSending(true);
    setProblem(undefined);
    try {
      const sent = await postResponse(submission);
      setReceipt({ ...sent, reference: sent.reference || referenceOf(submission.id) });
    } catch (err) {
      setProblem({ kind: 'failed', failure: err instanceof RequestFailed ? err.failure : 'server' });
    } finally {
      setSending(false);
    }
  }

  function page() {
    if (!code) return <ErrorPage t={t} message={t.noCode} onRetry={undefined} />;
    if (!form && loadFailure) {
      return <ErrorPage t={t} message={t.failures[loadFailure]} onRetry={loadFailure === 'not_found' ? undefined : reload} />;
    }
    if (!form) return <LoadingPage t={t} />;
    if (receipt) return <ThankYouPage t={t} reference={receipt.reference} />;
    const q = form.questionnaire;
    const current = stepAt(q, step);
    const back = () => go(step - 1);
    const next = () => go(step + 1);
    return (
      <div key={step}>
        <StepProgress t={t} step={step} total={stepCount(q)} />
        {current.kind === 'respondent' && (
          <RespondentPage
            t={t}
            title={q.title}
            value={draft.respondentType}
            onChange={(respondentType) => setDraft((d) => ({ ...d, respondentType }))}
            onNext={next}
            focus={moved}
          />
        )}
        {current.kind === 'factor' && (
          <FactorPage
            t={t}
            factor={current.factor}
            questionnaire={q}
            answers={draft.answers}
            onAnswer={(item, value) => setDraft((d) => ({ ...d, answers: { ...d.answers, [item]: value } }))}
            onBack={back}
            onNext={next}
            focus={moved}
            checkNow={checkNow}
          />
        )}
        {current.kind === 'final' && (
          <CommentPage
            t={t}
            fields={q.fields}
            field={draft.field}
            comment={draft.comment}
            onField={(field) => setDraft((d) => ({ ...d, field }))}
            onComment={(comment) => setDraft((d) => ({ ...d, comment }))}
            onBack={back}
            onSubmit={submit}
            sending={sending}
            problem={problem && (problem.kind === 'failed' ? `${t.sendFailed} ${t.failures[problem.failure]}` : t.incomplete)}
            focus={moved}
          />
        )}
      </div>
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
