import articleText from "../../data/article.txt?raw";
import graphText from "../../data/graph.json?raw";
import { buildGraph } from "../domain/load/build";
import type { GraphDocument } from "../domain/load/schema";
import type { LoadResult } from "../domain/model/types";

let result: LoadResult | undefined;

/**
 * The curated article graph, bundled into the app so the first paint needs no request. Its file
 * is checked against the schema before it ships (`npm run validate`, and a test that this equals
 * a full `loadGraph`), so here it skips straight to anchoring its quotes: the schema and zod stay
 * out of the first download until a reader opens a file of their own.
 */
export function loadBuiltinGraph(): LoadResult {
  result ??= buildGraph(JSON.parse(graphText) as GraphDocument, articleText);
  return result;
}
