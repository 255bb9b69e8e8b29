// The counters of the chosen unit: downloads for everyone who sees them; add, rename and
// (de)activate for a province administrator.
import type { ServicePoint, TreeUnit } from '@sipas/api/types';
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request } from '../../api';
import { useText } from '../../i18n';
import { common } from '../../messages';
import { unitsTexts } from './texts';
import { ActionFeedback, useAction } from './action';
import { activeCountersBelow, changeServicePoint, codePattern, createServicePoint, downloads, posterSizes } from './api';
import { ListTable } from '../../components/list-table';

interface CountersProps {
  unit: TreeUnit;
  units: TreeUnit[];
  canEdit: boolean;
  reload: () => Promise<void>;
}

export function UnitCounters({ unit, units, canEdit, reload }: CountersProps) {
  const t = useText(unitsTexts);
  const printable = activeCountersBelow(units, unit);
  const address = usePublicAddress();
  return (
    <section class="unit-section" aria-labelledby="unit-counters-title">
      <h3 id="unit-counters-title">{t.countersTitle}</h3>
      {address?.local && (
        <p class="error" role="alert">
          {t.localAddress(address.url)}
        </p>
      )}
      {printable > 0 ? (
        <p class="unit-batch">
          {t.download.allPosters}:{' '}
          {posterSizes.map((size, i) => (
            <Fragment key={size}>
              {i > 0 && ' · '}
              <a href={downloads.unitPosters(unit.id, size)} download>
                {size}
                <span class="visually-hidden"> – {unit.name}</span>
              </a>
            </Fragment>
          ))}
        </p>
      ) : (
        <p class="hint">{t.download.noActive}</p>
      )}
      {unit.servicePoints.length === 0 ? (
        <p class="muted">{t.noCounters}</p>
      ) : (
        <ListTable
          name="unit-counters"
          caption={t.table.caption(unit.name)}
          columns={[{ label: t.table.code }, { label: t.table.name }, { label: t.table.status }, { label: t.table.downloads }]}
        >
          {unit.servicePoints.map((point) => (
            <CounterRow key={point.id} point={point} canEdit={canEdit} reload={reload} />
          ))}
        </ListTable>
      )}
      {canEdit && unit.active && <AddCounter unitId={unit.id} reload={reload} />}
    </section>
  );
}

/** The address QR codes and posters print, and whether it is one phones outside the office cannot reach. */
function usePublicAddress() {
  const [address, setAddress] = useState<{ url: string | null; local: boolean } | null>(null);
  useEffect(() => {
    request<{ url: string | null; local: boolean }>('GET', '/api/admin/service-points/public-address').then(setAddress, () =>
      setAddress(null),
    );
  }, []);
  return address;
}

function CounterRow({ point, canEdit, reload }: { point: ServicePoint; canEdit: boolean; reload: () => Promise<void> }) {
  const t = useText(unitsTexts);
  const { cancel } = useText(common);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(point.name);
  const action = useAction(reload);
  const links = [
    { href: downloads.qrSvg(point.code), label: t.download.qrSvg },
    { href: downloads.qrPng(point.code), label: t.download.qrPng },
    { href: downloads.poster(point.code, 'A4'), label: t.download.posterA4 },
    { href: downloads.poster(point.code, 'A5'), label: t.download.posterA5 },
  ];
  const rename = (e: Event) => {
    e.preventDefault();
    void action.run(() => changeServicePoint(point.id, { name: name.trim() }), t.done.saved).then((ok) => ok && setEditing(false));
  };
  return (
    <tr>
      <th scope="row">{point.code}</th>
      <td>
        {editing ? (
          <form onSubmit={rename}>
            <label class="visually-hidden" for={`counter-name-${point.id}`}>
              {t.newName(point.code)}
            </label>
            <input id={`counter-name-${point.id}`} value={name} required maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
            <div class="unit-row-buttons">
              <button type="submit" class="button primary" disabled={action.busy}>
                {t.edit.rename}
              </button>
              <button type="button" class="button secondary" onClick={() => setEditing(false)}>
                {cancel}
              </button>
            </div>
          </form>
        ) : (
          <span class="unit-counter-name">{point.name}</span>
        )}
        {canEdit && !editing && (
          // Actions sit under the name rather than in a column of their own, so the table fits a tablet.
          <div class="unit-row-buttons">
            <button type="button" class="button secondary" onClick={() => setEditing(true)}>
              {t.renameCounter}
              <span class="visually-hidden"> {point.code}</span>
            </button>
            <button
              type="button"
              class="button secondary"
              disabled={action.busy}
              onClick={() =>
                void action.run(
                  () => changeServicePoint(point.id, { active: !point.active }),
                  point.active ? t.done.deactivated : t.done.reactivated,
                )
              }
            >
              {point.active ? t.deactivateCounter : t.reactivate}
              <span class="visually-hidden"> {point.code}</span>
            </button>
          </div>
        )}
        <ActionFeedback action={action} />
      </td>
      <td>
        <span class={`badge ${point.active ? 'badge-met' : 'badge-insufficient'}`}>{point.active ? t.active : t.inactiveStatus}</span>
      </td>
      <td>
        {point.active ? (
          <ul class="unit-downloads">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} download>
                  {link.label}
                  <span class="visually-hidden"> – {point.code}</span>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <span class="muted">{t.download.unavailable}</span>
        )}
      </td>
    </tr>
  );
}

function AddCounter({ unitId, reload }: { unitId: number; reload: () => Promise<void> }) {
  const t = useText(unitsTexts);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const add = useAction(reload);
  return (
    <form
      class="unit-add-counter"
      onSubmit={(e) => {
        e.preventDefault();
        void add
          .run(() => createServicePoint({ unitId, code: code.trim().toUpperCase(), name: name.trim() }), t.done.created)
          .then((ok) => {
            if (!ok) return;
            setCode('');
            setName('');
          });
      }}
    >
      <h4>{t.addCounter.title}</h4>
      <div class="unit-form-grid">
        <div>
          <label for="counter-code">{t.addCounter.code}</label>
          <input
            id="counter-code"
            value={code}
            required
            maxLength={32}
            pattern={codePattern}
            aria-describedby="counter-code-hint"
            autoComplete="off"
            onInput={(e) => setCode(e.currentTarget.value)}
          />
          <p id="counter-code-hint" class="hint">
            {t.addCounter.codeHint}
          </p>
        </div>
        <div>
          <label for="counter-name">{t.addCounter.name}</label>
          <input id="counter-name" value={name} required maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
      </div>
      <button type="submit" class="button primary unit-submit" disabled={add.busy}>
        {t.addCounter.submit}
      </button>
      <ActionFeedback action={add} />
    </form>
  );
}
