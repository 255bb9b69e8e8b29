// One labelled input with its hint and the API's problem for it, tied together for screen readers.
import type { Ref } from 'preact';

export interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'password' | 'date';
  autocomplete?: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  maxLength?: number;
  pattern?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function Field({
  id,
  label,
  value,
  onInput,
  type = 'text',
  autocomplete,
  hint,
  error,
  required,
  maxLength,
  pattern,
  inputRef,
}: FieldProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const props = {
    ref: inputRef,
    id,
    name: id,
    value,
    autocomplete,
    autocapitalize: 'none' as const,
    spellcheck: false,
    required,
    maxLength,
    pattern,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
    onInput: (e: { currentTarget: HTMLInputElement }) => onInput(e.currentTarget.value),
  };
  return (
    <div class="users-field">
      <label for={id}>{label}</label>
      {/* Spelled out per type: Preact types an input's attributes by its literal type. */}
      {type === 'password' ? (
        <input type="password" {...props} />
      ) : type === 'date' ? (
        <input type="date" {...props} />
      ) : (
        <input type="text" {...props} />
      )}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error users-field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
