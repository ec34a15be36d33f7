import { describe, expect, it } from "vitest";
import { idOf } from "./elements";
import { LARGE_GRAPH_ELEMENTS } from "./metrics";
import { edge, everything, graphOf, headlessController, node } from "../../tests/helpers/cyGraph";
import type { GraphNode } from "../domain/model/types";

// A big graph waits off the canvas (in Cytoscape's removed state) for its layout, then is drawn
// a slice at a time: the layout and the saved places must reach those elements all the same.
const NODES = LARGE_GRAPH_ELEMENTS / 2;
const ring = (nodes: GraphNode[]) =>
  graphOf(
    nodes,
    nodes.map((n, i) => edge(`e${i}`, n.id, nodes[(i + 1) % nodes.length]?.id ?? n.id)),
  );
const ids = Array.from({ length: NODES }, (_, i) => `n${i}`);
const made = headlessController();
const drawnAt = () =>
  Object.fromEntries(made.cy.nodes().map((n) => [idOf(n), { ...n.position() }]));

describe("a graph big enough to be drawn in slices", () => {
  // Both draw 2,000 elements slice by slice: real work, so each has its own time.
  it(
    "is drawn where its author placed it, and an unplaced node beside its neighbours",
    { timeout: 120_000 },
    async () => {
      const graph = ring(
        ids.map((id, i) => (i === 0 ? node(id) : { ...node(id), position: { x: i * 10, y: -i } })),
      );
      await made.controller.applyGraph(graph, { visible: everything(graph), selected: null });
      const at = drawnAt();
      expect(Object.keys(at)).toHaveLength(NODES);
      expect([at.n1, at.n500, at[`n${NODES - 1}`]]).toEqual([
        { x: 10, y: -1 },
        { x: 5000, y: -500 },
        { x: (NODES - 1) * 10, y: -(NODES - 1) },
      ]);
      // n0's neighbours are n1 and the last node: it stands between them, not at the origin.
      const { x } = at.n0 ?? { x: NaN };
      expect(x).toBeGreaterThan(1000);
    },
  );

  // The layout of 1,000 nodes runs on the test's thread here (no workers in Node).
  it("is laid out whole, every node in a place of its own", { timeout: 120_000 }, async () => {
    const graph = ring(ids.map((id) => node(id)));
    await made.controller.applyGraph(graph, { visible: everything(graph), selected: null });
    const at = Object.values(drawnAt());
    expect(at).toHaveLength(NODES);
    expect(new Set(at.map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`)).size).toBe(NODES);
  });
});
