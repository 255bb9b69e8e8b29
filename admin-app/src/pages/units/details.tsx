// The chosen unit: where it sits, and (for a province administrator) rename, move, deactivate
// and add a sub-unit. Each form reports its own outcome next to it.
import type { TreeUnit } from '@sipas/api/types';
import { useState } from 'preact/hooks';
import { useText } from '../../i18n';
import { unitsTexts } from './texts';
import { ActionFeedback, useAction } from './action';
import { ancestorsOf, changeUnit, type ChildKind, childKinds, codePattern, createUnit, moveTargets, treeOrder } from './api';

interface DetailsProps {
  unit: TreeUnit;
  units: TreeUnit[];
  rootId: number;
  canEdit: boolean;
  reload: () => Promise<void>;
  onAdded: (parentId: number) => void;
}

export function UnitHeader({ unit, units }: { unit: TreeUnit; units: TreeUnit[] }) {
  const t = useText(unitsTexts);
  const above = ancestorsOf(units, unit).slice(0, -1);
  return (
    <>
      {above.length > 0 && (
        <nav aria-label={t.breadcrumb} class="unit-breadcrumb">
          <ol>
            {above.map((u) => (
              <li key={u.id}>{u.name}</li>
            ))}
          </ol>
        </nav>
      )}
      <p class="muted">
        {t.kinds[unit.kind]} · {t.code}: <code>{unit.code ?? '—'}</code> · {t.status}:{' '}
        <span class={`badge ${unit.active ? 'badge-met' : 'badge-insufficient'}`}>{unit.active ? t.active : t.inactiveStatus}</span>
      </p>
    </>
  );
}

export function UnitEditor({ unit, units, rootId, reload }: DetailsProps) {
  const t = useText(unitsTexts);
  const [name, setName] = useState(unit.name);
  const [code, setCode] = useState(unit.code ?? '');
  const [parentId, setParentId] = useState('');
  const rename = useAction(reload);
  const recode = useAction(reload);
  const move = useAction(reload);
  const status = useAction(reload);
  const targets = new Set(moveTargets(units, unit).map((u) => u.id));
  const choices = treeOrder(units, rootId).filter(({ unit: u }) => targets.has(u.id));
  const isRoot = unit.parentId === null;

  return (
    <section class="unit-section" aria-labelledby="unit-edit-title">
      <h3 id="unit-edit-title">{t.edit.title}</h3>
      <form
        class="unit-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void rename.run(() => changeUnit(unit.id, { name: name.trim() }), t.done.saved);
        }}
      >
        <label for="unit-name">{t.edit.name}</label>
        <div class="unit-field-row">
          <input id="unit-name" value={name} required maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit" class="button secondary" disabled={rename.busy || name.trim() === unit.name}>
            {t.edit.rename}
          </button>
        </div>
        <ActionFeedback action={rename} />
      </form>
      <form
        class="unit-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void recode.run(() => changeUnit(unit.id, { code: code.trim().toUpperCase() }), t.done.saved);
        }}
      >
        <label for="unit-code">{t.edit.code}</label>
        <div class="unit-field-row">
          <input
            id="unit-code"
            value={code}
            required
            maxLength={32}
            pattern={codePattern}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
          <button type="submit" class="button secondary" disabled={recode.busy || code.trim().toUpperCase() === unit.code}>
            {t.edit.changeCode}
          </button>
        </div>
        <ActionFeedback action={recode} />
      </form>

      {!isRoot && (
        <form
          class="unit-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void move.run(() => changeUnit(unit.id, { parentId: Number(parentId) }), t.done.moved).then((ok) => ok && setParentId(''));
          }}
        >
          <label for="unit-parent">{t.edit.newParent}</label>
          <div class="unit-field-row">
            {/* Selection is set on the options: a value on the select came out blank after the choices changed. */}
            <select id="unit-parent" required onChange={(e) => setParentId(e.currentTarget.value)}>
              <option value="" selected={parentId === ''}>
                {choices.length ? t.edit.choose : t.edit.noTargets}
              </option>
              {choices.map(({ unit: u, depth }) => (
                <option key={u.id} value={String(u.id)} selected={String(u.id) === parentId}>
                  {'\u00a0\u00a0'.repeat(depth)}
                  {u.name}
                </option>
              ))}
            </select>
            <button type="submit" class="button secondary" disabled={move.busy || parentId === ''}>
              {t.edit.moveButton}
            </button>
          </div>
          <ActionFeedback action={move} />
        </form>
      )}

      {!isRoot && (
        <div class="unit-inline-form">
          <button
            type="button"
            class="button secondary"
            disabled={status.busy}
            onClick={() =>
              void status.run(() => changeUnit(unit.id, { active: !unit.active }), unit.active ? t.done.deactivated : t.done.reactivated)
            }
          >
            {unit.active ? t.deactivate : t.reactivate}
          </button>
          {unit.active && <p class="hint">{t.deactivateHint}</p>}
          <ActionFeedback action={status} />
        </div>
      )}
    </section>
  );
}

export function AddChildUnit({ unit, reload, onAdded }: DetailsProps) {
  const t = useText(unitsTexts);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [kind, setKind] = useState<ChildKind>('department');
  const add = useAction(reload);
  if (!unit.active) return null;
  return (
    <section class="unit-section" aria-labelledby="unit-add-title">
      <h3 id="unit-add-title">{t.addChild.title}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add
            .run(() => createUnit({ parentId: unit.id, code: code.trim().toUpperCase(), name: name.trim(), kind }), t.done.created)
            .then((ok) => {
              if (!ok) return;
              setName('');
              setCode('');
              onAdded(unit.id);
            });
        }}
      >
        <div class="unit-form-grid">
          <div>
            <label for="unit-child-name">{t.addChild.name}</label>
            <input id="unit-child-name" value={name} required maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
          </div>
          <div>
            <label for="unit-child-code">{t.addChild.code}</label>
            <input
              id="unit-child-code"
              value={code}
              required
              maxLength={32}
              pattern={codePattern}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          </div>
          <div>
            <label for="unit-child-kind">{t.addChild.kind}</label>
            <select id="unit-child-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as ChildKind)}>
              {childKinds.map((k) => (
                <option key={k} value={k}>
                  {t.kinds[k]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" class="button primary unit-submit" disabled={add.busy}>
          {t.addChild.submit}
        </button>
        <ActionFeedback action={add} />
      </form>
    </section>
  );
}
