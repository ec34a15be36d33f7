import { describeEdge } from "../model/labels";
import type { Graph, GraphEdge, GraphNode, Stance } from "../model/types";
import { foldForSearch } from "../view/search";
import { quoteCertainty, type CertaintyValue } from "../view/certainty";

/** One quote of one element: a row of the claims table. */
export interface ClaimRow {
  /** Unique: `${elementId}#${quoteIndex}`. */
  id: string;
  elementId: string;
  elementType: "edge" | "node";
  /** describeEdge for an edge ("Jeff Bezos met with Donald Trump (alliance)"), the label for a node. */
  elementLabel: string;
  /** The edge's stance; null for a node. */
  stance: Stance | null;
  quoteIndex: number;
  quote: string;
  attribution: string | null;
  certainty: CertaintyValue;
  /** The quote was found in the source text. */
  verified: boolean;
  anchorStart: number | null;
}

export interface ClaimRowOptions {
  /** Also list the quotes supporting entities; default false (relationships only). */
  includeNodes?: boolean;
}

function rowsOf(element: GraphNode | GraphEdge, type: ClaimRow["elementType"], label: string) {
  return element.evidence.map((evidence, quoteIndex): ClaimRow => ({
    id: `${element.id}#${quoteIndex}`,
    elementId: element.id,
    elementType: type,
    elementLabel: label,
    stance: "stance" in element ? element.stance : null,
    quoteIndex,
    quote: evidence.quote,
    attribution: evidence.attribution ?? null,
    certainty: quoteCertainty(evidence),
    verified: evidence.anchor !== null,
    anchorStart: evidence.anchor?.start ?? null,
  }));
}

const cache = new WeakMap<Graph, Partial<Record<"edges" | "all", readonly ClaimRow[]>>>();

/** Every quote of every edge (then of every node, if asked), in graph order; once per graph. */
export function claimRows(graph: Graph, options: ClaimRowOptions = {}): readonly ClaimRow[] {
  const key = options.includeNodes ? "all" : "edges";
  const cached = cache.get(graph) ?? {};
  cache.set(graph, cached);
  return (cached[key] ??= [
    ...graph.edges.flatMap((e) => rowsOf(e, "edge", describeEdge(graph, e))),
    ...(options.includeNodes ? graph.nodes.flatMap((n) => rowsOf(n, "node", n.label)) : []),
  ]);
}

export type ClaimSortKey = "element" | "certainty" | "attribution" | "position";
export type SortDirection = "asc" | "desc";

const CERTAINTY_ORDER: Record<CertaintyValue, number> = {
  confirmed: 0,
  reported: 1,
  speculative: 2,
  unspecified: 3,
};
const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

// sortClaims has already put missing values last, so these only compare present ones.
const KEYS: Record<ClaimSortKey, (a: ClaimRow, b: ClaimRow) => number> = {
  element: (a, b) => collator.compare(a.elementLabel, b.elementLabel),
  certainty: (a, b) => CERTAINTY_ORDER[a.certainty] - CERTAINTY_ORDER[b.certainty],
  attribution: (a, b) => collator.compare(a.attribution ?? "", b.attribution ?? ""),
  position: (a, b) => (a.anchorStart ?? 0) - (b.anchorStart ?? 0),
};

const missing = (row: ClaimRow, key: ClaimSortKey): boolean =>
  (key === "attribution" && row.attribution === null) ||
  (key === "position" && row.anchorStart === null);

/**
 * A sorted copy. Stable: equal rows keep their order. Labels and attributions compare the way
 * the reader's language sorts; certainty runs confirmed, reported, speculative, unspecified;
 * position is article order. Rows without an attribution or an anchor go last either way.
 */
export function sortClaims(
  rows: readonly ClaimRow[],
  key: ClaimSortKey,
  dir: SortDirection = "asc",
): ClaimRow[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const gap = Number(missing(a, key)) - Number(missing(b, key));
    if (gap !== 0) return gap;
    return sign * KEYS[key](a, b);
  });
}

export interface ClaimFilter {
  /** Certainties to keep; undefined keeps all, [] keeps none. */
  certainty?: readonly CertaintyValue[];
  /** Matched in the quote, element label and attribution, ignoring case and accents. */
  text?: string;
}

const folded = new WeakMap<ClaimRow, string>();

function searchText(row: ClaimRow): string {
  let text = folded.get(row);
  if (text === undefined) {
    // "\n" between fields so a query cannot match across two of them.
    text = [row.quote, row.elementLabel, row.attribution ?? ""].map(foldForSearch).join("\n");
    folded.set(row, text);
  }
  return text;
}

/** The rows passing the filter, in order. Plain substring search: input never becomes a RegExp. */
export function filterClaims(rows: readonly ClaimRow[], filter: ClaimFilter): ClaimRow[] {
  const needle = foldForSearch(filter.text ?? "");
  const certainties = filter.certainty ? new Set(filter.certainty) : null;
  return rows.filter(
    (row) =>
      (certainties === null || certainties.has(row.certainty)) &&
      (needle === "" || searchText(row).includes(needle)),
  );
}
