import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "cytoscape";
import { GraphController } from "./controller";
import { idOf } from "./elements";
import { REVEAL_SLICE } from "./reveal";
import type { RevealProgress } from "./reveal";
import { edge, everything, graphOf, headlessCy, node, shownSet } from "../../tests/helpers/cyGraph";

// 2,400 nodes an author placed (so no layout runs) in 1,200 pairs: 3,600 elements, two slices.
const NODES = 2400;
const BIG = graphOf(
  Array.from({ length: NODES }, (_, i) => ({ ...node(`n${i}`), position: { x: i * 10, y: 0 } })),
  Array.from({ length: NODES / 2 }, (_, i) => edge(`e${i}`, `n${2 * i}`, `n${2 * i + 1}`)),
);
const TOTAL = NODES + NODES / 2;

let cy: Core;
let controller: GraphController;
beforeEach(() => {
  cy = headlessCy();
  controller = new GraphController(cy);
});
afterEach(() => cy.destroy());

describe("a big graph's first drawing", () => {
  it("goes on the canvas a slice at a time, saying how far it has got", async () => {
    const drawn = controller.applyGraph(BIG, { visible: everything(BIG), selected: "n1" });
    expect(cy.elements().length).toBe(0);
    expect(controller.drawn()).toBe(false);
    const seen: RevealProgress[] = [];
    await controller.reveal.settled((progress) => seen.push({ ...progress }));
    await drawn;
    expect(seen).toEqual([{ shown: REVEAL_SLICE, total: TOTAL }]);
    expect(cy.elements().length).toBe(TOTAL);
    expect(controller.drawn()).toBe(true);
    // The selection applies to every slice, not only to what was there when it was made.
    expect(cy.elements(".highlight").map(idOf).sort()).toEqual(["e0", "n0", "n1"]);
  });

  it("keeps a step taken while it is drawn", async () => {
    const drawn = controller.applyGraph(BIG, { visible: everything(BIG), selected: null });
    controller.show(shownSet(["n0", "n1", "n2399"], ["e0"]));
    await drawn;
    expect(cy.elements().map(idOf).sort()).toEqual(["e0", "n0", "n1", "n2399"]);
  });

  it("is finished at once by an edit of the graph, which then shows whole", async () => {
    const drawn = controller.applyGraph(BIG, { visible: everything(BIG), selected: null });
    const edited = graphOf(
      [...BIG.nodes, { ...node("new"), position: { x: 0, y: 50 } }],
      BIG.edges,
    );
    await controller.applyGraph(edited, { visible: everything(edited), selected: null });
    expect(cy.elements().length).toBe(TOTAL + 1);
    expect(controller.drawn()).toBe(true);
    await drawn;
    expect(cy.elements().length).toBe(TOTAL + 1);
  });
});
