import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import {
  CERTAINTY_LABELS,
  describeEdge,
  describeWhen,
  edgeEnds,
  KIND_LABELS,
  LABEL_CAP,
  shortLabel,
} from "./labels";

describe("labels", () => {
  it("describes an edge by both ends, relation and stance", () => {
    const edge = storyGraph.edgeById.get("feud");
    expect(edge && describeEdge(storyGraph, edge)).toBe("Jeff Bezos knows Donald Trump (rivalry)");
  });

  it("names an edge's ends, an end the graph lacks by its id", () => {
    const graph = makeGraph({ nodes: [makeNode({ id: "a", label: "Alpha" })] });
    const edge = makeEdge({ id: "ab", source: "a", target: "b" });
    expect(edgeEnds(graph, edge)).toBe("Alpha → b");
  });

  it("names each kind and certainty as the legend and filters show them", () => {
    expect(KIND_LABELS).toEqual({
      person: "Person",
      organization: "Organization",
      media: "Media outlet",
      government: "Government",
      program: "Programme",
      event: "Event",
      place: "Place",
      asset: "Asset",
    });
    expect(CERTAINTY_LABELS).toEqual({
      confirmed: "Confirmed",
      reported: "Reported",
      speculative: "Speculative",
    });
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
    // An undated element says nothing, approximate or not.
    [makeNode({ id: "f", approximate: true }), ""],
    // A date key present but unset (as a spread of optional fields leaves it) is no date.
    [makeNode({ id: "g", date: undefined, start: "2025-01" }), "since January 2025"],
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

  // Small caps make the boundaries visible: a label of exactly `cap` characters is whole, a cut
  // keeps cap − 1 characters and "…".
  it.each([
    ["exactly the cap, kept as written", " abc ", 5, " abc "],
    ["surrounding spaces and breaks, trimmed", "  Jeff\nBezos  ", 60, "Jeff Bezos"],
    ["folded to exactly the cap, whole", "ab   cd", 5, "ab cd"],
    ["folded to the cap from twice the cap and 2, whole", `a${" ".repeat(8)}b`, 4, "a b"],
    ["folded short, but with more beyond what is read, cut", `a${" ".repeat(20)}b`, 4, "a…"],
    ["a space at two thirds of the cap, cut there", "abcdef ghijkl", 9, "abcdef…"],
    ["a space before two thirds of the cap, not cut there", "ab cdefghijkl", 9, "ab cdefg…"],
    ["trailing punctuation before the cut, dropped", "abcdef.,xyz", 9, "abcdef…"],
  ])("%s", (_, label, cap, expected) => {
    expect(shortLabel(label, cap)).toBe(expected);
  });
});
