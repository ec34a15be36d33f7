import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import { initialView } from "./filters";
import { onePerPair, pairKey, pairOf } from "./pairs";
import { filterGraph } from "./pipeline";

const drawnAt = (period: string | null) => {
  const drawing = onePerPair(storyGraph, filterGraph(storyGraph, { ...initialView, period }));
  return {
    edges: [...drawing.visible.edges].sort(),
    feud: drawing.drawnAs.get("feud"),
    current: Object.fromEntries(drawing.current),
  };
};

describe("pairs", () => {
  it("keys a pair the same both ways round", () => {
    expect(pairKey(makeEdge({ id: "x", source: "a", target: "b" }))).toBe(
      pairKey(makeEdge({ id: "y", source: "b", target: "a" })),
    );
  });

  it("lists a pair's relationships oldest first", () => {
    const feud = storyGraph.edgeById.get("thaw");
    expect(feud && pairOf(storyGraph, feud).map((e) => e.id)).toEqual(["feud", "thaw"]);
  });

  it("lists undated relationships first, then by first day, whatever the file's order", () => {
    const graph = makeGraph({
      nodes: [makeNode({ id: "a" }), makeNode({ id: "b" })],
      edges: [
        makeEdge({ id: "late", source: "a", target: "b", start: "2022" }),
        makeEdge({ id: "early", source: "b", target: "a", start: "2020" }),
        makeEdge({ id: "undated", source: "a", target: "b" }),
      ],
    });
    const late = graph.edgeById.get("late");
    expect(late && pairOf(graph, late).map((e) => e.id)).toEqual(["undated", "early", "late"]);
  });

  it("gives a relationship the graph does not hold a pair of its own", () => {
    const draft = makeEdge({ id: "draft", source: "zoe", target: "paper" });
    expect(pairOf(storyGraph, draft)).toEqual([draft]);
  });

  it("draws a pair's current relationship over a more recent one that has ended", () => {
    const graph = makeGraph({
      periods: [{ id: "y2022", label: "2022", start: "2022", end: "2022" }],
      nodes: [makeNode({ id: "a" }), makeNode({ id: "b" })],
      edges: [
        makeEdge({ id: "ally", source: "a", target: "b", stance: "alliance", start: "2010" }),
        makeEdge({
          id: "spat",
          source: "a",
          target: "b",
          stance: "rivalry",
          start: "2020",
          end: "2021",
        }),
      ],
    });
    const drawing = onePerPair(graph, filterGraph(graph, { ...initialView, period: "y2022" }));
    expect([
      [...drawing.visible.edges],
      drawing.drawnAs.get("spat"),
      drawing.current.get("ally"),
    ]).toEqual([["ally"], "ally", 1]);
  });

  it.each([
    // Before 2025 the feud is the pair's only relationship.
    ["before", { edges: ["feud", "owns"], feud: "feud", current: { feud: 1, owns: 1 } }],
    // From January the feud has ended: the thaw stands for the pair, one current.
    ["jan", { edges: ["owns", "thaw"], feud: "thaw", current: { thaw: 1, owns: 1 } }],
    [
      null,
      {
        edges: ["attends", "owns", "thaw"],
        feud: "thaw",
        current: { thaw: 1, owns: 1, attends: 1 },
      },
    ],
  ] as const)("draws one line per pair at %s", (period, expected) => {
    expect(drawnAt(period)).toEqual(expected);
  });

  it("draws an ended pair faded when none of its relationships is current, and counts the current", () => {
    const graph = {
      ...storyGraph,
      edges: [
        ...storyGraph.edges,
        makeEdge({ id: "again", source: "trump", target: "bezos", start: "2025-02" }),
      ],
    };
    graph.edgeById = new Map(graph.edges.map((e) => [e.id, e]));
    const visible = filterGraph(graph, { ...initialView, period: "jul" });
    const drawing = onePerPair(graph, visible);
    expect(drawing.current.get("again")).toBe(2);
    const ended = onePerPair(storyGraph, {
      ...visible,
      edges: new Set(["feud"]),
      past: new Set(["feud"]),
    });
    expect([...ended.visible.edges]).toEqual(["feud"]);
    expect(ended.current.get("feud")).toBe(0);
  });
});
