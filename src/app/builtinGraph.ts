import built from "virtual:article-graph";
import type { Graph, LoadResult, Problem } from "../domain/model/types";

/** What deploy/articleGraph.ts writes: the built graph without its id maps. */
interface BuiltGraph {
  graph: Omit<Graph, "nodeById" | "edgeById">;
  problems: Problem[];
}

let result: LoadResult | undefined;

/**
 * The curated article graph, bundled into the app so the first paint needs no request. It is
 * built (quotes anchored) when the app is (deploy/articleGraph.ts), after `npm run validate`
 * checked the file, and a test checks it equals a full strict `loadGraph`: the loader, the
 * schema and zod stay out of the first download until a reader opens a file of their own.
 */
export function loadBuiltinGraph(): LoadResult {
  if (result === undefined) {
    const { graph, problems } = built as BuiltGraph;
    const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
    const edgeById = new Map(graph.edges.map((e) => [e.id, e]));
    result = { ok: true, graph: { ...graph, nodeById, edgeById }, problems };
  }
  return result;
}
