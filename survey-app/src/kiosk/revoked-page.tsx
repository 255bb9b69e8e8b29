import type { Messages } from '../messages';

export function RevokedPage({ t }: { t: Messages }) {
  return (
    <section class="attract" role="alert" data-testid="revoked">
      <h2 class="attract__title">{t.kiosk.revokedHeading}</h2>
      <p class="attract__hint">{t.kiosk.revokedText}</p>
    </section>
  );
}
