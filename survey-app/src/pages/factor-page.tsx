import type { LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import type { AnswerValue } from '@sipas/api/shared/response';
import { useEffect, useState } from 'preact/hooks';
import { LiveMessage } from '../components/live-message';
import { PageHeading } from '../components/page-heading';
import { StepNav } from '../components/step-nav';
import type { Messages } from '../messages';
import { questionId, ScaleQuestion } from '../questions/scale-question';
import { type Answers, type LocalizedFactor, missingItems } from '../survey-state';

interface Props {
  t: Messages;
  factor: LocalizedFactor;
  questionnaire: LocalizedQuestionnaire;
  answers: Answers;
  onAnswer: (code: string, value: AnswerValue) => void;
  onBack: () => void;
  onNext: () => void;
  focus: boolean;
  /** Set when a check at submission sent the respondent back here: show what is missing at once. */
  checkNow: boolean;
}

export function FactorPage({ t, factor, questionnaire, answers, onAnswer, onBack, onNext, focus, checkNow }: Props) {
  // Counts presses of Next that found gaps; each one moves focus to the first gap.
  const [attempt, setAttempt] = useState(checkNow ? 1 : 0);
  const missing = attempt > 0 ? missingItems(factor, answers) : [];
  useEffect(() => {
    const first = missingItems(factor, answers)[0];
    if (attempt > 0 && first) document.getElementById(questionId(first))?.focus();
  }, [attempt]);

  function next() {
    if (missingItems(factor, answers).length === 0) onNext();
    else setAttempt((n) => n + 1);
  }

  return (
    <>
      <PageHeading focus={focus && !checkNow}>{factor.name}</PageHeading>
      <p class="hint">{t.factorHint}</p>
      {factor.items.map((item) => (
        <ScaleQuestion
          key={item.code}
          question={item}
          value={answers[item.code]}
          onChange={(value) => onAnswer(item.code, value)}
          scale={questionnaire.scale}
          naLabel={questionnaire.naLabel}
          optionalLabel={t.optional}
          error={missing.includes(item.code) ? t.answerNeeded : undefined}
        />
      ))}
      <LiveMessage message={missing.length > 0 ? t.missing : undefined} />
      <StepNav t={t} onBack={onBack} primary={t.next} onPrimary={next} />
    </>
  );
}
