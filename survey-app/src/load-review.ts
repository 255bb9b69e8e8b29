export type ReviewStep = typeof import('./review-step');

let loading: Promise<ReviewStep> | undefined;

/** The last step and its check stay out of the first download; asking twice loads once. */
export function loadReviewStep(): Promise<ReviewStep> {
  loading ??= import('./review-step');
  loading.catch(() => {
    // Offline before it arrived: the next call tries again.
    loading = undefined;
  });
  return loading;
}
