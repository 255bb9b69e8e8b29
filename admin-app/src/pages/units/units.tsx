// "Đơn vị": the unit tree on one side, the chosen unit with its counters on the other.
import type { UnitTree } from '@sipas/api/types';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { fetchUnitTree } from './api';
import { UnitCounters } from './counters';
import { AddChildUnit, UnitEditor, UnitHeader } from './details';
import { UnitTree as Tree } from './tree';
import { useLang, useText } from '../../i18n';
import { common, errorMessage } from '../../messages';
import { canManage, useSession } from '../../session';
import { unitsTexts } from './texts';

type Load = { kind: 'loading' } | { kind: 'ready'; tree: UnitTree } | { kind: 'failed'; message: string };

// Below this width the panel sits under the tree, so choosing a unit moves focus (and the view) to it.
const stacked = '(max-width: 60rem)';

export function Units() {
  const t = useText(unitsTexts);
  const c = useText(common);
  const { lang } = useLang();
  const { user } = useSession();
  const canEdit = canManage(user);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);

  const selected = useRef<number | null>(null);
  selected.current = selectedId;

  const reload = useCallback(async () => {
    const tree = await fetchUnitTree();
    // The first load chooses the root; later loads keep the choice while that unit is there, and
    // open the branches above it, so a unit just moved stays in view under its new parent.
    const unit = tree.units.find((u) => u.id === selected.current) ?? tree.units.find((u) => u.id === tree.rootId);
    const above = unit ? unit.path.split('/').filter(Boolean).map(Number).slice(0, -1) : [];
    setLoad({ kind: 'ready', tree });
    setSelectedId(unit?.id ?? null);
    setExpanded((open) => new Set([...open, tree.rootId, ...above]));
  }, []);

  useEffect(() => {
    document.title = `${t.title} – ${c.appName}`;
    heading.current?.focus();
  }, [t, c]);

  useEffect(() => {
    reload().catch((err: unknown) => setLoad({ kind: 'failed', message: `${t.loadFailed} ${errorMessage(err, lang)}` }));
  }, [reload]);

  const toggle = (id: number, open: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  const select = (id: number) => {
    setSelectedId(id);
    if (window.matchMedia(stacked).matches) requestAnimationFrame(() => panelHeading.current?.focus());
  };

  const tree = load.kind === 'ready' ? load.tree : undefined;
  const unit = tree?.units.find((u) => u.id === selectedId);

  return (
    <main class="page">
      <h1 ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p class="muted">{t.intro}</p>
      {!canEdit && <p class="hint unit-read-only">{t.readOnly}</p>}
      {load.kind === 'loading' && <p class="muted">{c.loading}</p>}
      {load.kind === 'failed' && (
        <p class="error" role="alert">
          {load.message}
        </p>
      )}
      {tree && (
        <div class="units-layout">
          <section class="card unit-tree-card" aria-labelledby="unit-tree-title">
            <h2 id="unit-tree-title">{t.treeTitle}</h2>
            <p class="hint">{t.treeHint}</p>
            <Tree units={tree.units} rootId={tree.rootId} selectedId={selectedId} expanded={expanded} onToggle={toggle} onSelect={select} />
          </section>
          <section class="card unit-panel" aria-labelledby="unit-panel-title">
            {unit ? (
              <div key={unit.id}>
                <h2 id="unit-panel-title" ref={panelHeading} tabIndex={-1}>
                  {unit.name}
                </h2>
                <UnitHeader unit={unit} units={tree.units} />
                <UnitCounters unit={unit} units={tree.units} canEdit={canEdit} reload={reload} />
                {canEdit && (
                  <>
                    <UnitEditor unit={unit} units={tree.units} rootId={tree.rootId} canEdit={canEdit} reload={reload} onAdded={(id) => toggle(id, true)} />
                    <AddChildUnit unit={unit} units={tree.units} rootId={tree.rootId} canEdit={canEdit} reload={reload} onAdded={(id) => toggle(id, true)} />
                  </>
                )}
              </div>
            ) : (
              <h2 id="unit-panel-title" class="muted">
                {t.chooseUnit}
              </h2>
            )}
          </section>
        </div>
      )}
    </main>
  );
}
