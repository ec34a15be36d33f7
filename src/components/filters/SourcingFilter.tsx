import { useShallow } from "zustand/react/shallow";
import { SOURCING } from "../../domain/view";
import type { Sourcing } from "../../domain/view";
import type { Graph } from "../../domain/model/types";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { RadioFilter } from "./RadioFilter";

const LABELS: Record<Sourcing, string> = {
  all: "Everything",
  sourced: "With a source",
  unsourced: "No source yet",
};

// Walked once per graph, not on every render.
const counted = new WeakMap<Graph, number>();
export function unsourcedCount(graph: Graph): number {
  let n = counted.get(graph);
  if (n === undefined) {
    n = 0;
    for (const item of graph.nodes) if (item.evidence.length === 0) n++;
    for (const item of graph.edges) if (item.evidence.length === 0) n++;
    counted.set(graph, n);
  }
  return n;
}

const selectSourcing = (s: EntenteState) => ({
  sourcing: s.view.sourcing,
  setSourcing: s.setSourcing,
  unsourced: unsourcedCount(s.graph),
});

/**
 * Show what a quote supports, or what is still waiting for one. Offered only while the graph has
 * elements with no source yet (or the filter is on), as every element of another tool's file.
 */
export function SourcingFilter() {
  const { sourcing, setSourcing, unsourced } = useEntente(useShallow(selectSourcing));
  if (unsourced === 0 && sourcing === "all") return null;
  return (
    <RadioFilter
      legend="Sources"
      options={SOURCING}
      labels={LABELS}
      value={sourcing}
      onChange={setSourcing}
    />
  );
}
