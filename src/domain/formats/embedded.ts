// Entente's own data inside its GEXF and GraphML exports, so they re-open as the same graph:
// each node and edge carries its v1 entry, and the graph its title, source text, periods and
// story, as JSON in a namespaced attribute or key that other tools show or ignore.
import type { Graph } from "../model/types";
import { documentEdge, documentNode, graphToDocument, type GraphDocument } from "./json";

export const ENTENTE_NS = "urn:entente:graph-format:v1";
/** Name of the attribute (GEXF) or key (GraphML) holding an element's own v1 entry. */
export const ELEMENT_FIELD = "entente:element";
/** Name of the key (GraphML) or meta element (GEXF) holding the rest of the document. */
export const GRAPH_FIELD = "entente:graph";

/**
 * JSON that XML can carry exactly: JSON.stringify already escapes control characters and lone
 * surrogates; U+FFFE and U+FFFF, which XML forbids too, are escaped here.
 */
export const xmlSafeJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

export const nodeJson = (node: Graph["nodes"][number]): string => xmlSafeJson(documentNode(node));
export const edgeJson = (edge: Graph["edges"][number]): string => xmlSafeJson(documentEdge(edge));

/** The document without its nodes and edges, which travel on the elements themselves. */
export function graphJson(graph: Graph): string {
  const doc: Partial<GraphDocument> = graphToDocument(graph);
  delete doc.nodes;
  delete doc.edges;
  return xmlSafeJson(doc);
}

/** Puts a document back together from what graphJson and the elements carried. */
export function rebuiltDocument(
  graph: string,
  nodes: readonly string[],
  edges: readonly string[],
): GraphDocument {
  const rest = JSON.parse(graph) as Omit<GraphDocument, "nodes" | "edges">;
  return {
    ...rest,
    nodes: nodes.map((n) => JSON.parse(n) as GraphDocument["nodes"][number]),
    edges: edges.map((e) => JSON.parse(e) as GraphDocument["edges"][number]),
  };
}

/**
 * Ids XML can carry, unique after cleaning: characters XML forbids are dropped, and an id that
 * then collides with an earlier one gets a `-2`, `-3`… suffix (a hyphen, which a GraphML name token
 * may hold). The original stays in the element's
 * embedded entry.
 */
export function xmlIds(ids: readonly string[], clean: (id: string) => string): string[] {
  const taken = new Set<string>();
  return ids.map((id) => {
    const base = clean(id) || "_";
    let out = base;
    for (let n = 2; taken.has(out); n++) out = `${base}-${n}`;
    taken.add(out);
    return out;
  });
}

/** The ids `xmlIds` had to change, as [in Entente, in the file], for telling the reader. */
export function renamedIds(ids: readonly string[], written: readonly string[]): [string, string][] {
  return ids.flatMap((id, i): [string, string][] => {
    const out = written[i] ?? id;
    return out === id ? [] : [[id, out]];
  });
}

const SHOWN_RENAMES = 5;

/**
 * "Saved x.graphml", and which ids the file carries under another name: cleaned for XML, and
 * given a `-2` suffix where two would otherwise have become the same.
 */
export function exportNotice(name: string, renamed: readonly [string, string][]): string {
  if (renamed.length === 0) return `Saved ${name}`;
  const shown = renamed
    .slice(0, SHOWN_RENAMES)
    .map(([from, to]) => `${JSON.stringify(from)} → ${JSON.stringify(to)}`);
  const more = renamed.length - shown.length;
  const ids = renamed.length === 1 ? "1 id" : `${renamed.length} ids`;
  return `Saved ${name}. XML cannot carry every id as it is: ${ids} renamed in the file (the originals kept inside it, so it reopens here unchanged): ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}.`;
}
