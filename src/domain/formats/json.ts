import type { GraphDocument } from "../load/schema";
import type { Evidence, Graph, GraphEdge, GraphNode, StoryStep } from "../model/types";

// One file type, inferred from the loader's zod schema: what this module writes is what it reads.
export type { GraphDocument } from "../load/schema";
export type DocumentNode = GraphDocument["nodes"][number];
export type DocumentEdge = GraphDocument["edges"][number];
export type DocumentEvidence = DocumentNode["evidence"][number];
/** A document as this module writes it: self-contained, the source text inline. */
export type WrittenDocument = GraphDocument & { source: { text: string } };

/** Drops undefined fields, so the file never carries `"summary": undefined`-style keys. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// Anchors are left out: the loader recomputes them from the text, so a stale one can never be read back.
const evidence = (items: readonly Evidence[]): DocumentEvidence[] =>
  items.map((e) => defined({ quote: e.quote, attribution: e.attribution, certainty: e.certainty }));

const approximate = (item: GraphNode | GraphEdge): true | undefined =>
  item.approximate ? true : undefined;

export const documentNode = (n: GraphNode): DocumentNode =>
  defined({
    id: n.id,
    label: n.label,
    aliases: n.aliases && [...n.aliases],
    kind: n.kind,
    summary: n.summary,
    date: n.date,
    position: n.position && { x: n.position.x, y: n.position.y },
    start: n.start,
    end: n.end,
    approximate: approximate(n),
    color: n.color,
    evidence: evidence(n.evidence),
  });

export const documentEdge = (e: GraphEdge): DocumentEdge =>
  defined({
    id: e.id,
    source: e.source,
    target: e.target,
    stance: e.stance,
    relation: e.relation,
    color: e.color,
    start: e.start,
    end: e.end,
    approximate: approximate(e),
    evidence: evidence(e.evidence),
  });

const step = (s: StoryStep): StoryStep =>
  defined({
    title: s.title,
    text: s.text,
    nodes: [...s.nodes],
    edges: [...s.edges],
    period: s.period,
  });

/** The graph as a self-contained v1 document: the source text inline, nodes and edges in order. */
export function graphToDocument(graph: Graph): WrittenDocument {
  const { title, publisher, published, url, credit, text } = graph.source;
  return defined({
    $schema: graph.schemaUrl,
    format: "entente-graph",
    version: 1,
    title: graph.title,
    imported: graph.imported && defined({ ...graph.imported }),
    source: defined({ title, publisher, published, url, credit, text }),
    // Derived periods are left to the loader, which derives the same ones again from the dates.
    periods: graph.periodsDerived
      ? undefined
      : graph.periods.map((p) => ({ id: p.id, label: p.label, start: p.start, end: p.end })),
    nodes: graph.nodes.map(documentNode),
    edges: graph.edges.map(documentEdge),
    story: graph.story?.map(step),
  });
}

/** The v1 JSON file: two-space indented, with a trailing newline. */
export const exportJson = (graph: Graph): string =>
  `${JSON.stringify(graphToDocument(graph), null, 2)}\n`;
