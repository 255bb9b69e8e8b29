import type { UnitTree } from '@sipas/api/types';
import { useEffect, useState } from 'preact/hooks';
import { request } from '../../api';
import { fetchKiosks } from './api';
import { KioskIssueForm } from './issue-form';
import { KioskTable } from './table';
import { useLang, useText } from '../../i18n';
import { errorMessage } from '../../messages';
import { useLoad, valueOf } from '../../components/use-load';
import { kiosksTexts } from './texts';
import { PageTitle } from '../../components/page-title';

// Kiosks send a heartbeat every minute; reading the list as often keeps "last seen" honest.
const refreshMs = 60_000;

/** "Kiosk" (province administrators): issue a kiosk link, watch the kiosks, rename or revoke them. */
export function Kiosks() {
  const t = useText(kiosksTexts);
  const { lang } = useLang();
  const [now, setNow] = useState(Date.now());
  const tree = useLoad(() => request<UnitTree>('GET', '/api/admin/units'), '');
  const list = useLoad(async () => {
    const kiosks = await fetchKiosks();
    setNow(Date.now());
    return kiosks;
  }, '');
  // A failed refresh is shown until the next one goes through.
  const [refreshError, setRefreshError] = useState<unknown>();
  const refresh = () => void list.reload().then(() => setRefreshError(undefined), setRefreshError);
  const kiosks = valueOf(list.load);
  const error = refreshError ?? [list.load, tree.load].flatMap((l) => (l.kind === 'failed' ? [l.error] : []))[0];

  useEffect(() => {
    const timer = setInterval(refresh, refreshMs);
    return () => clearInterval(timer);
  }, []);

  return (
    <main class="page kiosk-page">
      <PageTitle title={t.title} intro={t.intro} />
      {error !== undefined && (
        <p class="error" role="alert">
          {errorMessage(error, lang)}
        </p>
      )}
      <KioskIssueForm tree={valueOf(tree.load)} onIssued={refresh} />
      <section class="card" aria-labelledby="kiosk-list-title">
        <h2 id="kiosk-list-title">{t.list.title}</h2>
        {!kiosks && <p class="muted">{t.loading}</p>}
        {kiosks?.length === 0 && <p>{t.list.empty}</p>}
        {kiosks && kiosks.length > 0 && <KioskTable kiosks={kiosks} now={now} onChanged={refresh} />}
      </section>
    </main>
  );
}
