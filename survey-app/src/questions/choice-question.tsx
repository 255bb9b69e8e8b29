import { Choice } from '../components/choice';

interface Props {
  /** Used for the radio group's name and the fieldset's id. */
  name: string;
  question: { code: string; label: string; options: { code: string; label: string }[] };
  value: string | undefined;
  onChange: (value: string) => void;
}

/** One optional question with a few short options side by side: a profile question, or an expectation with its levels. */
export function ChoiceQuestion({ name, question, value, onChange }: Props) {
  return (
    <fieldset id={name} class="card question">
      <legend class="question__text">{question.label}</legend>
      <div class="choices">
        {question.options.map((o) => (
          <Choice key={o.code} name={name} value={o.code} checked={value === o.code} onSelect={() => onChange(o.code)}>
            {o.label}
          </Choice>
        ))}
      </div>
    </fieldset>
  );
}
