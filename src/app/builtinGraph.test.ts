import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadGraph } from "../domain/load/load";
import { loadBuiltinGraph } from "./builtinGraph";

describe("the built-in article graph", () => {
  it("is exactly what the full loader makes of the file, strict checks included", () => {
    const article = readFileSync("data/article.txt", "utf8");
    const full = loadGraph(readFileSync("data/graph.json", "utf8"), {
      strict: true,
      readTextFile: (path) => (path === "article.txt" ? article : undefined),
    });
    expect(full.ok).toBe(true);
    expect(loadBuiltinGraph()).toEqual(full);
  });

  it("has every quote found in the article", () => {
    const result = loadBuiltinGraph();
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.graph.source.text.startsWith("Getty Images\n")).toBe(true);
    const quotes = [...result.graph.nodes, ...result.graph.edges].flatMap((e) => e.evidence);
    expect(quotes.every((q) => q.anchor !== null)).toBe(true);
  });

  it("loads once and shares the result", () => {
    expect(loadBuiltinGraph()).toBe(loadBuiltinGraph());
  });
});
