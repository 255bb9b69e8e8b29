import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A page's h2. When the respondent moves to another step it takes focus, so a screen reader
 * announces the new page and keyboard users start at its top rather than at the old button.
 */
export function PageHeading({ focus, children }: { focus: boolean; children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focus) return;
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h2 ref={ref} class="page-heading" tabIndex={-1}>
      {children}
    </h2>
  );
}
