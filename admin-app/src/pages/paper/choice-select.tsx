// One box to tick among a question's options, or none: the field, a profile question, an
// expectation, on the entry page and in a resolution alike.
interface ChoiceSelectProps {
  /** With a <label for>; else name it with `label`. */
  id?: string;
  label?: string;
  none: string;
  options: { code: string; label: string }[];
  value: string | undefined;
  onChange: (code: string) => void;
}

export function ChoiceSelect({ id, label, none, options, value, onChange }: ChoiceSelectProps) {
  return (
    <select id={id} aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{none}</option>
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
