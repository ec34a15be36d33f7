import { memo, useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { KIND_LABELS } from "../../domain/model/labels";
import type { Graph, GraphNode } from "../../domain/model/types";
import { selectListed, useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { KindDot } from "./KindDot";
import { NO_SOURCE, NoSourceBadge } from "./NoSourceBadge";
import { ListFrame } from "./ListFrame";
import { useDeferredListing } from "./useDeferredListing";

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
// Sorting 20k labels is the costly part; do it once per graph, then filter on every step.
const sortedByGraph = new WeakMap<Graph, GraphNode[]>();

function nodesByLabel(graph: Graph): GraphNode[] {
  let sorted = sortedByGraph.get(graph);
  if (!sorted) {
    sorted = [...graph.nodes].sort((a, b) => collator.compare(a.label, b.label));
    sortedByGraph.set(graph, sorted);
  }
  return sorted;
}

const selectEntities = (s: EntenteState) => ({
  graph: s.graph,
  listed: selectListed(s),
  selection: s.view.selection,
  select: s.select,
});

const nodeId = (node: GraphNode) => node.id;

interface EntityItemProps {
  node: GraphNode;
  selected: boolean;
  past: boolean;
  pastHintId: string;
  onSelect: (id: string) => void;
}

const EntityItem = memo(function EntityItem(props: EntityItemProps) {
  const { node, selected, past, pastHintId, onSelect } = props;
  const unsourced = node.evidence.length === 0;
  return (
    <li className="list-item">
      <button
        type="button"
        className={past ? "list-button list-button--past" : "list-button"}
        aria-label={unsourced ? `${node.label}, ${NO_SOURCE}` : node.label}
        aria-current={selected ? "true" : undefined}
        aria-describedby={past ? pastHintId : undefined}
        onClick={() => onSelect(node.id)}
      >
        <KindDot kind={node.kind} />
        <span className="list-label">{node.label}</span>
        <span className="list-meta">{KIND_LABELS[node.kind]}</span>
        {unsourced && <NoSourceBadge />}
        {past && <span className="list-tag">past</span>}
      </button>
    </li>
  );
});

/** Every entity the graph shows at this step and filters, narrowed by the search, sorted by label. */
export function EntityList() {
  const current = useEntente(useShallow(selectEntities));
  const { selection, select } = current;
  const { graph, listed, pending } = useDeferredListing(current.graph, current.listed);
  const items = useMemo(
    () => nodesByLabel(graph).filter((node) => listed.nodes.has(node.id)),
    [graph, listed],
  );
  return (
    <ListFrame
      title="Entities"
      busy={pending}
      items={items}
      idOf={nodeId}
      selection={selection}
      renderItem={(node, pastHintId) => (
        <EntityItem
          key={node.id}
          node={node}
          selected={node.id === selection}
          past={listed.past.has(node.id)}
          pastHintId={pastHintId}
          onSelect={select}
        />
      )}
    />
  );
}
