import type { LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import { PageHeading } from '../components/page-heading';
import { StepNav } from '../components/step-nav';
import type { Messages } from '../messages';
import { ChoiceQuestion } from '../questions/choice-question';
import type { Choices } from '../survey-state';

interface Props {
  t: Messages;
  expectations: NonNullable<LocalizedQuestionnaire['expectations']>;
  values: Choices;
  onChange: (code: string, value: string) => void;
  onBack: () => void;
  onNext: () => void;
  focus: boolean;
}

/** Which areas the state should prioritise, each on the questionnaire's levels; all optional. */
export function ExpectationsPage({ t, expectations, values, onChange, onBack, onNext, focus }: Props) {
  return (
    <>
      <PageHeading focus={focus}>{t.expectationsHeading}</PageHeading>
      <p class="hint">{expectations.prompt}</p>
      {expectations.items.map((item) => (
        <ChoiceQuestion
          key={item.code}
          name={`e-${item.code}`}
          question={{ code: item.code, label: item.label, options: expectations.levels }}
          value={values[item.code]}
          onChange={(value) => onChange(item.code, value)}
          optionalLabel={t.optional}
        />
      ))}
      <StepNav t={t} onBack={onBack} primary={t.next} onPrimary={onNext} />
    </>
  );
}
