import type { ComponentChildren } from 'preact';

interface Props {
  name: string;
  value: string;
  checked: boolean;
  onSelect: () => void;
  extraClass?: string;
  children: ComponentChildren;
}

/** One radio button inside its label, so the whole row is the tap target. */
export function Choice({ name, value, checked, onSelect, extraClass, children }: Props) {
  return (
    <label class={extraClass ? `option ${extraClass}` : 'option'}>
      <input type="radio" name={name} value={value} checked={checked} onChange={onSelect} />
      <span class="option__label">{children}</span>
    </label>
  );
}
