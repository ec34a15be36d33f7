import type { Graph, GraphNode } from "../../domain/model/types";

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
const sortedByGraph = new WeakMap<Graph, GraphNode[]>();

/** The graph's entities sorted by label (once per graph), keeping those on show. */
export function entityOptions(graph: Graph, shown: ReadonlySet<string>): GraphNode[] {
  let sorted = sortedByGraph.get(graph);
  if (!sorted) {
    sorted = [...graph.nodes].sort((a, b) => collator.compare(a.label, b.label));
    sortedByGraph.set(graph, sorted);
  }
  return sorted.filter((node) => shown.has(node.id));
}
