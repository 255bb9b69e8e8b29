// A modal confirmation before revoking: the browser's <dialog> keeps focus inside it and
// closes on Escape.
import type { Kiosk } from '@sipas/api/types';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLang, useText } from '../../i18n';
import { errorMessage } from '../../messages';
import { kiosksTexts } from './texts';
import { revokeKiosk } from './api';

export function KioskRevokeDialog({ kiosk, onClose }: { kiosk: Kiosk; onClose: (revoked: boolean) => void }) {
  const t = useText(kiosksTexts).confirm;
  const { lang } = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const revoke = async () => {
    setBusy(true);
    try {
      await revokeKiosk(kiosk.id);
      // Unmounting takes the dialog out of the page; closing it first would report "cancelled".
      onClose(true);
    } catch (err) {
      setError(errorMessage(err, lang));
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} class="kiosk-dialog" aria-labelledby="kiosk-dialog-title" onClose={() => onClose(false)}>
      <h2 id="kiosk-dialog-title">{t.title}</h2>
      <p>{t.body(kiosk.name, `${kiosk.servicePoint} – ${kiosk.servicePointName}`)}</p>
      <p class="error" role="alert">
        {error}
      </p>
      <div class="kiosk-actions">
        <button type="button" class="button primary kiosk-confirm-revoke" disabled={busy} onClick={() => void revoke()}>
          {t.revoke}
        </button>
        {/* The safe choice has the focus when the dialog opens. */}
        <button type="button" class="button secondary" autoFocus onClick={() => dialog.current?.close()}>
          {t.cancel}
        </button>
      </div>
    </dialog>
  );
}
