import { memo, useId, useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { describeEdge, describeWhen, endLabel } from "../../domain/model/labels";
import type { Graph, GraphEdge } from "../../domain/model/types";
import { selectListed, useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { StanceSample } from "../filters/StanceSample";
import { NO_SOURCE, NoSourceBadge } from "./NoSourceBadge";
import { ListFrame } from "./ListFrame";
import { useDeferredListing } from "./useDeferredListing";
import { pairGroups } from "./pairGroups";
import type { PairGroup } from "./pairGroups";
import { pairKey } from "../../domain/view/pairs";

const selectRelationships = (s: EntenteState) => ({
  graph: s.graph,
  listed: selectListed(s),
  selection: s.view.selection,
  select: s.select,
});

const groupKey = (group: PairGroup) => group.key;

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

interface PairItemProps extends Omit<RelationshipItemProps, "edge" | "selected" | "past"> {
  group: PairGroup;
  selection: string | null;
  past: ReadonlySet<string>;
}

/** A pair with several relationships: its two names over them, in time order; else the one. */
function PairItem({ group, selection, past, ...rest }: PairItemProps) {
  const nameId = useId();
  const items = group.edges.map((edge) => (
    <RelationshipItem
      key={edge.id}
      edge={edge}
      selected={edge.id === selection}
      past={past.has(edge.id)}
      {...rest}
    />
  ));
  const [first] = group.edges;
  if (first === undefined || group.edges.length === 1) return items;
  return (
    <li className="list-pair">
      <p className="list-pair-name" id={nameId}>
        {endLabel(rest.graph, first.source)} – {endLabel(rest.graph, first.target)}
      </p>
      <ul className="list-items" aria-labelledby={nameId}>
        {items}
      </ul>
    </li>
  );
}

/**
 * Every relationship the graph shows at this step and filters, narrowed by the search, grouped
 * under its pair of entities.
 */
export function RelationshipList() {
  const current = useEntente(useShallow(selectRelationships));
  const { selection, select } = current;
  const { graph, listed, pending } = useDeferredListing(current.graph, current.listed);
  const groups = useMemo(() => pairGroups(graph, listed.edges), [graph, listed]);
  const selectedEdge = selection === null ? undefined : graph.edgeById.get(selection);
  return (
    <ListFrame
      title="Relationships"
      busy={pending}
      items={groups}
      count={listed.edges.size}
      idOf={groupKey}
      // The list finds a selected pair beyond its cap, and reveals the selection, by group.
      selection={selectedEdge ? pairKey(selectedEdge) : null}
      renderItem={(group, pastHintId) => (
        <PairItem
          key={group.key}
          group={group}
          graph={graph}
          selection={selection}
          past={listed.past}
          pastHintId={pastHintId}
          onSelect={select}
        />
      )}
    />
  );
}
