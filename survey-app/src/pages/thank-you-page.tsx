import type { ComponentChildren } from 'preact';
import { PageHeading } from '../components/page-heading';
import type { Messages } from '../messages';

/** Shown as soon as the answers are in the outbox: the reference comes from the id, not the server. */
export function ThankYouPage({ t, reference, children }: { t: Messages; reference: string; children?: ComponentChildren }) {
  return (
    <section class="thanks-page">
      <svg class="thanks__icon" viewBox="0 0 48 48" aria-hidden="true">
        <circle cx="24" cy="24" r="22" />
        <path d="M14 25l7 7 13-15" />
      </svg>
      <PageHeading focus={true}>{t.thanksHeading}</PageHeading>
      <p class="hint">{t.thanksText}</p>
      <div class="card thanks">
        <p class="thanks__label">{t.referenceLabel}</p>
        <p class="thanks__reference" data-testid="reference">
          {reference}
        </p>
        <p class="thanks__hint">{t.referenceHint}</p>
      </div>
      {children}
    </section>
  );
}
