import { PageHeading } from '../components/page-heading';
import { StepNav } from '../components/step-nav';
import type { Messages } from '../messages';
import { ChoiceQuestion } from '../questions/choice-question';
import type { ChoiceQuestion as Question, Choices } from '../survey-state';

interface Props {
  t: Messages;
  questions: Question[];
  values: Choices;
  onChange: (code: string, value: string) => void;
  onBack: () => void;
  onNext: () => void;
  focus: boolean;
}

/** The profile questions of the chosen respondent type; all of them may be skipped. */
export function ProfilePage({ t, questions, values, onChange, onBack, onNext, focus }: Props) {
  return (
    <>
      <PageHeading focus={focus}>{t.profileHeading}</PageHeading>
      <p class="hint">{t.profileHint}</p>
      {questions.map((q) => (
        <ChoiceQuestion
          key={q.code}
          name={`p-${q.code}`}
          question={q}
          value={values[q.code]}
          onChange={(value) => onChange(q.code, value)}
          optionalLabel={t.optional}
        />
      ))}
      <StepNav t={t} onBack={onBack} primary={t.next} onPrimary={onNext} />
    </>
  );
}
