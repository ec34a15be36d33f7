import { afterEach, describe, expect, it } from "vitest";
import type { Core } from "cytoscape";
import { makeEdge, makeGraph, makeNode } from "../../tests/fixtures/factory";
import { headlessCy } from "../../tests/helpers/cyGraph";
import { idOf, toElements } from "./elements";
import { computeLayout, layoutInput } from "./layout";

const instances: Core[] = [];
afterEach(() => instances.splice(0).forEach((cy) => cy.destroy()));

function cyOf(positions: ({ x: number; y: number } | undefined)[]): Core {
  const cy = headlessCy();
  instances.push(cy);
  const graph = makeGraph({
    nodes: positions.map((position, i) =>
      makeNode({ id: `n${i}`, ...(position ? { position } : {}) }),
    ),
    edges: [makeEdge({ id: "e", source: "n0", target: "n1" })],
  });
  cy.add(toElements(graph));
  return cy;
}

describe("places kept from an imported file", () => {
  it("are used instead of a layout when every node has one", async () => {
    const cy = cyOf([
      { x: 1434, y: 1652.5 },
      { x: 1593.7, y: 1425.8 },
    ]);
    const input = layoutInput(cy);
    const placed = await computeLayout(input);
    expect(
      Object.fromEntries(input.ids.map((id, i) => [idOf(cy.getElementById(id)), placed[i]])),
    ).toEqual({
      n0: { x: 1434, y: 1652.5 },
      n1: { x: 1593.7, y: 1425.8 },
    });
  });

  it("are spread out, shape kept, when their units are too small for the nodes", async () => {
    const cy = cyOf([
      { x: 0, y: 0 },
      { x: 1, y: 0.5 },
    ]);
    const placed = await computeLayout(layoutInput(cy));
    // Two nodes: about 170 px (√2 × 120) across, the same 2 : 1 proportions.
    expect(placed).toEqual([
      { x: 0, y: 0 },
      { x: 120 * Math.SQRT2, y: 60 * Math.SQRT2 },
    ]);
  });

  it("are ignored when some node has none: the layout places them all", () => {
    const cy = cyOf([{ x: 5, y: 5 }, undefined]);
    expect(layoutInput(cy).preset).toBeUndefined();
  });
});
