// Test support: the real article graph, loaded the way the app loads it, and a helper for small
// graphs whose quotes are anchored exactly where they occur in their text.
import { readFileSync } from "node:fs";
import { loadGraph } from "../../src/domain/load/load";
import type { Evidence, Graph } from "../../src/domain/model/types";

const read = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8");

let article: Graph | undefined;

/** data/graph.json over data/article.txt, loaded once. */
export function articleGraph(): Graph {
  if (!article) {
    const result = loadGraph(read("graph.json"), {
      readTextFile: (path) => (path === "article.txt" ? read("article.txt") : undefined),
    });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
    article = result.graph;
  }
  return article;
}

/** Evidence for the first occurrence of `quote` in `text`, anchored as the loader would. */
export function quoteIn(text: string, quote: string, extra: Partial<Evidence> = {}): Evidence {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
  return { quote, anchor: { start, end: start + quote.length }, ...extra };
}
