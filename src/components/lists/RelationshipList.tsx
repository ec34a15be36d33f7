import { memo, useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { describeEdge, describeWhen } from "../../domain/model/labels";
import type { Graph, GraphEdge } from "../../domain/model/types";
import { selectListed, useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { StanceSample } from "../filters/StanceSample";
import { NO_SOURCE, NoSourceBadge } from "./NoSourceBadge";
import { ListFrame } from "./ListFrame";
import { useDeferredListing } from "./useDeferredListing";

const selectRelationships = (s: EntenteState) => ({
  graph: s.graph,
  listed: selectListed(s),
  selection: s.view.selection,
  select: s.select,
});

const edgeId = (edge: GraphEdge) => edge.id;

interface RelationshipItemProps {
  graph: Graph;
  edge: GraphEdge;
  selected: boolean;
  past: boolean;
  pastHintId: string;
  onSelect: (id: string) => void;
}

const RelationshipItem = memo(function RelationshipItem(props: RelationshipItemProps) {
  const { graph, edge, selected, past, pastHintId, onSelect } = props;
  const text = describeEdge(graph, edge);
  const when = describeWhen(edge);
  const name = [text, when, edge.evidence.length === 0 ? NO_SOURCE : ""].filter(Boolean).join(", ");
  return (
    <li className="list-item">
      <button
        type="button"
        className={past ? "list-button list-button--past" : "list-button"}
        aria-label={name}
        aria-current={selected ? "true" : undefined}
        aria-describedby={past ? pastHintId : undefined}
        onClick={() => onSelect(edge.id)}
      >
        <StanceSample stance={edge.stance} />
        <span className="list-text">
          <span className="list-label">{text}</span>
          {when && <span className="list-meta">{when}</span>}
        </span>
        {edge.evidence.length === 0 && <NoSourceBadge />}
        {past && <span className="list-tag">past</span>}
      </button>
    </li>
  );
});

/** Every relationship the graph shows at this step and filters, narrowed by the search, in file order. */
export function RelationshipList() {
  const current = useEntente(useShallow(selectRelationships));
  const { selection, select } = current;
  const { graph, listed, pending } = useDeferredListing(current.graph, current.listed);
  const items = useMemo(
    () => graph.edges.filter((edge) => listed.edges.has(edge.id)),
    [graph, listed],
  );
  return (
    <ListFrame
      title="Relationships"
      busy={pending}
      items={items}
      idOf={edgeId}
      selection={selection}
      renderItem={(edge, pastHintId) => (
        <RelationshipItem
          key={edge.id}
          graph={graph}
          edge={edge}
          selected={edge.id === selection}
          past={listed.past.has(edge.id)}
          pastHintId={pastHintId}
          onSelect={select}
        />
      )}
    />
  );
}
