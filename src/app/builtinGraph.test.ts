import { describe, expect, it } from "vitest";
import { loadBuiltinGraph } from "./builtinGraph";

describe("the built-in article graph", () => {
  it("loads through the user-file path with every quote found in the article", () => {
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
