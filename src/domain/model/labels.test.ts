import { describe, expect, it } from "vitest";
import { makeEdge, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import { describeEdge, describeWhen, LABEL_CAP, shortLabel } from "./labels";

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

describe("shortLabel", () => {
  it.each([
    ["a short label, unchanged", "Jeff Bezos", "Jeff Bezos"],
    ["line breaks and runs of spaces, folded", "Blue\nOrigin   LLC", "Blue Origin LLC"],
    [
      "a long name, cut at the last space in its last third",
      "The Committee for the Preservation of Historic Harbour Buildings and Their Surroundings",
      "The Committee for the Preservation of Historic Harbour…",
    ],
    ["an unbroken run, cut at the cap", "x".repeat(10_000), `${"x".repeat(59)}…`],
    ["emoji, never halved", "👍".repeat(100), `${"👍".repeat(59)}…`],
  ])("%s", (_, label, expected) => {
    expect(shortLabel(label)).toBe(expected);
    expect(Array.from(shortLabel(label)).length).toBeLessThanOrEqual(LABEL_CAP);
  });

  it("takes another cap", () => {
    expect(shortLabel("abcdefghij", 5)).toBe("abcd…");
  });
});
