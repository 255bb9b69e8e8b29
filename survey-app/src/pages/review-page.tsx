import type { LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import { LiveMessage } from '../components/live-message';
import { PageHeading } from '../components/page-heading';
import { StepNav } from '../components/step-nav';
import type { Messages } from '../messages';
import type { Draft, Step } from '../survey-state';

interface Props {
  t: Messages;
  q: LocalizedQuestionnaire;
  steps: Step[];
  draft: Draft;
  onEdit: (step: number) => void;
  onBack: () => void;
  onSubmit: () => void;
  problem: string | undefined;
  focus: boolean;
}

type Row = [question: string, answer: string | undefined];

/** Every answer, grouped by the step that asked it, each group with a way back to that step. */
export function ReviewPage({ t, q, steps, draft, onEdit, onBack, onSubmit, problem, focus }: Props) {
  const label = (options: { code: string; label: string }[], code: string | undefined) => options.find((o) => o.code === code)?.label;
  const scaleLabel = (value: unknown) => (value === 'na' ? q.naLabel : q.scale.find((s) => s.value === value)?.label);

  function section(step: Step): { title: string; rows: Row[] } | undefined {
    switch (step.kind) {
      case 'respondent':
        return { title: t.respondentLegend, rows: [[t.respondentLegend, draft.respondentType && t.respondentTypes[draft.respondentType]]] };
      case 'factor':
        return { title: step.factor.name, rows: step.factor.items.map((i) => [i.text, scaleLabel(draft.answers[i.code])]) };
      case 'profile':
        return { title: t.profileHeading, rows: step.questions.map((p) => [p.label, label(p.options, draft.profile[p.code])]) };
      case 'expectations': {
        const exp = q.expectations;
        return exp && { title: t.expectationsHeading, rows: exp.items.map((i) => [i.label, label(exp.levels, draft.expectations[i.code])]) };
      }
      case 'final':
        return {
          title: t.finalHeading,
          rows: [
            ...(q.fields.length > 0 ? [[t.fieldShort, label(q.fields, draft.field)] as Row] : []),
            [t.commentLabel, draft.comment.trim() || t.noComment],
          ],
        };
      default:
        return undefined;
    }
  }

  return (
    <>
      <PageHeading focus={focus}>{t.reviewHeading}</PageHeading>
      <p class="hint">{t.reviewHint}</p>
      {steps.map((step, index) => {
        const s = section(step);
        if (!s) return null;
        const headingId = `review-${index}`;
        return (
          <section key={index} class="card review" aria-labelledby={headingId}>
            <div class="review__head">
              <h3 id={headingId} class="review__title">
                {s.title}
              </h3>
              <button type="button" class="link-button" onClick={() => onEdit(index)} aria-describedby={headingId}>
                {t.edit}
              </button>
            </div>
            <dl class="review__list">
              {s.rows.map(([question, answer], i) => (
                <div key={i} class="review__row">
                  <dt>{question}</dt>
                  <dd class={answer ? undefined : 'review__none'}>{answer ?? t.notAnswered}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
      <LiveMessage message={problem} />
      <StepNav t={t} onBack={onBack} primary={t.submit} onPrimary={onSubmit} />
    </>
  );
}
