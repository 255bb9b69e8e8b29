interface Props {
  message: string | undefined;
  /** False where the same words already show next to the question: then only screen readers get them. */
  visible?: boolean;
  testId?: string;
}

/**
 * The region is always in the page (empty when there is nothing to say): screen readers announce
 * only changes to a live region they already know about.
 */
export function LiveMessage({ message, visible = true, testId = 'notice' }: Props) {
  return (
    <div aria-live="assertive" data-testid={testId}>
      {message && <p class={visible ? 'notice' : 'visually-hidden'}>{message}</p>}
    </div>
  );
}
