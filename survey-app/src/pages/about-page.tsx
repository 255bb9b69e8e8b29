import type { LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import { useState } from 'preact/hooks';
import { PageHeading } from '../components/page-heading';
import { StepNav } from '../components/step-nav';
import type { Messages } from '../messages';
import { ChoiceQuestion } from '../questions/choice-question';
import type { ChoiceQuestion as Question, Choices } from '../survey-state';

interface Props {
  t: Messages;
  questions: Question[];
  expectations: LocalizedQuestionnaire['expectations'];
  profile: Choices;
  expected: Choices;
  onProfile: (code: string, value: string) => void;
  onExpected: (code: string, value: string) => void;
  onBack: () => void;
  onNext: () => void;
  nextLabel: string;
  focus: boolean;
}

/**
 * The optional questions: the respondent's profile, then what the state should prioritise. Most people
 * skip them, so the page first offers just that, one tap, and shows the questions to those who ask.
 */
export function AboutPage({
  t,
  questions,
  expectations,
  profile,
  expected,
  onProfile,
  onExpected,
  onBack,
  onNext,
  nextLabel,
  focus,
}: Props) {
  const started = Object.keys(profile).length + Object.keys(expected).length > 0;
  const [open, setOpen] = useState(started || nextLabel !== t.next);
  if (!open) {
    return (
      <>
        <PageHeading focus={focus}>{t.aboutHeading}</PageHeading>
        <p class="hint">{t.aboutHint}</p>
        <div class="actions actions--stack">
          <button type="button" class="button button--primary" onClick={onNext}>
            {t.skip}
          </button>
          <button type="button" class="button button--secondary" onClick={() => setOpen(true)}>
            {t.aboutAnswer}
          </button>
        </div>
        <div class="actions">
          <button type="button" class="button button--secondary" onClick={onBack}>
            {t.back}
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      <PageHeading focus={focus}>{t.aboutHeading}</PageHeading>
      <p class="hint">{t.aboutHintOpen}</p>
      <div class="about">
        {questions.length > 0 && (
          <div class="about__part">
            {questions.map((q) => (
              <ChoiceQuestion
                key={q.code}
                name={`p-${q.code}`}
                question={q}
                value={profile[q.code]}
                onChange={(value) => onProfile(q.code, value)}
              />
            ))}
          </div>
        )}
        {expectations && (
          <div class="about__part">
            <p class="about__prompt">{expectations.prompt}</p>
            {expectations.items.map((item) => (
              <ChoiceQuestion
                key={item.code}
                name={`e-${item.code}`}
                question={{ code: item.code, label: item.label, options: expectations.levels }}
                value={expected[item.code]}
                onChange={(value) => onExpected(item.code, value)}
              />
            ))}
          </div>
        )}
      </div>
      <StepNav t={t} onBack={onBack} primary={nextLabel} onPrimary={onNext} />
    </>
  );
}
