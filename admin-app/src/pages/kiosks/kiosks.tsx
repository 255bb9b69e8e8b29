import type { Kiosk, UnitTree } from '@sipas/api/types';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../api';
import { fetchKiosks } from './api';
import { KioskIssueForm } from './issue-form';
import { KioskTable } from './table';
import { useLang, useText } from '../../i18n';
import { common, errorMessage } from '../../messages';
import { kiosksTexts } from './texts';

// Kiosks send a heartbeat every minute; reading the list as often keeps "last seen" honest.
const refreshMs = 60_000;

/** "Kiosk" (province administrators): issue a kiosk link, watch the kiosks, rename or revoke them. */
export function Kiosks() {
  const t = useText(kiosksTexts);
  const shared = useText(common);
  const { lang } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const [tree, setTree] = useState<UnitTree>();
  const [kiosks, setKiosks] = useState<Kiosk[]>();
  const [now, setNow] = useState(Date.now());
  const [error, setError] = useState<unknown>();

  const load = useCallback(() => {
    fetchKiosks().then(
      (list) => {
        setKiosks(list);
        setNow(Date.now());
        setError(undefined);
      },
      (err: unknown) => setError(err),
    );
  }, []);

  useEffect(() => {
    document.title = `${t.title} – ${shared.appName}`;
  }, [t, shared]);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    request<UnitTree>('GET', '/api/admin/units').then(setTree, setError);
    load();
    const timer = setInterval(load, refreshMs);
    return () => clearInterval(timer);
  }, [load]);

  return (
    <main class="page kiosk-page">
      <h1 ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p class="muted">{t.intro}</p>
      {error !== undefined && (
        <p class="error" role="alert">
          {errorMessage(error, lang)}
        </p>
      )}
      <KioskIssueForm tree={tree} onIssued={load} />
      <section class="card" aria-labelledby="kiosk-list-title">
        <h2 id="kiosk-list-title">{t.list.title}</h2>
        {!kiosks && <p class="muted">{t.loading}</p>}
        {kiosks?.length === 0 && <p>{t.list.empty}</p>}
        {kiosks && kiosks.length > 0 && <KioskTable kiosks={kiosks} now={now} onChanged={load} />}
      </section>
    </main>
  );
}
