import type { Certainty, Evidence, Graph, GraphEdge } from "../model/types";
import type { VisibleSet } from "./filters";
import { elementSpan } from "./visible";

/** A quote's certainty as written; "unspecified" when the file gives none. */
export type CertaintyValue = Certainty | "unspecified";

/** The graph's certainty filter: show edges at least this sure, or all of them. */
export type CertaintyLevel = "confirmed" | "reported" | "all";

export const CERTAINTY_LEVELS: readonly CertaintyLevel[] = ["confirmed", "reported", "all"];

export const quoteCertainty = (evidence: Evidence): CertaintyValue =>
  evidence.certainty ?? "unspecified";

// A quote without a certainty is the source speaking in its own voice (the format makes the
// field optional for exactly that), so it counts as strong as "confirmed" when filtering.
const STRENGTH: Record<CertaintyValue, number> = {
  confirmed: 3,
  unspecified: 3,
  reported: 2,
  speculative: 1,
};

export const certaintyStrength = (certainty: CertaintyValue): number => STRENGTH[certainty];

/**
 * How sure the source is of an edge: the strongest certainty among its quotes, so one confirmed
 * quote outweighs any number of speculative ones. "confirmed" wins a tie with "unspecified";
 * an edge without quotes is "unspecified".
 */
export function edgeCertainty(edge: GraphEdge): CertaintyValue {
  let strongest: CertaintyValue = "unspecified";
  let strength = 0;
  for (const evidence of edge.evidence) {
    const certainty = quoteCertainty(evidence);
    const s = STRENGTH[certainty];
    if (s > strength || (s === strength && certainty === "confirmed")) {
      strongest = certainty;
      strength = s;
    }
  }
  return strongest;
}

const MIN_STRENGTH: Record<CertaintyLevel, number> = { confirmed: 3, reported: 2, all: 0 };

export const passesCertainty = (edge: GraphEdge, level: CertaintyLevel): boolean =>
  STRENGTH[edgeCertainty(edge)] >= MIN_STRENGTH[level];

/** Every quote of the edge is speculative: drawn as conjecture. */
export const isSpeculative = (edge: GraphEdge): boolean => edgeCertainty(edge) === "speculative";

/**
 * `visible` without the edges below `level`. Entities follow visibleSet's rule: an undated one
 * that has relationships shows only while one of them does; dated and lone ones stay. Returns
 * `visible` itself for "all", so memoised consumers see no change.
 */
export function filterVisibleByCertainty(
  graph: Graph,
  visible: VisibleSet,
  level: CertaintyLevel,
): VisibleSet {
  if (level === "all") return visible;
  const edges = new Set<string>();
  const linked = new Set<string>();
  const touched = new Set<string>();
  for (const edge of graph.edges) {
    linked.add(edge.source).add(edge.target);
    if (!visible.edges.has(edge.id) || !passesCertainty(edge, level)) continue;
    edges.add(edge.id);
    touched.add(edge.source).add(edge.target);
  }
  const nodes = new Set<string>();
  for (const id of visible.nodes) {
    const node = graph.nodeById.get(id);
    const needsEdge = node !== undefined && elementSpan(node) === null && linked.has(id);
    if (!needsEdge || touched.has(id)) nodes.add(id);
  }
  const past = new Set([...visible.past].filter((id) => nodes.has(id) || edges.has(id)));
  return { nodes, edges, past };
}
