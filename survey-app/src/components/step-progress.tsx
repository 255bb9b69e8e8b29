import type { Messages } from '../messages';

/** "Bước 2/7" in words, with a bar of segments for the eye. */
export function StepProgress({ t, step, total }: { t: Messages; step: number; total: number }) {
  return (
    <div class="progress">
      <p class="progress__text">{t.step(step + 1, total)}</p>
      <div class="progress__bar" aria-hidden="true">
        {Array.from({ length: total }, (_, i) => (
          <span key={i} class={i <= step ? 'progress__done' : undefined} />
        ))}
      </div>
    </div>
  );
}
