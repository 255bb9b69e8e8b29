import type { LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import { Honeypot } from '../components/honeypot';
import { LiveMessage } from '../components/live-message';
import { PageHeading } from '../components/page-heading';
import { StepNav } from '../components/step-nav';
import type { Messages } from '../messages';
import { type Draft, maxCommentLength, type Step } from '../survey-state';

interface Props {
  t: Messages;
  q: LocalizedQuestionnaire;
  steps: Step[];
  draft: Draft;
  /** A statement's code, 'respondent' or 'about': the thing to change, shown with a way back here. */
  onEdit: (target: string) => void;
  onField: (code: string) => void;
  onComment: (text: string) => void;
  onWebsite: (text: string) => void;
  onBack: () => void;
  onSubmit: () => void;
  problem: string | undefined;
  focus: boolean;
}

/**
 * The last step: a compact summary by factor, each answer a button that opens its statement, then
 * the optional field and comment, and the button that sends.
 */
export function ReviewPage({ t, q, steps, draft, onEdit, onField, onComment, onWebsite, onBack, onSubmit, problem, focus }: Props) {
  const label = (options: { code: string; label: string }[], code: string | undefined) => options.find((o) => o.code === code)?.label;
  const about = steps.find((s) => s.kind === 'about');
  const exp = q.expectations;
  const told = [
    ...(about?.kind === 'about' ? about.questions.map((p) => [p.label, label(p.options, draft.profile[p.code])] as const) : []),
    ...(exp ? exp.items.map((i) => [i.label, label(exp.levels, draft.expectations[i.code])] as const) : []),
  ].filter((row): row is readonly [string, string] => row[1] !== undefined);

  return (
    <>
      <PageHeading focus={focus}>{t.reviewHeading}</PageHeading>
      <p class="hint">{t.reviewHint}</p>
      <div class="review-grid">
        <section class="card review" aria-labelledby="review-who">
          <div class="review__head">
            <h3 id="review-who" class="review__title">
              {t.respondentLegend}
            </h3>
            <button type="button" class="link-button" onClick={() => onEdit('respondent')} aria-describedby="review-who">
              {t.edit}
            </button>
          </div>
          <p class="review__value">{draft.respondentType ? t.respondentTypes[draft.respondentType] : t.notAnswered}</p>
        </section>
        {q.factors.map((f) => (
          <section key={f.code} class="card review" aria-labelledby={`review-${f.code}`}>
            <h3 id={`review-${f.code}`} class="review__title">
              {f.name}
            </h3>
            <ul class="review__answers">
              {f.items.map((item) => {
                const value = draft.answers[item.code];
                const words = value === 'na' ? q.naLabel : (q.scale.find((s) => s.value === value)?.label ?? t.notAnswered);
                return (
                  <li key={item.code}>
                    <button
                      type="button"
                      class={`review__answer${typeof value === 'number' ? ` level-${value}` : ''}`}
                      onClick={() => onEdit(item.code)}
                    >
                      <span aria-hidden="true">{typeof value === 'number' ? value : '–'}</span>
                      <span class="visually-hidden">{`${t.edit}: ${item.text}: ${words}`}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
        {about && (
          <section class="card review" aria-labelledby="review-about">
            <div class="review__head">
              <h3 id="review-about" class="review__title">
                {t.aboutHeading}
              </h3>
              <button type="button" class="link-button" onClick={() => onEdit('about')} aria-describedby="review-about">
                {t.edit}
              </button>
            </div>
            <dl class="review__list">
              {told.length === 0 && (
                <div class="review__row">
                  <dt class="visually-hidden">{t.aboutHeading}</dt>
                  <dd class="review__none">{t.notAnswered}</dd>
                </div>
              )}
              {told.map(([question, answer]) => (
                <div key={question} class="review__row">
                  <dt>{question}:</dt>
                  <dd>{answer}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}
      </div>
      <div class="card field">
        {q.fields.length > 0 && (
          <>
            <label class="field__label" for="field">
              {t.fieldLabel} <span class="field__optional">{t.optional}</span>
            </label>
            <select id="field" value={draft.field} onChange={(e) => onField(e.currentTarget.value)}>
              <option value="">{t.fieldNone}</option>
              {q.fields.map((f) => (
                <option key={f.code} value={f.code}>
                  {f.label}
                </option>
              ))}
            </select>
          </>
        )}
        <label class="field__label field__label--next" for="comment">
          {t.commentLabel} <span class="field__optional">{t.optional}</span>
        </label>
        <p class="field__hint" id="comment-hint">
          {t.commentHint}
        </p>
        <textarea
          id="comment"
          rows={3}
          maxLength={maxCommentLength}
          value={draft.comment}
          onInput={(e) => onComment(e.currentTarget.value)}
          aria-describedby="comment-hint comment-count"
        />
        <p class="field__counter" id="comment-count">
          {t.counter(draft.comment.length, maxCommentLength)}
        </p>
      </div>
      <Honeypot label={t.honeypot} value={draft.website} onChange={onWebsite} />
      <LiveMessage message={problem} />
      <StepNav t={t} onBack={onBack} primary={t.submit} onPrimary={onSubmit} />
    </>
  );
}
