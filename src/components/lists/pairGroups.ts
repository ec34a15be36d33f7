import type { Graph, GraphEdge } from "../../domain/model/types";
import { pairKey, pairsOf } from "../../domain/view/pairs";

export interface PairGroup {
  key: string;
  /** The pair's listed relationships, in time order (as the pair's stance history has them). */
  edges: GraphEdge[];
}

/**
 * The listed relationships under their pair of entities (the pairing the canvas draws as one
 * line): pairs in the order of their first relationship in the file, every relationship kept.
 */
export function pairGroups(graph: Graph, listed: ReadonlySet<string>): PairGroup[] {
  const groups = new Map<string, PairGroup>();
  for (const edge of graph.edges) {
    const key = pairKey(edge);
    if (!listed.has(edge.id) || groups.has(key)) continue;
    const pair = pairsOf(graph).get(key) ?? [edge];
    groups.set(key, { key, edges: pair.filter(({ id }) => listed.has(id)) });
  }
  return [...groups.values()];
}
