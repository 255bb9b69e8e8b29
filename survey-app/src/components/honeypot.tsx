/**
 * A field people never see or reach: off screen, out of the tab order and hidden from screen
 * readers. Naive bots fill every input they find; the server then quietly stores nothing.
 */
export function Honeypot({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <div class="honeypot" aria-hidden="true">
      <label for="website">{label}</label>
      <input
        id="website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  );
}
