// The survey's steps, the same on a phone and on a kiosk; the caller keeps the draft and sends.
import type { Lang } from '@sipas/api/shared/questionnaire';
import { useEffect, useState } from 'preact/hooks';
import type { Form } from './api';
import { StepProgress } from './components/step-progress';
import type { Messages } from './messages';
import { newId } from './new-id';
import { CommentPage } from './pages/comment-page';
import { ExpectationsPage } from './pages/expectations-page';
import { FactorPage } from './pages/factor-page';
import { ProfilePage } from './pages/profile-page';
import { RespondentPage } from './pages/respondent-page';
import { LoadingPage } from './pages/status-page';
import { type ReviewStep, loadReviewStep } from './load-review';
import { type Draft, type Origin, type Outgoing, respondentTypesOf, startDraft, stepsOf, toSubmission } from './survey-state';

interface Props {
  t: Messages;
  form: Form;
  lang: Lang;
  draft: Draft;
  setDraft: (update: (d: Draft) => Draft) => void;
  step: number;
  moved: boolean;
  goTo: (step: number) => void;
  origin: Omit<Origin, 'lang'>;
  onDone: (body: Outgoing) => void;
}

export function Survey({ t, form, lang, draft, setDraft, step, moved, goTo, origin, onDone }: Props) {
  const [checkNow, setCheckNow] = useState(false);
  const [problem, setProblem] = useState(false);
  const [review, setReview] = useState<ReviewStep>();
  useEffect(() => {
    void loadReviewStep().then(setReview, () => undefined);
  }, [step]);
  const q = form.questionnaire;
  const steps = stepsOf(q, draft.respondentType);
  const index = Math.min(step, steps.length - 1);
  const current = steps[index] ?? { kind: 'respondent' };

  function go(next: number, check = false) {
    setCheckNow(check);
    setProblem(false);
    goTo(next);
  }
  const back = () => go(index - 1);
  const next = () => go(index + 1);

  function submit() {
    const prepared = toSubmission(draft, { ...origin, lang, ...(origin.channel === 'kiosk' ? { completedAt: new Date().toISOString() } : {}) });
    if (!prepared.ok) return go(0, true);
    if (!review) return;
    const fix = review.stepToFix(prepared.body, q, steps);
    if (fix === undefined) onDone(prepared.body);
    else if (fix === index) setProblem(true);
    else go(fix, true);
  }

  return (
    <div key={index}>
      <StepProgress t={t} step={index} total={steps.length} />
      {current.kind === 'respondent' && (
        <RespondentPage
          t={t}
          title={q.title}
          types={respondentTypesOf(q)}
          value={draft.respondentType}
          onChange={(type) => setDraft((d) => startDraft(d, type, q.version, newId))}
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
      {current.kind === 'profile' && (
        <ProfilePage
          t={t}
          questions={current.questions}
          values={draft.profile}
          onChange={(code, value) => setDraft((d) => ({ ...d, profile: { ...d.profile, [code]: value } }))}
          onBack={back}
          onNext={next}
          focus={moved}
        />
      )}
      {current.kind === 'expectations' && q.expectations && (
        <ExpectationsPage
          t={t}
          expectations={q.expectations}
          values={draft.expectations}
          onChange={(code, value) => setDraft((d) => ({ ...d, expectations: { ...d.expectations, [code]: value } }))}
          onBack={back}
          onNext={next}
          focus={moved}
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
          website={draft.website}
          onWebsite={(website) => setDraft((d) => ({ ...d, website }))}
          onBack={back}
          onNext={next}
          focus={moved}
        />
      )}
      {current.kind === 'review' && !review && <LoadingPage t={t} />}
      {current.kind === 'review' && review && (
        <review.ReviewPage
          t={t}
          q={q}
          steps={steps}
          draft={draft}
          onEdit={(target) => go(target)}
          onBack={back}
          onSubmit={submit}
          problem={problem ? t.incomplete : undefined}
          focus={moved}
        />
      )}
    </div>
  );
}
