import type { LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import type { AnswerValue } from '@sipas/api/shared/response';
import { useEffect, useState } from 'preact/hooks';
import { Choice } from '../components/choice';
import { LiveMessage } from '../components/live-message';
import { PageHeading } from '../components/page-heading';
import { StepNav } from '../components/step-nav';
import type { Messages } from '../messages';
import { questionId, ScaleLegend, ScaleQuestion } from '../questions/scale-question';
import { type Answers, type LocalizedFactor, missingItems, type RespondentType } from '../survey-state';

interface Props {
  t: Messages;
  factors: LocalizedFactor[];
  questionnaire: LocalizedQuestionnaire;
  answers: Answers;
  onAnswer: (code: string, value: AnswerValue) => void;
  /** On the first page: who answers, a required choice that starts the response. */
  who: { types: RespondentType[]; value: RespondentType | undefined; onChange: (type: RespondentType) => void } | undefined;
  onBack: (() => void) | undefined;
  onNext: () => void;
  /** The label of the button that goes on: "Next", or back to the review when editing from it. */
  nextLabel: string;
  focus: boolean;
  /** Set when a check at submission sent the respondent back here: show what is missing at once. */
  checkNow: boolean;
  /** A statement (or 'respondent') chosen on the review to change: it is brought into view with focus. */
  focusItem: string | undefined;
}

const whoId = 'respondent';

/** Moves the page so that the next thing to answer is in view (smoothly, unless motion is reduced). */
function bringIntoView(id: string) {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (!el) return;
    const box = el.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= innerHeight) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: box.height > innerHeight * 0.8 ? 'start' : 'center', behavior: smooth ? 'smooth' : 'auto' });
  });
}

export function RatingPage({
  t,
  factors,
  questionnaire,
  answers,
  onAnswer,
  who,
  onBack,
  onNext,
  nextLabel,
  focus,
  checkNow,
  focusItem,
}: Props) {
  // Counts presses of Next that found gaps; each one moves focus to the first gap.
  const [attempt, setAttempt] = useState(checkNow ? 1 : 0);
  const gaps = () => [...(who && !who.value ? [whoId] : []), ...missingItems(factors, answers).map(questionId)];
  const missing = attempt > 0 ? gaps() : [];
  useEffect(() => {
    const first = gaps()[0];
    if (attempt > 0 && first) document.getElementById(first)?.focus();
  }, [attempt]);
  useEffect(() => {
    if (!focusItem) return;
    const el = document.getElementById(focusItem === 'respondent' ? whoId : questionId(focusItem));
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, []);

  const order = [...(who ? [whoId] : []), ...factors.flatMap((f) => f.items.map((i) => questionId(i.code)))];
  /** After a first answer, the next statement (or the button, after the last) comes into view. */
  function answered(id: string, first: boolean) {
    if (!first || focusItem) return;
    bringIntoView(order[order.indexOf(id) + 1] ?? 'step-nav');
  }

  function next() {
    if (gaps().length === 0) onNext();
    else setAttempt((n) => n + 1);
  }

  const whoInvalid = missing.includes(whoId);
  return (
    <>
      <PageHeading focus={focus && !checkNow && !focusItem}>{factors.map((f) => f.name).join(' · ')}</PageHeading>
      {who && (
        <>
          <p class="hint">{t.intro}</p>
          <fieldset
            id={whoId}
            class={whoInvalid ? 'card question question--invalid' : 'card question'}
            tabIndex={-1}
            aria-describedby={whoInvalid ? 'respondent-error' : undefined}
          >
            <legend class="question__text">{t.respondentLegend}</legend>
            {whoInvalid && (
              <p class="field-error" id="respondent-error">
                {t.chooseRespondent}
              </p>
            )}
            <div class="choices choices--two">
              {who.types.map((type) => (
                <Choice
                  key={type}
                  name="respondentType"
                  value={type}
                  checked={who.value === type}
                  onSelect={() => {
                    answered(whoId, who.value === undefined);
                    who.onChange(type);
                  }}
                >
                  {t.respondentTypes[type]}
                </Choice>
              ))}
            </div>
          </fieldset>
        </>
      )}
      <ScaleLegend scale={questionnaire.scale} />
      <div class="statements">
        {factors
          .flatMap((f) => f.items)
          .map((item) => (
            <ScaleQuestion
              key={item.code}
              question={item}
              value={answers[item.code]}
              onChange={(value) => {
                answered(questionId(item.code), answers[item.code] === undefined);
                onAnswer(item.code, value);
              }}
              scale={questionnaire.scale}
              naLabel={questionnaire.naLabel}
              optionalLabel={t.optional}
              error={missing.includes(questionId(item.code)) ? t.answerNeeded : undefined}
            />
          ))}
      </div>
      <LiveMessage message={missing.length > 0 ? (whoInvalid && missing.length === 1 ? t.chooseRespondent : t.missing) : undefined} />
      <StepNav t={t} onBack={onBack} primary={nextLabel} onPrimary={next} />
    </>
  );
}
