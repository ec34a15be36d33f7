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

type Entries = [id: string, text: string][];

interface SearchIndex {
  nodes: Entries;
  edges: Entries;
}

// Folding every label on each keystroke is the slow part on large graphs; fold once per graph.
const names = new WeakMap<Graph, SearchIndex>();
const quoteTexts = new WeakMap<Graph, SearchIndex>();

// "\n" separates fields so a query cannot match across two of them.
const fields = (...texts: string[]): string => texts.map(foldForSearch).join("\n");

function namesOf(graph: Graph): SearchIndex {
  let index = names.get(graph);
  if (!index) {
    const label = (id: string) => graph.nodeById.get(id)?.label ?? "";
    index = {
      // Entities by name only: a summary names the people around it ("Bezos" is in most of them).
      nodes: graph.nodes.map((n) => [n.id, fields(n.label, ...(n.aliases ?? []))]),
      edges: graph.edges.map((e) => [e.id, fields(e.relation, label(e.source), label(e.target))]),
    };
    names.set(graph, index);
  }
  return index;
}

function quotesOf(graph: Graph): SearchIndex {
  let index = quoteTexts.get(graph);
  if (!index) {
    const quotes = (item: Graph["nodes"][number] | Graph["edges"][number]): [string, string] => [
      item.id,
      fields(...item.evidence.map((e) => e.quote)),
    ];
    index = { nodes: graph.nodes.map(quotes), edges: graph.edges.map(quotes) };
    quoteTexts.set(graph, index);
  }
  return index;
}

let last: { graph: Graph; needle: string; quotes: boolean; matches: SearchMatches } | undefined;

/**
 * Nodes whose name or an alias contains every word of the query, and edges whose relation and
 * ends' names do between them; with `quotes`, then also those whose quotes do (after the name
 * matches, which come first). Null for an empty query. Plain substring matching: user input
 * never becomes a regular expression.
 */
export function searchGraph(graph: Graph, query: string, quotes = false): SearchMatches | null {
  const needle = foldForSearch(query);
  if (needle === "") return null;
  // The lists' filter and the canvas's marks ask the same question on every keystroke.
  if (last?.graph === graph && last.needle === needle && last.quotes === quotes) {
    return last.matches;
  }
  const words = needle.split(" ");
  const matching = (out: Set<string>, entries: Entries) => {
    for (const [id, text] of entries) {
      if (words.every((word) => text.includes(word))) out.add(id);
    }
    return out;
  };
  const byName = namesOf(graph);
  const nodes = matching(new Set(), byName.nodes);
  const edges = matching(new Set(), byName.edges);
  if (quotes) {
    const byQuote = quotesOf(graph);
    matching(nodes, byQuote.nodes);
    matching(edges, byQuote.edges);
  }
  const matches = { nodes, edges };
  last = { graph, needle, quotes, matches };
  return matches;
}
