import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/memoryGraph";
import { initialView } from "./filters";
import type { ViewFilters } from "./filters";
import { visibleSet } from "./visible";

const view = (over: Partial<ViewFilters>): ViewFilters => ({ ...initialView, ...over });
const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe("visibleSet", () => {
  it.each([
    // [period, mode, nodes, edges, past]
    [
      null,
      "upto",
      ["bezos", "meeting", "paper", "trump", "zoe"],
      ["attends", "feud", "owns", "thaw"],
      // Up to All time is up to the end of the data: the feud has ended there too.
      ["feud"],
    ],
    [
      null,
      "during",
      ["bezos", "meeting", "paper", "trump", "zoe"],
      ["attends", "feud", "owns", "thaw"],
      [],
    ],
    ["before", "upto", ["bezos", "paper", "trump", "zoe"], ["feud", "owns"], []],
    ["jan", "upto", ["bezos", "paper", "trump", "zoe"], ["feud", "owns", "thaw"], ["feud"]],
    [
      "jul",
      "upto",
      ["bezos", "meeting", "paper", "trump", "zoe"],
      ["attends", "feud", "owns", "thaw"],
      ["feud"],
    ],
    ["before", "during", ["bezos", "paper", "trump", "zoe"], ["feud", "owns"], []],
    ["jan", "during", ["bezos", "paper", "trump", "zoe"], ["owns", "thaw"], []],
    [
      "jul",
      "during",
      ["bezos", "meeting", "paper", "trump", "zoe"],
      ["attends", "owns", "thaw"],
      [],
    ],
  ] as const)("at %s in %s mode", (period, mode, nodes, edges, past) => {
    const result = visibleSet(storyGraph, view({ period, mode }));
    expect(sorted(result.nodes)).toEqual(nodes);
    expect(sorted(result.edges)).toEqual(edges);
    expect(sorted(result.past)).toEqual(past);
  });

  it("shows a lone undated entity whatever the step, and never strands a linked one", () => {
    const graph = makeGraph({
      periods: [{ id: "p", label: "P", start: "2020", end: "2020" }],
      nodes: [
        makeNode({ id: "alone" }),
        makeNode({ id: "linked" }),
        makeNode({ id: "e", kind: "event", date: "2021-03" }),
      ],
      edges: [makeEdge({ id: "x", source: "linked", target: "e" })],
    });
    expect(sorted(visibleSet(graph, view({ period: "p" })).nodes)).toEqual(["alone"]);
    expect(sorted(visibleSet(graph, view({ period: "p", mode: "during" })).nodes)).toEqual([
      "alone",
    ]);
  });

  it("hides a kind with the edges that touch it", () => {
    const result = visibleSet(storyGraph, view({ hiddenKinds: ["media"] }));
    expect(result.nodes.has("paper")).toBe(false);
    expect(result.edges.has("owns")).toBe(false);
    expect(result.nodes.has("bezos")).toBe(true);
  });

  it("hides a stance, and undated entities left with no relationship (a lone one stays)", () => {
    const result = visibleSet(storyGraph, view({ hiddenStances: ["neutral", "alliance"] }));
    expect(sorted(result.edges)).toEqual(["feud"]);
    expect(sorted(result.nodes)).toEqual(["bezos", "meeting", "trump", "zoe"]);
  });

  it("treats an unknown period as All time", () => {
    expect(visibleSet(storyGraph, view({ period: "nope" })).edges.size).toBe(4);
  });

  it("handles ids that are special to objects", () => {
    const graph = makeGraph({
      nodes: [makeNode({ id: "__proto__" }), makeNode({ id: "constructor" })],
      edges: [makeEdge({ id: "toString", source: "__proto__", target: "constructor" })],
    });
    const result = visibleSet(graph, initialView);
    expect(sorted(result.nodes)).toEqual(["__proto__", "constructor"]);
    expect(sorted(result.edges)).toEqual(["toString"]);
  });

  it("is empty for an empty graph", () => {
    const result = visibleSet(makeGraph({ nodes: [] }), initialView);
    expect(result.nodes.size + result.edges.size).toBe(0);
  });
});

describe("All time, up to the end of the data", () => {
  const graph = makeGraph({
    nodes: [makeNode({ id: "a" }), makeNode({ id: "b" }), makeNode({ id: "c" })],
    edges: [
      makeEdge({ id: "old", source: "a", target: "b", start: "2020", end: "2021-03" }),
      // Ends on the last day anything starts: not past, it is the latest news.
      makeEdge({ id: "last", source: "b", target: "c", start: "2021-06-01", end: "2021-06-01" }),
    ],
  });

  it("fades what ended before the latest start, even without periods", () => {
    expect(sorted(visibleSet(graph, view({ period: null })).past)).toEqual(["old"]);
  });

  it("fades nothing when the graph has no dates", () => {
    const undated = makeGraph({
      nodes: [makeNode({ id: "a" }), makeNode({ id: "b" })],
      edges: [makeEdge({ id: "ab", source: "a", target: "b" })],
    });
    expect(sorted(visibleSet(undated, view({ period: null })).past)).toEqual([]);
  });
});
