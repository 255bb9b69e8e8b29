// The unit tree as nested lists of buttons: Tab moves between them, Enter or Space opens a
// branch or chooses a unit, and → / ← on a unit open or close its branch.
import type { TreeUnit } from '@sipas/api/types';
import { useMemo } from 'preact/hooks';
import { useText } from '../../i18n';
import { unitsTexts } from './texts';
import { childrenOf } from './api';

interface TreeProps {
  units: TreeUnit[];
  rootId: number;
  selectedId: number | null;
  expanded: ReadonlySet<number>;
  onToggle: (id: number, open: boolean) => void;
  onSelect: (id: number) => void;
}

export function UnitTree(props: TreeProps) {
  const byParent = useMemo(() => childrenOf(props.units), [props.units]);
  const root = props.units.find((u) => u.id === props.rootId);
  return <ul class="unit-tree">{root && <Branch {...props} unit={root} byParent={byParent} />}</ul>;
}

function Branch(props: TreeProps & { unit: TreeUnit; byParent: Map<number | null, TreeUnit[]> }) {
  const t = useText(unitsTexts);
  const { unit, expanded, onToggle, onSelect } = props;
  const kids = props.byParent.get(unit.id) ?? [];
  const open = expanded.has(unit.id);
  const listId = `unit-children-${unit.id}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (kids.length === 0) return;
    if (e.key === 'ArrowRight' && !open) onToggle(unit.id, true);
    else if (e.key === 'ArrowLeft' && open) onToggle(unit.id, false);
    else return;
    e.preventDefault();
  };
  return (
    <li>
      <div class={`unit-tree-row${props.selectedId === unit.id ? ' unit-tree-selected' : ''}`}>
        {kids.length > 0 ? (
          <button
            type="button"
            class="unit-tree-toggle"
            aria-expanded={open}
            aria-controls={listId}
            aria-label={open ? t.collapse(unit.name) : t.expand(unit.name)}
            onClick={() => onToggle(unit.id, !open)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span class="unit-tree-spacer" />
        )}
        <button
          type="button"
          class="unit-tree-name"
          aria-current={props.selectedId === unit.id ? 'true' : undefined}
          data-unit-id={unit.id}
          onClick={() => onSelect(unit.id)}
          onKeyDown={onKeyDown}
        >
          <span class={unit.active ? undefined : 'unit-tree-inactive'}>{unit.name}</span>
          {!unit.active && <span class="unit-tree-tag"> ({t.inactive})</span>}
          <span class="muted"> · {t.counters(unit.servicePoints.length)}</span>
        </button>
      </div>
      {kids.length > 0 && (
        // Kept in the page while closed, so aria-controls always names an element.
        <ul id={listId} hidden={!open}>
          {kids.map((kid) => (
            <Branch key={kid.id} {...props} unit={kid} />
          ))}
        </ul>
      )}
    </li>
  );
}
