/** The target in percent (1–100, to two decimals), as both period forms take it; a hint below when given. */
export function TargetField(props: { id: string; label: string; value: string; onInput: (value: string) => void; hint?: string }) {
  const hintId = `${props.id}-hint`;
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        min={1}
        max={100}
        step={0.01}
        required
        value={props.value}
        aria-describedby={props.hint ? hintId : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}
