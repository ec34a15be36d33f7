// Test support: the built-in article graph as the app loads it (the bundled ?raw imports work in
// jsdom, where reading data/ by file URL does not).
import { loadBuiltinGraph } from "../../src/app/builtinGraph";
import type { Graph } from "../../src/domain/model/types";

export function articleGraph(): Graph {
  const result = loadBuiltinGraph();
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return result.graph;
}
