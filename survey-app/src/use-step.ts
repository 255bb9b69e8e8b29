import { useEffect, useState } from 'preact/hooks';

interface StepState {
  step: number;
}

function stepOf(state: unknown): number {
  const step = (state as Partial<StepState> | null)?.step;
  return typeof step === 'number' && step >= 0 ? step : 0;
}

/**
 * The current step, kept in the browser history: each step forward is an entry, so the phone's
 * own Back button goes one step back instead of leaving the survey, and the answers stay.
 */
export function useStep() {
  const [step, setStep] = useState(0);
  // False until the respondent first moves: the first page must not steal focus from the header.
  const [moved, setMoved] = useState(false);

  useEffect(() => {
    history.replaceState({ step: 0 } satisfies StepState, '');
    const onPop = (e: PopStateEvent) => {
      setMoved(true);
      setStep(stepOf(e.state));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  function goTo(next: number) {
    setMoved(true);
    // A kiosk starting over from its first step must not pile up history entries.
    if (next === step) return;
    if (next < step) {
      // Back through our own entries; the popstate handler sets the step.
      history.go(next - step);
      return;
    }
    history.pushState({ step: next } satisfies StepState, '');
    setStep(next);
  }

  /** Back at a step after a reload: the entries before it are still in the history. */
  function resumeAt(saved: number) {
    history.replaceState({ step: saved } satisfies StepState, '');
    setMoved(true);
    setStep(saved);
  }

  return { step, moved, goTo, resumeAt };
}
