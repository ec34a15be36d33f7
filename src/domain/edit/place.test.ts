import { describe, expect, it } from "vitest";
import { bakeryDraft } from "../../../tests/helpers/bakeryDraft";
import { draftGraph } from "./draftGraph";
import { NODE_SPACING, placeNear } from "./place";

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe("placeNear", () => {
  it("puts the first node at the origin", () => {
    expect(placeNear([], [])).toEqual({ x: 0, y: 0 });
  });

  it("fills a grid with nodes that have no neighbours, three to a row at first", () => {
    const occupied = [{ x: 0, y: 0 }];
    for (let i = 0; i < 4; i++) occupied.push(placeNear([], occupied));
    expect(occupied).toEqual([
      { x: 0, y: 0 },
      { x: NODE_SPACING, y: 0 },
      { x: 2 * NODE_SPACING, y: 0 },
      { x: 0, y: NODE_SPACING },
      { x: NODE_SPACING, y: NODE_SPACING },
    ]);
  });

  it("puts a node near its neighbours, clear of every node", () => {
    const occupied = [
      { x: 0, y: 0 },
      { x: 300, y: 0 },
      { x: 150, y: 10 },
    ];
    const spot = placeNear([occupied[0]!, occupied[1]!], occupied);
    for (const o of occupied) expect(distance(spot, o)).toBeGreaterThanOrEqual(NODE_SPACING);
    expect(distance(spot, { x: 150, y: 0 })).toBeLessThan(NODE_SPACING * 2);
  });
});

describe("draftGraph", () => {
  it("draws the draft as it is, leaving out edges whose ends are gone", () => {
    const doc = bakeryDraft();
    const graph = draftGraph({ ...doc, nodes: doc.nodes.filter((n) => n.id !== "holt") });
    expect(graph.nodes.map((n) => n.id)).toEqual(["bakery", "mill"]);
    expect(graph.edges).toEqual([]);
    expect(draftGraph(doc).edgeById.get("runs")?.evidence[0]).toEqual({
      quote: "Mira Holt, who runs the Corner Bakery",
      anchor: null,
    });
  });
});
