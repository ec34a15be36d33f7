import { memo, useMemo } from "react";
import type { Change, DraftEdge } from "../../domain/edit/types";
import { selectDoc, useEditor } from "../../state/editorContext";
import { EvidenceList } from "./EvidenceList";
import { ItemRow } from "./ItemRow";
import type { Picking, Placed } from "./ItemRow";
import { WindowedList } from "./WindowedList";

interface RowProps extends Picking, Placed {
  edge: DraftEdge;
  name: string;
  change: (change: Change) => boolean;
}

// Memoised like the entity rows: an edit re-renders only the rows it touched.
const RelationshipRow = memo(function RelationshipRow({
  edge: e,
  name,
  change,
  selected,
  select,
  ...place
}: RowProps) {
  const dates = [
    e.start && `from ${e.start}`,
    e.end && `to ${e.end}`,
    e.approximate && "approximate",
  ].filter(Boolean);
  return (
    <ItemRow id={e.id} selected={selected} select={select} {...place}>
      <div className="editor-item-head">
        <span className={`editor-stance editor-stance--${e.stance}`}>{e.stance}</span>
        <span className="editor-item-name">{name}</span>
        {dates.length > 0 && <span className="editor-meta">{dates.join(", ")}</span>}
        <button
          type="button"
          aria-label={`Remove ${name}`}
          onClick={() => change({ type: "removeEdge", id: e.id })}
        >
          Remove
        </button>
      </div>
      <EvidenceList
        owner={name}
        evidence={e.evidence}
        onRemove={(index) => change({ type: "removeEvidence", owner: e.id, index })}
      />
    </ItemRow>
  );
});

/** The relationships made so far, each with its quotes; removable. */
// Memoised (it has no props): the save status changing above it does not re-render its rows.
export const RelationshipsPanel = memo(function RelationshipsPanel() {
  const doc = useEditor(selectDoc);
  const change = useEditor((s) => s.change);
  const selected = useEditor((s) => s.selected);
  const select = useEditor((s) => s.select);
  const labels = useMemo(() => new Map(doc.nodes.map((n) => [n.id, n.label])), [doc.nodes]);
  const label = (id: string) => labels.get(id) ?? id;
  return (
    <section className="editor-panel" aria-labelledby="editor-relationships-heading">
      <h2 id="editor-relationships-heading">Relationships ({doc.edges.length})</h2>
      {doc.edges.length === 0 && (
        <p className="editor-hint">Select a passage in the article and choose New relationship.</p>
      )}
      <WindowedList
        label="Relationships"
        items={doc.edges}
        row={(e, place) => (
          <RelationshipRow
            key={e.id}
            {...place}
            edge={e}
            name={`${label(e.source)} ${e.relation} ${label(e.target)}`}
            change={change}
            selected={selected === e.id}
            select={select}
          />
        )}
      />
    </section>
  );
});
