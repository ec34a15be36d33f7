import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { KIND_LABELS } from "../../domain/model/labels";
import { NODE_KINDS } from "../../domain/model/types";
import type { Graph, NodeKind } from "../../domain/model/types";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { KindDot } from "../lists/KindDot";

const selectKinds = (s: EntenteState) => ({
  graph: s.graph,
  hidden: s.view.hiddenKinds,
  toggle: s.toggleKind,
});

/** The kinds this graph uses, in the canonical order, with how many nodes each has. */
function kindCounts(graph: Graph): [NodeKind, number][] {
  const counts = new Map<NodeKind, number>();
  for (const node of graph.nodes) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  return NODE_KINDS.flatMap((kind) => {
    const n = counts.get(kind);
    return n === undefined ? [] : [[kind, n] as [NodeKind, number]];
  });
}

/** A checkbox per kind present; checked means shown. */
export function KindFilters() {
  const { graph, hidden, toggle } = useEntente(useShallow(selectKinds));
  const kinds = useMemo(() => kindCounts(graph), [graph]);
  if (kinds.length === 0) return null;
  return (
    <fieldset className="filters-group">
      <legend className="filters-label">Kinds</legend>
      {kinds.map(([kind, n]) => (
        <label key={kind} className="filters-option">
          <input type="checkbox" checked={!hidden.includes(kind)} onChange={() => toggle(kind)} />
          <KindDot kind={kind} />
          {KIND_LABELS[kind]} <span className="filters-count">{n}</span>
        </label>
      ))}
    </fieldset>
  );
}
