import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../tests/fixtures/factory";
import { toElements } from "./elements";

describe("toElements with a 10,000-character name", () => {
  const graph = makeGraph({
    nodes: [makeNode({ id: "a", label: "x".repeat(10_000) }), makeNode({ id: "b" })],
    edges: [makeEdge({ id: "e", source: "a", target: "b", relation: "y".repeat(10_000) })],
  });
  const [node, , edge] = toElements(graph);

  // The drawn label decides the node's box, hence what Fit makes room for.
  it("draws at most 60 characters of it, so one name cannot shrink the graph on Fit", () => {
    expect(node?.data.text).toBe(`${"x".repeat(59)}…`);
    expect(edge?.data.relation).toBe(`${"y".repeat(59)}…`);
  });

  it("gives the tooltip at most 160 characters", () => {
    expect(node?.data.label).toBe(`${"x".repeat(159)}…`);
  });
});
