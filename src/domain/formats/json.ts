import type {
  Evidence,
  Graph,
  GraphEdge,
  GraphNode,
  Imported,
  Period,
  Source,
  StoryStep,
} from "../model/types";

// The v1 file shape as this module writes it; the loader's zod schema is the authority on reading.
export type DocumentEvidence = Omit<Evidence, "anchor">;
type Written<T extends GraphNode | GraphEdge> = Omit<T, "approximate" | "evidence"> & {
  approximate?: true;
  evidence: DocumentEvidence[];
};
export type DocumentNode = Written<GraphNode>;
export type DocumentEdge = Written<GraphEdge>;

export interface GraphDocumentV1 {
  $schema?: string;
  format: "entente-graph";
  version: 1;
  title: string;
  imported?: Imported;
  source: Omit<Source, "textFile">;
  periods?: Period[];
  nodes: DocumentNode[];
  edges: DocumentEdge[];
  story?: StoryStep[];
}

/** Drops undefined fields, so the file never carries `"summary": undefined`-style keys. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// Anchors are left out: the loader recomputes them from the text, so a stale one can never be read back.
const evidence = (items: readonly Evidence[]): DocumentEvidence[] =>
  items.map((e) => defined({ quote: e.quote, attribution: e.attribution, certainty: e.certainty }));

const approximate = (item: GraphNode | GraphEdge): true | undefined =>
  item.approximate ? true : undefined;

const node = (n: GraphNode): DocumentNode =>
  defined({
    id: n.id,
    label: n.label,
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

const edge = (e: GraphEdge): DocumentEdge =>
  defined({
    id: e.id,
    source: e.source,
    target: e.target,
    stance: e.stance,
    relation: e.relation,
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
export function graphToDocument(graph: Graph): GraphDocumentV1 {
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
    nodes: graph.nodes.map(node),
    edges: graph.edges.map(edge),
    story: graph.story?.map(step),
  });
}

/** The v1 JSON file: two-space indented, with a trailing newline. */
export const exportJson = (graph: Graph): string =>
  `${JSON.stringify(graphToDocument(graph), null, 2)}\n`;
