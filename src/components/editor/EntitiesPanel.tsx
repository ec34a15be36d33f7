import { memo, useMemo, useState } from "react";
import { selectDoc, useEditor } from "../../state/editorContext";
import { NODE_KINDS } from "../../domain/model/types";
import type { NodeKind } from "../../domain/model/types";
import type { Change, DraftNode } from "../../domain/edit/types";
import { EvidenceList } from "./EvidenceList";
import { ItemRow } from "./ItemRow";
import type { Picking, Placed } from "./ItemRow";
import { WindowedList } from "./WindowedList";

/** A name field that commits on Enter or leaving it, so each rename is one undo step. */
function NameField({ node, onRename }: { node: DraftNode; onRename: (label: string) => void }) {
  const [value, setValue] = useState(node.label);
  const [shown, setShown] = useState(node.label);
  if (shown !== node.label) {
    setShown(node.label);
    setValue(node.label);
  }
  const commit = () => {
    if (value !== node.label) onRename(value);
  };
  return (
    <input
      aria-label={`Name of ${node.label}`}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === "Enter" && commit()}
    />
  );
}

interface RowProps extends Picking, Placed {
  node: DraftNode;
  /** How many relationships go with it if it is removed. */
  count: number;
  asking: boolean;
  setAsking: (id: string | null) => void;
  change: (change: Change) => boolean;
}

// Memoised: the draft shares unchanged nodes between edits, so an edit re-renders its row only.
const EntityRow = memo(function EntityRow({
  node: n,
  count,
  asking,
  setAsking,
  change,
  selected,
  select,
  ...place
}: RowProps) {
  const remove = () => {
    setAsking(null);
    change({ type: "removeNode", id: n.id });
  };
  return (
    <ItemRow id={n.id} selected={selected} select={select} {...place}>
      <div className="editor-item-head">
        <span className={`editor-kind-dot editor-kind-dot--${n.kind}`} aria-hidden="true" />
        <NameField
          node={n}
          onRename={(label) => change({ type: "updateNode", id: n.id, patch: { label } })}
        />
        <select
          aria-label={`Kind of ${n.label}`}
          value={n.kind}
          onChange={(e) =>
            change({ type: "updateNode", id: n.id, patch: { kind: e.target.value as NodeKind } })
          }
        >
          {NODE_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
        {n.date && <span className="editor-meta">{n.date}</span>}
        <button
          type="button"
          aria-label={`Remove ${n.label}`}
          onClick={() => (count > 0 ? setAsking(n.id) : remove())}
        >
          Remove
        </button>
      </div>
      {asking && (
        <div role="alertdialog" aria-label={`Remove ${n.label}?`} className="editor-confirm">
          <p>
            Remove {n.label} and its {count === 1 ? "relationship" : `${count} relationships`}? Undo
            brings them back.
          </p>
          <button type="button" onClick={remove}>
            Remove both
          </button>
          <button type="button" onClick={() => setAsking(null)} autoFocus>
            Keep
          </button>
        </div>
      )}
      <EvidenceList
        owner={n.label}
        evidence={n.evidence}
        onRemove={(index) => change({ type: "removeEvidence", owner: n.id, index })}
      />
    </ItemRow>
  );
});

/** The accepted entities: rename, change kind, remove (asking first when relationships go too). */
// Memoised (it has no props): the save status changing above it does not re-render its rows.
export const EntitiesPanel = memo(function EntitiesPanel() {
  const doc = useEditor(selectDoc);
  const change = useEditor((s) => s.change);
  const selected = useEditor((s) => s.selected);
  const select = useEditor((s) => s.select);
  const [asking, setAsking] = useState<string | null>(null);
  const counts = useMemo(() => {
    const found = new Map<string, number>();
    for (const e of doc.edges) {
      found.set(e.source, (found.get(e.source) ?? 0) + 1);
      if (e.target !== e.source) found.set(e.target, (found.get(e.target) ?? 0) + 1);
    }
    return found;
  }, [doc.edges]);
  return (
    <section className="editor-panel" aria-labelledby="editor-entities-heading">
      <h2 id="editor-entities-heading">Entities ({doc.nodes.length})</h2>
      {doc.nodes.length === 0 && (
        <p className="editor-hint">Accept a suggestion, or select a passage and add an entity.</p>
      )}
      <WindowedList
        label="Entities"
        items={doc.nodes}
        row={(n, place) => (
          <EntityRow
            key={n.id}
            {...place}
            node={n}
            count={counts.get(n.id) ?? 0}
            asking={asking === n.id}
            setAsking={setAsking}
            change={change}
            selected={selected === n.id}
            select={select}
          />
        )}
      />
    </section>
  );
});
