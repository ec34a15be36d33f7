import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../../tests/fixtures/factory";
import { claimRows, filterClaims, sortClaims, type ClaimRow } from "./claims";
import { articleGraph } from "../../../tests/fixtures/article";

describe("claimRows on the article", () => {
  const graph = articleGraph();
  // Built in the tests, not while the file loads, so a mutant that throws fails a test.
  const rows = () => claimRows(graph);
  const count = (elements: { evidence: unknown[] }[]) =>
    elements.reduce((n, e) => n + e.evidence.length, 0);

  it("has one row per quote of every edge, each with a unique id", () => {
    expect(rows()).toHaveLength(count(graph.edges));
    expect(rows()).toHaveLength(72);
    expect(new Set(rows().map((r) => r.id)).size).toBe(72);
    expect(
      rows().every((r) => r.elementType === "edge" && r.verified && r.anchorStart !== null),
    ).toBe(true);
  });

  it("adds the entities' quotes when asked", () => {
    const all = claimRows(graph, { includeNodes: true });
    expect(all).toHaveLength(count(graph.edges) + count(graph.nodes));
    expect(all.at(-1)).toMatchObject({
      elementType: "node",
      stance: null,
      elementLabel: "Flight to Dulles",
    });
  });

  it("describes each row's edge, quote, attribution and certainty", () => {
    expect(rows().find((r) => r.id === "e-bezos-warms-trump#1")).toEqual({
      id: "e-bezos-warms-trump#1",
      elementId: "e-bezos-warms-trump",
      elementType: "edge",
      elementLabel: "Jeff Bezos improving relations with Donald Trump (alliance)",
      stance: "alliance",
      quoteIndex: 1,
      quote: expect.stringContaining("Two individuals with direct knowledge"),
      attribution: "two individuals with direct knowledge of the event",
      certainty: "reported",
      verified: true,
      anchorStart: graph.source.text.indexOf("Two individuals with direct knowledge"),
    });
  });

  it("is built once per graph and option", () => {
    expect(claimRows(graph)).toBe(claimRows(graph));
    expect(claimRows(graph, { includeNodes: true })).toBe(claimRows(graph, { includeNodes: true }));
  });
});

// Rows in graph order: their position among these is how stability shows.
const graph = makeGraph({
  nodes: [makeNode({ id: "a", label: "Zed" }), makeNode({ id: "b", label: "Élodie" })],
  edges: [
    makeEdge({
      id: "e1",
      source: "a",
      target: "b",
      relation: "item 10 with",
      evidence: [
        {
          quote: "one",
          certainty: "speculative",
          attribution: "zoe",
          anchor: { start: 30, end: 33 },
        },
        { quote: "two", anchor: null },
      ],
    }),
    makeEdge({
      id: "e2",
      source: "b",
      target: "a",
      relation: "item 2 with",
      evidence: [
        {
          quote: "three (LEO)",
          certainty: "confirmed",
          attribution: "Ángel",
          anchor: { start: 5, end: 8 },
        },
        { quote: "four", certainty: "reported", anchor: { start: 12, end: 16 } },
        { quote: "five", certainty: "confirmed", attribution: "bob", anchor: null },
      ],
    }),
  ],
});
const rows = () => claimRows(graph);
const ids = (list: readonly ClaimRow[]) => list.map((r) => r.id);

describe("claimRows", () => {
  it("marks a quote not found in the source as unverified, with no position", () => {
    // A copy of the graph, so the rows are built in the test rather than taken from the cache.
    expect(claimRows({ ...graph }).map((r) => [r.id, r.verified, r.anchorStart])).toEqual([
      ["e1#0", true, 30],
      ["e1#1", false, null],
      ["e2#0", true, 5],
      ["e2#1", true, 12],
      ["e2#2", false, null],
    ]);
  });
});

