import type { Graph, GraphEdge, GraphNode } from "../model/types";
import type { DraftDocument, DraftEdge, DraftNode } from "./types";

/** A draft node as the model draws it: no quote anchored yet. */
export const graphNode = (n: DraftNode): GraphNode => ({
  ...n,
  approximate: n.approximate ?? false,
  evidence: n.evidence.map((e) => ({ ...e, anchor: null })),
});

export const graphEdge = (e: DraftEdge): GraphEdge => ({
  ...e,
  approximate: e.approximate ?? false,
  evidence: e.evidence.map((q) => ({ ...q, anchor: null })),
});

/**
 * The draft as the model the canvas draws, without the loader's checks or anchoring: a draft in
 * the middle of being made (a quote removed, a date half typed) must still be drawn.
 */
export function draftGraph(doc: DraftDocument): Graph {
  const nodes = doc.nodes.map(graphNode);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(graphEdge);
  return {
    title: doc.title,
    source: doc.source,
    periods: [],
    periodsDerived: true,
    nodes,
    edges,
    nodeById: new Map(nodes.map((n) => [n.id, n])),
    edgeById: new Map(edges.map((e) => [e.id, e])),
  };
}
