import type { LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import type { AnswerValue } from '@sipas/api/shared/response';
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

/**
 * One statement on the 5-level scale as a row of five numbered choices, about a quarter of a phone
 * screen. Each is a native radio named by the statement's code, so arrow keys and screen readers work
 * as on any radio group, and a screen reader hears the level's words; sighted people read them in the
 * page's legend, and under the row for the chosen one. "Not applicable" is a smaller, separate choice.
 */
export function ScaleQuestion({ question, value, onChange, scale, naLabel, optionalLabel, error }: Props) {
  const id = questionId(question.code);
  const chosen = value === 'na' ? undefined : scale.find((s) => s.value === value)?.label;
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
      <div class="scale">
        {scale.map((s) => (
          <label key={s.value} class={`scale__choice level-${s.value}`}>
            <input
              type="radio"
              name={question.code}
              value={String(s.value)}
              checked={value === s.value}
              onChange={() => onChange(s.value)}
            />
            <span class="scale__number">{s.value}</span>
            <span class="visually-hidden"> {s.label}</span>
          </label>
        ))}
      </div>
      <div class="scale__foot">
        <p class="scale__chosen" aria-hidden="true">
          {chosen}
        </p>
        {question.allowNa && (
          <label class="scale__na">
            <input type="radio" name={question.code} value="na" checked={value === 'na'} onChange={() => onChange('na')} />
            {naLabel}
          </label>
        )}
      </div>
    </fieldset>
  );
}

/** The five levels' words, once per page, in the colours of the choices. */
export function ScaleLegend({ scale }: { scale: LocalizedQuestionnaire['scale'] }) {
  return (
    <ul class="scale-legend">
      {scale.map((s) => (
        <li key={s.value}>
          <span class={`scale-legend__number level-${s.value}`}>{s.value}</span> {s.label}
        </li>
      ))}
    </ul>
  );
}
