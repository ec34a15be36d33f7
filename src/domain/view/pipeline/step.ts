import type { Graph, GraphEdge, GraphNode } from "../../model/types";
import type { ViewFilters, VisibleSet } from "../filters";

/**
 * One filter of the pipeline: a pure function from what the steps before it let through to what
 * it lets through. A step only removes elements (and may mark them past); it returns `stage`
 * itself when its filter is off, so an unused filter costs nothing. Steps need not keep edges
 * consistent with their ends: the pipeline settles that once, after the last step.
 */
export interface FilterStep {
  readonly name: string;
  /** The filter fields the step reads: while they stay the same, so does its result. */
  readonly reads: readonly (keyof ViewFilters)[];
  readonly apply: (graph: Graph, filters: ViewFilters, stage: VisibleSet) => VisibleSet;
}

/** `stage` less the nodes and edges the tests reject (an omitted test keeps all); past follows. */
export function keepWhere(
  graph: Graph,
  stage: VisibleSet,
  keep: { node?: (node: GraphNode) => boolean; edge?: (edge: GraphEdge) => boolean },
): VisibleSet {
  const nodes = keep.node ? filterIds(stage.nodes, graph.nodeById, keep.node) : stage.nodes;
  const edges = keep.edge ? filterIds(stage.edges, graph.edgeById, keep.edge) : stage.edges;
  const past = new Set([...stage.past].filter((id) => nodes.has(id) || edges.has(id)));
  return { nodes, edges, past };
}

function filterIds<T>(
  ids: ReadonlySet<string>,
  byId: ReadonlyMap<string, T>,
  keep: (element: T) => boolean,
): Set<string> {
  const kept = new Set<string>();
  for (const id of ids) {
    const element = byId.get(id);
    if (element !== undefined && keep(element)) kept.add(id);
  }
  return kept;
}
