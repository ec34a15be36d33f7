import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadGraph } from "../../domain/load/load";
import { timelineSteps } from "../../domain/view";

const GUIDE = new URL("../../../docs/make-your-own-graph.md", import.meta.url);

describe("the example in docs/make-your-own-graph.md", () => {
  const [, example = ""] = /```json\n([\s\S]*?)```/.exec(readFileSync(GUIDE, "utf8")) ?? [];

  it("loads strictly, every quote found", () => {
    expect(loadGraph(example, { strict: true }).problems).toEqual([]);
  });

  it("gets the derived timeline the guide describes", () => {
    const result = loadGraph(example);
    expect(result.ok && timelineSteps(result.graph).map((s) => s.label)).toEqual([
      "March 2025",
      "All time",
    ]);
  });
});
