import type { Evidence, Graph, GraphEdge } from "../model/types";
import { certaintyStrength, quoteCertainty } from "../view/certainty";
import { pairsOf } from "../view/pairs";

/** What a connection may use: pass the store's memoised visible set (the cache keys on it). */
export interface VisibleElements {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Shown but ended at this step: used only when no route of current relationships exists. */
  past?: ReadonlySet<string>;
}

/** A walk from one node to another: `nodes` has one more entry than `edges`. */
export interface Path {
  nodes: string[];
  edges: string[];
}

type Adjacency = ReadonlyMap<string, readonly { edge: string; other: string }[]>;

const adjacencies = new WeakMap<Graph, WeakMap<VisibleElements, Map<boolean, Adjacency>>>();

/**
 * The one relationship a route takes between two entities, so that routes differing only by a
 * parallel relationship are one route: the pair's most recent current one, else (when `withPast`)
 * its most recent ended one — the same choice as the line drawn for the pair.
 */
function pairSteps(graph: Graph, visible: VisibleElements, withPast: boolean): Set<string> {
  const steps = new Set<string>();
  for (const pair of pairsOf(graph).values()) {
    const shown = pair.filter(({ id }) => visible.edges.has(id));
    const live = shown.filter(({ id }) => !visible.past?.has(id));
    const step = (live.length > 0 || !withPast ? live : shown).at(-1);
    if (step) steps.add(step.id);
  }
  return steps;
}

/** One step per pair between visible nodes, both ways, in graph order; built once per visible set. */
function adjacencyOf(graph: Graph, visible: VisibleElements, withPast: boolean): Adjacency {
  let perGraph = adjacencies.get(graph);
  if (!perGraph) adjacencies.set(graph, (perGraph = new WeakMap()));
  let perVisible = perGraph.get(visible);
  if (!perVisible) perGraph.set(visible, (perVisible = new Map()));
  let adjacency = perVisible.get(withPast);
  if (!adjacency) {
    const steps = pairSteps(graph, visible, withPast);
    const map = new Map<string, { edge: string; other: string }[]>();
    const add = (from: string, edge: string, other: string) => {
      const list = map.get(from);
      if (list) list.push({ edge, other });
      else map.set(from, [{ edge, other }]);
    };
    for (const { id, source, target } of graph.edges) {
      // A self-loop never shortens a walk.
      if (source === target || !steps.has(id)) continue;
      if (!visible.nodes.has(source) || !visible.nodes.has(target)) continue;
      add(source, id, target);
      add(target, id, source);
    }
    perVisible.set(withPast, (adjacency = map));
  }
  return adjacency;
}

/** Breadth-first distances from `from`, stopping once the level holding `to` is reached. */
function distances(adjacency: Adjacency, from: string, to: string): Map<string, number> {
  const dist = new Map([[from, 0]]);
  for (let frontier = [from], d = 1; frontier.length > 0 && !dist.has(to); d++) {
    const next: string[] = [];
    for (const node of frontier)
      for (const { other } of adjacency.get(node) ?? [])
        if (!dist.has(other)) {
          dist.set(other, d);
          next.push(other);
        }
    frontier = next;
  }
  return dist;
}

/** Nodes on some shortest walk to `to`, found by stepping back one level at a time. */
function onShortestPaths(adjacency: Adjacency, dist: Map<string, number>, to: string) {
  const on = new Set([to]);
  for (const node of on) {
    const d = dist.get(node) as number;
    for (const { other } of adjacency.get(node) ?? []) if (dist.get(other) === d - 1) on.add(other);
  }
  return on;
}

/**
 * Depth-first from `from` along edges that step one level closer to `to` on a shortest walk,
 * in adjacency (graph) order. Iterative, so a long chain cannot overflow the stack.
 */
function walks(
  adjacency: Adjacency,
  dist: Map<string, number>,
  on: Set<string>,
  from: string,
  to: string,
  limit: number,
): Path[] {
  const paths: Path[] = [];
  const nodes = [from];
  const edges: string[] = [];
  const cursors = [0];
  while (cursors.length > 0 && paths.length < limit) {
    const depth = cursors.length - 1;
    const at = nodes[depth] as string;
    if (at === to) paths.push({ nodes: [...nodes], edges: [...edges] });
    const hops = at === to ? [] : (adjacency.get(at) ?? []);
    let hop: { edge: string; other: string } | undefined;
    for (let i = cursors[depth] as number; i < hops.length && !hop; i++) {
      const candidate = hops[i];
      cursors[depth] = i + 1;
      if (candidate && dist.get(candidate.other) === depth + 1 && on.has(candidate.other))
        hop = candidate;
    }
    if (hop) {
      nodes.push(hop.other);
      edges.push(hop.edge);
      cursors.push(0);
    } else {
      nodes.pop();
      edges.pop();
      cursors.pop();
    }
  }
  return paths;
}

/**
 * All shortest connections between two nodes over the visible graph, treating every
 * relationship as running both ways and each pair of entities as one step (see pairSteps).
 * Relationships current at this step first; ended ones only when no current route exists.
 * At most `limit`, in a stable order (edges compared in graph order, from the start).
 * `from === to` gives one walk with no edges; a hidden end or no connection gives [].
 */
export function shortestPaths(
  graph: Graph,
  visible: VisibleElements,
  from: string,
  to: string,
  limit = 5,
): Path[] {
  if (limit < 1 || !visible.nodes.has(from) || !visible.nodes.has(to)) return [];
  if (from === to) return [{ nodes: [from], edges: [] }];
  for (const withPast of [false, true]) {
    const adjacency = adjacencyOf(graph, visible, withPast);
    const dist = distances(adjacency, from, to);
    if (dist.has(to))
      return walks(adjacency, dist, onShortestPaths(adjacency, dist, to), from, to, limit);
  }
  return [];
}

const strength = (evidence: Evidence) => certaintyStrength(quoteCertainty(evidence));

/** The quote to show for a hop: the first of the surest kind (confirmed, reported, speculative). */
export const hopQuote = (edge: GraphEdge): Evidence | null =>
  edge.evidence.reduce<Evidence | null>(
    (best, evidence) => (best === null || strength(evidence) > strength(best) ? evidence : best),
    null,
  );

/** One step of a path, read in walking order: `reversed` when the edge points back along it. */
export interface Hop {
  edge: GraphEdge;
  from: string;
  to: string;
  reversed: boolean;
  quote: Evidence | null;
}

export function pathHops(graph: Graph, path: Path): Hop[] {
  return path.edges.flatMap((id, i) => {
    const edge = graph.edgeById.get(id);
    const from = path.nodes[i];
    const to = path.nodes[i + 1];
    if (!edge || from === undefined || to === undefined) return [];
    return [{ edge, from, to, reversed: edge.source !== from, quote: hopQuote(edge) }];
  });
}
