// The survey's steps, the same on a phone and on a kiosk; the caller sends what it gives back.
import { useEffect, useState } from 'preact/hooks';
import { StepProgress } from './components/step-progress';
import { newId } from './new-id';
import { AboutPage } from './pages/about-page';
import { RatingPage } from './pages/rating-page';
import { LoadingPage } from './pages/status-page';
import { type ReviewStep, loadReviewStep } from './load-review';
import { type Origin, type Outgoing, respondentTypesOf, startDraft, stepOfItem, stepsOf, toSubmission } from './survey-state';
import type { SurveySession } from './use-survey-session';

interface Props {
  session: SurveySession & { form: NonNullable<SurveySession['form']> };
  channel: Origin['channel'];
  onDone: (body: Outgoing) => void;
}

export function Survey({ session, channel, onDone }: Props) {
  const { t, form, lang, draft, setDraft, step, moved, goTo } = session;
  const [checkNow, setCheckNow] = useState(false);
  const [problem, setProblem] = useState(false);
  // What the respondent chose to change on the review; its step then leads back to the review.
  const [editing, setEditing] = useState<string>();
  const [review, setReview] = useState<ReviewStep>();
  useEffect(() => {
    void loadReviewStep().then(setReview, () => undefined);
  }, [step]);
  const q = form.questionnaire;
  const steps = stepsOf(q, draft.respondentType);
  const last = steps.length - 1;
  const index = Math.min(step, last);
  const current = steps[index] ?? { kind: 'review' };

  function go(next: number, check = false) {
    setCheckNow(check);
    setProblem(false);
    setEditing(undefined);
    goTo(next);
  }
  const back = index > 0 ? () => go(index - 1) : undefined;
  // After a change asked for on the review, straight back to it.
  const next = () => go(editing ? last : index + 1);
  const nextLabel = editing ? t.backToReview : t.next;

  function edit(target: string) {
    go(target === 'about' ? steps.findIndex((s) => s.kind === 'about') : stepOfItem(steps, target));
    setEditing(target);
  }

  function submit() {
    const prepared = toSubmission(draft, {
      servicePoint: form.servicePoint.code,
      channel,
      lang,
      ...(channel === 'kiosk' ? { completedAt: new Date().toISOString() } : {}),
    });
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
      {current.kind === 'rating' && (
        <RatingPage
          t={t}
          factors={current.factors}
          questionnaire={q}
          answers={draft.answers}
          onAnswer={(item, value) => setDraft((d) => ({ ...d, answers: { ...d.answers, [item]: value } }))}
          who={
            current.asksWho
              ? {
                  types: respondentTypesOf(q),
                  value: draft.respondentType,
                  onChange: (type) => setDraft((d) => startDraft(d, type, q.version, newId)),
                }
              : undefined
          }
          onBack={back}
          onNext={next}
          nextLabel={nextLabel}
          focus={moved}
          checkNow={checkNow}
          focusItem={editing}
        />
      )}
      {current.kind === 'about' && (
        <AboutPage
          t={t}
          questions={current.questions}
          expectations={q.expectations}
          profile={draft.profile}
          expected={draft.expectations}
          onProfile={(code, value) => setDraft((d) => ({ ...d, profile: { ...d.profile, [code]: value } }))}
          onExpected={(code, value) => setDraft((d) => ({ ...d, expectations: { ...d.expectations, [code]: value } }))}
          onBack={() => go(index - 1)}
          onNext={next}
          nextLabel={nextLabel}
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
          onEdit={edit}
          onField={(field) => setDraft((d) => ({ ...d, field }))}
          onComment={(comment) => setDraft((d) => ({ ...d, comment }))}
          onWebsite={(website) => setDraft((d) => ({ ...d, website }))}
          onBack={() => go(index - 1)}
          onSubmit={submit}
          problem={problem ? t.incomplete : undefined}
          focus={moved}
        />
      )}
    </div>
  );
}
