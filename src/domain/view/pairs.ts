import type { Graph, GraphEdge } from "../model/types";
import type { VisibleSet } from "./filters";
import { elementSpan } from "./pipeline";

/** The same key for both directions between two entities. */
export const pairKey = ({ source, target }: Pick<GraphEdge, "source" | "target">): string =>
  source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;

// Undated relationships first (they stand outside time), then by first day, then as written.
const firstDay = (edge: GraphEdge) => elementSpan(edge)?.first ?? Number.NEGATIVE_INFINITY;

const pairCache = new WeakMap<Graph, ReadonlyMap<string, readonly GraphEdge[]>>();

/** Every pair of entities with their relationships in time order, built once per graph. */
export function pairsOf(graph: Graph): ReadonlyMap<string, readonly GraphEdge[]> {
  const known = pairCache.get(graph);
  if (known) return known;
  const pairs = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    const key = pairKey(edge);
    const list = pairs.get(key);
    if (list) list.push(edge);
    else pairs.set(key, [edge]);
  }
  for (const list of pairs.values()) list.sort((a, b) => firstDay(a) - firstDay(b));
  pairCache.set(graph, pairs);
  return pairs;
}

/** The relationships between the two ends of `edge`, in time order (itself among them). */
export const pairOf = (graph: Graph, edge: GraphEdge): readonly GraphEdge[] =>
  pairsOf(graph).get(pairKey(edge)) ?? [edge];

export interface PairDrawing {
  /** `visible` with one relationship per pair: the pair's stance at this step. */
  visible: VisibleSet;
  /** Each shown relationship → the one drawn for its pair. */
  drawnAs: ReadonlyMap<string, string>;
  /** Each drawn relationship → how many of its pair's are current (not past) at this step. */
  current: ReadonlyMap<string, number>;
}

/**
 * One line per pair of entities. The line drawn is the pair's most recent relationship that is
 * current at this step; when all have ended, the most recent of them, which stays past (faded).
 */
export function onePerPair(graph: Graph, visible: VisibleSet): PairDrawing {
  const edges = new Set<string>();
  const drawnAs = new Map<string, string>();
  const current = new Map<string, number>();
  for (const pair of pairsOf(graph).values()) {
    const shown = pair.filter((edge) => visible.edges.has(edge.id));
    const live = shown.filter((edge) => !visible.past.has(edge.id));
    const drawn = (live.length > 0 ? live : shown).at(-1);
    if (drawn === undefined) continue;
    edges.add(drawn.id);
    current.set(drawn.id, live.length);
    for (const edge of shown) drawnAs.set(edge.id, drawn.id);
  }
  return { visible: { ...visible, edges }, drawnAs, current };
}
