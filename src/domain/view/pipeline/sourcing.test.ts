import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../../../tests/fixtures/factory";
import { initialView } from "../filters";
import type { Sourcing } from "../filters";
import { filterGraph } from "./index";

const quote = [{ quote: "q", anchor: null }];

// a—b is sourced; b—c and c—d came from another tool's file and have no quote yet. a and e are
// dated, so nothing but the sources filter hides them (an undated entity left without a shown
// relationship goes anyway); e has no relationship at all.
const graph = makeGraph({
  nodes: [
    makeNode({ id: "a", evidence: quote, start: "2020" }),
    makeNode({ id: "b", evidence: quote }),
    makeNode({ id: "c", evidence: [] }),
    makeNode({ id: "d", evidence: [] }),
    makeNode({ id: "e", evidence: quote, start: "2020" }),
  ],
  edges: [
    makeEdge({ id: "ab", source: "a", target: "b", evidence: quote }),
    makeEdge({ id: "bc", source: "b", target: "c", evidence: [] }),
    makeEdge({ id: "cd", source: "c", target: "d", evidence: [] }),
  ],
});

const shown = (sourcing: Sourcing) => {
  const set = filterGraph(graph, { ...initialView, sourcing });
  return { nodes: [...set.nodes].sort(), edges: [...set.edges].sort() };
};

describe("the sources filter", () => {
  it.each([
    ["all", ["a", "b", "c", "d", "e"], ["ab", "bc", "cd"]],
    ["sourced", ["a", "b", "e"], ["ab"]],
    // b has a quote but stays: the unsourced relationship b—c needs both its ends. a, an end of
    // the sourced a—b only, goes.
    ["unsourced", ["b", "c", "d"], ["bc", "cd"]],
  ] as const)("%s shows %j and %j", (sourcing, nodes, edges) => {
    expect(shown(sourcing)).toEqual({ nodes, edges });
  });
});
