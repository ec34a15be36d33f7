import { ELEMENT_FIELD, rebuiltDocument } from "../embedded";
import type { ImportOutcome } from "./report";

/**
 * Entente's own GEXF or GraphML, put back together from the v1 entries its elements carry: the
 * same graph, quotes and source text included. Undefined when the file lacks any of them (edited
 * elsewhere, say), so the generic reader takes it instead.
 */
export function ownDocument(
  format: string,
  graph: string | undefined,
  nodes: readonly (string | undefined)[],
  edges: readonly (string | undefined)[],
): ImportOutcome | undefined {
  if (graph === undefined) return undefined;
  const all = [...nodes, ...edges];
  if (all.some((x) => x === undefined)) return undefined;
  try {
    const doc = rebuiltDocument(graph, nodes as string[], edges as string[]);
    const report = {
      format: `${format} written by Entente`,
      read: [`${nodes.length} nodes`, `${edges.length} edges`],
      mapped: [{ from: ELEMENT_FIELD, to: "every field" }],
      notes: [],
    };
    return { ok: true, doc, report };
  } catch {
    return undefined;
  }
}
