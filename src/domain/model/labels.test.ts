import { describe, expect, it } from "vitest";
import { makeEdge, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import { describeEdge, describeWhen } from "./labels";

describe("labels", () => {
  it("describes an edge by both ends, relation and stance", () => {
    const edge = storyGraph.edgeById.get("feud");
    expect(edge && describeEdge(storyGraph, edge)).toBe("Jeff Bezos knows Donald Trump (rivalry)");
  });

  it.each([
    [makeNode({ id: "a", date: "2025-07-14" }), "14 July 2025"],
    [
      makeEdge({ id: "b", source: "x", target: "y", start: "2017-01-20", end: "2024-12" }),
      "20 January 2017 – December 2024",
    ],
    [
      makeEdge({ id: "c", source: "x", target: "y", start: "2025-01", approximate: true }),
      "since January 2025 (approximate)",
    ],
    [makeEdge({ id: "d", source: "x", target: "y", end: "2025" }), "until 2025"],
    [makeNode({ id: "e" }), ""],
  ])("says when %#", (element, text) => {
    expect(describeWhen(element)).toBe(text);
  });
});