describe("sortClaims", () => {
  it.each([
    // "item 2" before "item 10": numbers compare as numbers; ties keep graph order.
    ["element", "asc", ["e2#0", "e2#1", "e2#2", "e1#0", "e1#1"]],
    ["element", "desc", ["e1#0", "e1#1", "e2#0", "e2#1", "e2#2"]],
    ["certainty", "asc", ["e2#0", "e2#2", "e2#1", "e1#0", "e1#1"]],
    ["certainty", "desc", ["e1#1", "e1#0", "e2#1", "e2#0", "e2#2"]],
    // Accents and case do not decide the order: Ángel, bob, zoe; no attribution last.
    ["attribution", "asc", ["e2#0", "e2#2", "e1#0", "e1#1", "e2#1"]],
    ["attribution", "desc", ["e1#0", "e2#2", "e2#0", "e1#1", "e2#1"]],
    // Article order; unverified quotes last either way.
    ["position", "asc", ["e2#0", "e2#1", "e1#0", "e1#1", "e2#2"]],
    ["position", "desc", ["e1#0", "e2#1", "e2#0", "e1#1", "e2#2"]],
  ] as const)("by %s, %s", (key, dir, expected) => {
    expect(ids(sortClaims(rows(), key, dir))).toEqual(expected);
  });

  it("sorts ascending unless told otherwise", () => {
    expect(ids(sortClaims(rows(), "position"))).toEqual(["e2#0", "e2#1", "e1#0", "e1#1", "e2#2"]);
  });

  it("compares numbers as numbers and ignores case, keeping ties in order", () => {
    const edge = (id: string, relation: string, attribution: string) =>
      makeEdge({
        id,
        source: "a",
        target: "b",
        relation,
        evidence: [{ quote: id, attribution, anchor: null }],
      });
    const labelled = claimRows(
      makeGraph({
        nodes: [makeNode({ id: "a", label: "A" }), makeNode({ id: "b", label: "B" })],
        edges: [edge("e10", "item 10 of", "Bob"), edge("e9", "item 9 of", "bob")],
      }),
    );
    expect(ids(sortClaims(labelled, "element"))).toEqual(["e9#0", "e10#0"]);
    expect(ids(sortClaims(labelled, "attribution"))).toEqual(["e10#0", "e9#0"]);
  });

  it("returns a copy", () => {
    const sorted = sortClaims(rows(), "position", "asc");
    expect(sorted).not.toBe(rows());
    expect(ids(rows())).toEqual(["e1#0", "e1#1", "e2#0", "e2#1", "e2#2"]);
  });
});

describe("filterClaims", () => {
  it.each([
    ["no filter", {}, ["e1#0", "e1#1", "e2#0", "e2#1", "e2#2"]],
    ["certainty", { certainty: ["confirmed", "unspecified"] }, ["e1#1", "e2#0", "e2#2"]],
    ["no certainty ticked", { certainty: [] }, []],
    ["quote text, any case", { text: "THREE" }, ["e2#0"]],
    ["attribution without its accent", { text: "angel" }, ["e2#0"]],
    ["element label", { text: "item 10 with elodie" }, ["e1#0", "e1#1"]],
    ["brackets as plain text", { text: "(leo)" }, ["e2#0"]],
    ["a pattern that is not a pattern", { text: "t.o" }, []],
    // The quote "one" then the label "Zed item 10 with…": fields are not run together.
    ["text across two fields", { text: "onezed" }, []],
    ["text in no field (rows without an attribution included)", { text: "was here" }, []],
    ["blank text", { text: "   " }, ["e1#0", "e1#1", "e2#0", "e2#1", "e2#2"]],
    ["both", { certainty: ["confirmed"], text: "five" }, ["e2#2"]],
  ] as const)("by %s", (_, filter, expected) => {
    expect(ids(filterClaims(rows(), filter))).toEqual(expected);
  });

  it("finds the April quote in the article", () => {
    const found = filterClaims(claimRows(articleGraph()), { text: "terrific" });
    expect(found.map((r) => r.elementId)).toEqual([
      "e-trump-praised-bezos",
      "e-trump-gave-april-praise",
    ]);
  });
});
