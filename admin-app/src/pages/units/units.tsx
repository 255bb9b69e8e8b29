// "Đơn vị": the unit tree on one side, the chosen unit with its counters on the other.
import { useRef, useState } from 'preact/hooks';
import { fetchUnitTree } from './api';
import { UnitCounters } from './counters';
import { AddChildUnit, UnitEditor, UnitHeader } from './details';
import { UnitTree as Tree } from './tree';
import { useText } from '../../i18n';
import { LoadStatus } from '../../components/load-status';
import { useLoad } from '../../components/use-load';
import { canManage, useSession } from '../../session';
import { unitsTexts } from './texts';
import { PageTitle } from '../../components/page-title';

// Below this width the panel sits under the tree, so choosing a unit moves focus (and the view) to it.
const stacked = '(max-width: 60rem)';

export function Units() {
  const t = useText(unitsTexts);
  const { user } = useSession();
  const canEdit = canManage(user);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const panelHeading = useRef<HTMLHeadingElement>(null);

  const selected = useRef<number | null>(null);
  selected.current = selectedId;

  const { load, reload } = useLoad(async () => {
    const tree = await fetchUnitTree();
    // The first load chooses the root; later loads keep the choice while that unit is there, and
    // open the branches above it, so a unit just moved stays in view under its new parent.
    const unit = tree.units.find((u) => u.id === selected.current) ?? tree.units.find((u) => u.id === tree.rootId);
    const above = unit ? unit.path.split('/').filter(Boolean).map(Number).slice(0, -1) : [];
    setSelectedId(unit?.id ?? null);
    setExpanded((open) => new Set([...open, tree.rootId, ...above]));
    return tree;
  }, t.loadFailed);

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

  const tree = load.kind === 'ready' ? load.value : undefined;
  const unit = tree?.units.find((u) => u.id === selectedId);

  return (
    <main class="page">
      <PageTitle title={t.title} intro={t.intro} />
      {!canEdit && <p class="hint unit-read-only">{t.readOnly}</p>}
      <LoadStatus load={load} />
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
                    <UnitEditor
                      unit={unit}
                      units={tree.units}
                      rootId={tree.rootId}
                      canEdit={canEdit}
                      reload={reload}
                      onAdded={(id) => toggle(id, true)}
                    />
                    <AddChildUnit
                      unit={unit}
                      units={tree.units}
                      rootId={tree.rootId}
                      canEdit={canEdit}
                      reload={reload}
                      onAdded={(id) => toggle(id, true)}
                    />
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
