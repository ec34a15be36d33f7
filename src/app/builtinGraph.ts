import articleText from "../../data/article.txt?raw";
import graphText from "../../data/graph.json?raw";
import { loadGraph } from "../domain/load";
import type { LoadResult } from "../domain/types";

let result: LoadResult | undefined;

/**
 * The curated article graph, bundled into the app so the first paint needs no request, and read
 * through the same loader as a user's file so it meets the same checks.
 */
export function loadBuiltinGraph(): LoadResult {
  result ??= loadGraph(graphText, {
    readTextFile: (path) => (path === "article.txt" ? articleText : undefined),
  });
  return result;
}
