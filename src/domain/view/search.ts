import type { Graph } from "../model/types";

/** Case- and accent-insensitive form for matching: "Zoë  Åkesson" → "zoe akesson". */
export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * How many matching nodes the canvas outlines. Outlining restyles each one and drops its cached
 * drawing: a one-letter query matching 8,000 nodes cost a second a keystroke. The lists show all.
 */
export const OUTLINED_MATCHES = 200;

/** The first OUTLINED_MATCHES of `ids` that pass `shown`, in their order. */
export function outlined(ids: Iterable<string>, shown: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    if (out.size === OUTLINED_MATCHES) break;
    if (shown.has(id)) out.add(id);
  }
  return out;
}

export interface SearchMatches {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

interface SearchIndex {
  nodes: [id: string, text: string][];
  edges: [id: string, text: string][];
}

// Folding every label on each keystroke is the slow part on large graphs; fold once per graph.
const indexes = new WeakMap<Graph, SearchIndex>();

function indexOf(graph: Graph): SearchIndex {
  let index = indexes.get(graph);
  if (!index) {
    const label = (id: string) => graph.nodeById.get(id)?.label ?? "";
    // "\n" separates fields so a query cannot match across two of them.
    index = {
      nodes: graph.nodes.map((n) => [
        n.id,
        foldForSearch(n.label) + "\n" + foldForSearch(n.summary ?? ""),
      ]),
      edges: graph.edges.map((e) => [
        e.id,
        [e.relation, label(e.source), label(e.target)].map(foldForSearch).join("\n"),
      ]),
    };
    indexes.set(graph, index);
  }
  return index;
}

let last: { graph: Graph; needle: string; matches: SearchMatches } | undefined;

/**
 * Nodes whose label or summary contains the query, and edges whose relation or either end's label does;
 * null for an empty query. Plain substring matching: user input never becomes a regular expression.
 */
export function searchGraph(graph: Graph, query: string): SearchMatches | null {
  const needle = foldForSearch(query);
  if (needle === "") return null;
  // The lists' filter and the canvas's marks ask the same question on every keystroke.
  if (last?.graph === graph && last.needle === needle) return last.matches;
  const index = indexOf(graph);
  const matching = (entries: [string, string][]) =>
    new Set(entries.filter(([, text]) => text.includes(needle)).map(([id]) => id));
  const matches = { nodes: matching(index.nodes), edges: matching(index.edges) };
  last = { graph, needle, matches };
  return matches;
}
