import { Choice } from '../components/choice';

interface Props {
  /** Used for the radio group's name and the fieldset's id. */
  name: string;
  question: { code: string; label: string; options: { code: string; label: string }[] };
  value: string | undefined;
  onChange: (value: string) => void;
  optionalLabel: string;
}

/** One optional question with a few options: a profile question, or an expectation with its levels. */
export function ChoiceQuestion({ name, question, value, onChange, optionalLabel }: Props) {
  return (
    <fieldset id={name} class="card question">
      <legend class="question__text">
        {question.label}
        <span class="question__optional"> {optionalLabel}</span>
      </legend>
      {question.options.map((o) => (
        <Choice key={o.code} name={name} value={o.code} checked={value === o.code} onSelect={() => onChange(o.code)}>
          {o.label}
        </Choice>
      ))}
    </fieldset>
  );
}
