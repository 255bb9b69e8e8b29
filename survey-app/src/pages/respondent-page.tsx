import { useEffect, useState } from 'preact/hooks';
import { Choice } from '../components/choice';
import { LiveMessage } from '../components/live-message';
import { PageHeading } from '../components/page-heading';
import { StepNav } from '../components/step-nav';
import type { Messages } from '../messages';
import type { RespondentType } from '../survey-state';

interface Props {
  t: Messages;
  title: string;
  /** The questionnaire's own list (the keys of its profile questions), so the page needs no schema code. */
  types: RespondentType[];
  value: RespondentType | undefined;
  onChange: (value: RespondentType) => void;
  onNext: () => void;
  focus: boolean;
}

export function RespondentPage({ t, title, types, value, onChange, onNext, focus }: Props) {
  const [attempt, setAttempt] = useState(0);
  const invalid = attempt > 0 && value === undefined;
  useEffect(() => {
    if (attempt > 0) document.getElementById('respondent')?.focus();
  }, [attempt]);

  return (
    <>
      <PageHeading focus={focus}>{title}</PageHeading>
      <p class="hint">{t.intro}</p>
      <fieldset
        id="respondent"
        class={invalid ? 'card question question--invalid' : 'card question'}
        tabIndex={-1}
        aria-describedby={invalid ? 'respondent-error' : undefined}
      >
        <legend class="question__text">{t.respondentLegend}</legend>
        {invalid && (
          <p class="field-error" id="respondent-error">
            {t.chooseRespondent}
          </p>
        )}
        {types.map((type) => (
          <Choice key={type} name="respondentType" value={type} checked={value === type} onSelect={() => onChange(type)}>
            {t.respondentTypes[type]}
          </Choice>
        ))}
      </fieldset>
      <LiveMessage message={invalid ? t.chooseRespondent : undefined} visible={false} />
      <StepNav t={t} onBack={undefined} primary={t.next} onPrimary={() => (value ? onNext() : setAttempt((n) => n + 1))} />
    </>
  );
}
