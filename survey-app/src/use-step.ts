import { useEffect, useRef, useState } from 'preact/hooks';

interface StepState {
  step: number;
  /** The entry's place among the survey's own history entries. */
  pos: number;
}

function stateOf(state: unknown): StepState {
  const s = (state ?? {}) as Partial<StepState>;
  const step = typeof s.step === 'number' && s.step >= 0 ? s.step : 0;
  return { step, pos: typeof s.pos === 'number' && s.pos >= 0 ? s.pos : 0 };
}

/**
 * The current step, kept in the browser history: each move is an entry, so the phone's own Back
 * button goes back to the screen before instead of leaving the survey, and the answers stay. A
 * move back to a step that an earlier entry shows goes back through the history to it.
 */
export function useStep() {
  const [step, setStep] = useState(0);
  // False until the respondent first moves: the first page must not steal focus from the header.
  const [moved, setMoved] = useState(false);
  // The steps of the survey's entries, and which one is current.
  const trail = useRef<number[]>([0]);
  const pos = useRef(0);

  useEffect(() => {
    history.replaceState({ step: 0, pos: 0 } satisfies StepState, '');
    const onPop = (e: PopStateEvent) => {
      const s = stateOf(e.state);
      pos.current = s.pos;
      trail.current[s.pos] = s.step;
      setMoved(true);
      setStep(s.step);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  function goTo(next: number) {
    setMoved(true);
    // A kiosk starting over from its first step must not pile up history entries.
    if (next === step) return;
    const earlier = trail.current.lastIndexOf(next, pos.current);
    if (next < step && earlier >= 0) {
      // Back through our own entries; the popstate handler sets the step.
      history.go(earlier - pos.current);
      return;
    }
    pos.current += 1;
    trail.current = [...trail.current.slice(0, pos.current), next];
    history.pushState({ step: next, pos: pos.current } satisfies StepState, '');
    setStep(next);
  }

  /** Back at a step after a reload; moves back from it are new entries, as nothing before it is known. */
  function resumeAt(saved: number) {
    trail.current = [saved];
    pos.current = 0;
    history.replaceState({ step: saved, pos: 0 } satisfies StepState, '');
    setMoved(true);
    setStep(saved);
  }

  return { step, moved, goTo, resumeAt };
}
