export type ReviewStep = typeof import('./review-step');

let loading: Promise<ReviewStep> | undefined;
let asked: () => void = () => {};
const firstAsked = new Promise<void>((resolve) => (asked = resolve));

/** The last step and its check stay out of the first download; asking twice loads once. */
export function loadReviewStep(): Promise<ReviewStep> {
  loading ??= import('./review-step');
  asked();
  loading.catch(() => {
    // Offline before it arrived: the next call tries again.
    loading = undefined;
  });
  return loading;
}

/**
 * The review step once the survey has asked for it, which it does after its first step is on
 * screen: waiting for that keeps the chunk out of the first screen's bytes.
 */
export function reviewStepAsked(): Promise<ReviewStep> {
  return firstAsked.then(loadReviewStep);
}
