// The kiosks as a table: counter, last seen, queue, state; rename in place, revoke after a confirmation.
import type { Kiosk } from '@sipas/api/types';
import { useState } from 'preact/hooks';
import { useLang, useText } from '../../i18n';
import { errorMessage } from '../../messages';
import { kiosksTexts } from './texts';
import { renameKiosk, timeAgo } from './api';
import { KioskRevokeDialog } from './revoke-dialog';
import { ListTable } from '../../components/list-table';

const day = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
};

export function KioskTable({ kiosks, now, onChanged }: { kiosks: Kiosk[]; now: number; onChanged: () => void }) {
  const t = useText(kiosksTexts).list;
  const { lang } = useLang();
  const [editing, setEditing] = useState<{ id: number; name: string }>();
  const [revoking, setRevoking] = useState<Kiosk>();
  const [error, setError] = useState('');

  const save = async (e: Event) => {
    e.preventDefault();
    if (!editing) return;
    try {
      await renameKiosk(editing.id, editing.name);
      setEditing(undefined);
      setError('');
      onChanged();
    } catch (err) {
      setError(errorMessage(err, lang));
    }
  };

  return (
    <>
      <p class="error" role="alert">
        {error}
      </p>
      <ListTable
        name="kiosk-table"
        caption={t.caption}
        columns={[
          { label: t.name },
          { label: t.servicePoint },
          { label: t.lastSeen },
          { label: t.queued, numeric: true },
          { label: t.state },
          { label: t.actions },
        ]}
      >
        {kiosks.map((k) => (
          <tr key={k.id} data-id={k.id} class={k.revokedAt ? 'kiosk-revoked' : undefined}>
            <th scope="row">
              {editing?.id === k.id ? (
                <form class="kiosk-rename" onSubmit={(e) => void save(e)}>
                  <label class="visually-hidden" for={`kiosk-rename-${k.id}`}>
                    {t.renameLabel(k.name)}
                  </label>
                  <input
                    id={`kiosk-rename-${k.id}`}
                    required
                    maxLength={100}
                    value={editing.name}
                    onInput={(e) => setEditing({ id: k.id, name: e.currentTarget.value })}
                  />
                  <button type="submit" class="button primary">
                    {t.save}
                  </button>
                  <button type="button" class="button secondary" onClick={() => setEditing(undefined)}>
                    {t.cancel}
                  </button>
                </form>
              ) : (
                k.name
              )}
            </th>
            <td>
              <strong>{k.servicePoint}</strong>
              <br />
              <span class="muted">{k.servicePointName}</span>
            </td>
            <td>
              {k.lastSeenAt ? timeAgo(k.lastSeenAt, now, lang) : t.never}
              {k.stale && (
                <>
                  {' '}
                  <span class="badge badge-not-met">{t.stale}</span>
                </>
              )}
            </td>
            <td class="num">{k.queued ?? '—'}</td>
            <td data-testid="kiosk-state">{k.revokedAt ? t.revoked(day(k.revokedAt)) : t.active}</td>
            <td>
              {!k.revokedAt && editing?.id !== k.id && (
                <div class="kiosk-actions">
                  <button type="button" class="button secondary" onClick={() => setEditing({ id: k.id, name: k.name })}>
                    {t.rename}
                    <span class="visually-hidden"> {k.name}</span>
                  </button>
                  <button type="button" class="button secondary kiosk-revoke" onClick={() => setRevoking(k)}>
                    {t.revoke}
                    <span class="visually-hidden"> {k.name}</span>
                  </button>
                </div>
              )}
            </td>
          </tr>
        ))}
      </ListTable>
      {revoking && (
        <KioskRevokeDialog
          kiosk={revoking}
          onClose={(done) => {
            setRevoking(undefined);
            if (done) onChanged();
          }}
        />
      )}
    </>
  );
}
