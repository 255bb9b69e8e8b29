import type { LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import type { AnswerValue } from '@sipas/api/shared/response';
import { Choice } from '../components/choice';
import type { LocalizedItem } from '../survey-state';

interface Props {
  question: LocalizedItem;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  scale: LocalizedQuestionnaire['scale'];
  naLabel: string;
  optionalLabel: string;
  error: string | undefined;
}

export function questionId(code: string): string {
  return `q-${code}`;
}

/** One statement rated on the 5-level scale, with "not applicable" where the item allows it. */
export function ScaleQuestion({ question, value, onChange, scale, naLabel, optionalLabel, error }: Props) {
  const id = questionId(question.code);
  return (
    <fieldset
      id={id}
      class={error ? 'card question question--invalid' : 'card question'}
      tabIndex={-1}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend class="question__text">
        {question.text}
        {!question.required && <span class="question__optional"> {optionalLabel}</span>}
      </legend>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {scale.map((s) => (
        <Choice key={s.value} name={question.code} value={String(s.value)} checked={value === s.value} onSelect={() => onChange(s.value)}>
          <span class="option__value">{s.value}</span> {s.label}
        </Choice>
      ))}
      {question.allowNa && (
        <Choice name={question.code} value="na" checked={value === 'na'} onSelect={() => onChange('na')} extraClass="option--na">
          {naLabel}
        </Choice>
      )}
    </fieldset>
  );
}
