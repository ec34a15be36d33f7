import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { buildGraph } from "../src/domain/load/build";
import type { GraphDocument } from "../src/domain/load/schema";

export const ARTICLE_GRAPH_ID = "virtual:article-graph";
const RESOLVED = `\0${ARTICLE_GRAPH_ID}`;
const GRAPH_FILE = new URL("../data/graph.json", import.meta.url);
const ARTICLE_FILE = new URL("../data/article.txt", import.meta.url);

/**
 * The built-in article graph, built (every quote anchored) when the app is: the app ships the
 * result as JSON and neither runs nor downloads the loader to show it. Its maps are rebuilt on
 * arrival (src/app/builtinGraph.ts). A graph that does not build stops the build.
 */
export function articleGraph(): Plugin {
  return {
    name: "entente:article-graph",
    resolveId: (source) => (source === ARTICLE_GRAPH_ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(GRAPH_FILE.pathname);
      this.addWatchFile(ARTICLE_FILE.pathname);
      const doc = JSON.parse(readFileSync(GRAPH_FILE, "utf8")) as GraphDocument;
      const result = buildGraph(doc, readFileSync(ARTICLE_FILE, "utf8"));
      if (!result.ok) {
        return this.error(`data/graph.json: ${result.problems.map((p) => p.message).join("; ")}`);
      }
      // The id maps are left out (JSON has no Map): the app makes them again from the lists.
      const dropMaps = (_key: string, value: unknown) => (value instanceof Map ? undefined : value);
      const built = JSON.stringify({ graph: result.graph, problems: result.problems }, dropMaps);
      // JSON.parse of a string literal: quicker for the engine than the same object as code.
      return `export default JSON.parse(${JSON.stringify(built)});`;
    },
  };
}
