import { describe, expect, it } from "vitest";
import { idOf } from "./elements";
import { REVEAL_SLICE } from "./reveal";
import type { RevealProgress } from "./reveal";
import {
  edge,
  everything,
  graphOf,
  headlessController,
  node,
  shownSet,
} from "../../tests/helpers/cyGraph";

// 2,400 nodes an author placed (so no layout runs) in 1,200 pairs: 3,600 elements, two slices.
const NODES = 2400;
const BIG = graphOf(
  Array.from({ length: NODES }, (_, i) => ({ ...node(`n${i}`), position: { x: i * 10, y: 0 } })),
  Array.from({ length: NODES / 2 }, (_, i) => edge(`e${i}`, `n${2 * i}`, `n${2 * i + 1}`)),
);
const TOTAL = NODES + NODES / 2;

const canvas = headlessController();

describe("a big graph's first drawing", () => {
  it("goes on the canvas a slice at a time, saying how far it has got", async () => {
    const drawn = canvas.controller.applyGraph(BIG, { visible: everything(BIG), selected: "n1" });
    expect(canvas.cy.elements().length).toBe(0);
    expect(canvas.controller.drawn()).toBe(false);
    const seen: RevealProgress[] = [];
    await canvas.controller.reveal.settled((progress) => seen.push({ ...progress }));
    await drawn;
    expect(seen).toEqual([{ shown: REVEAL_SLICE, total: TOTAL }]);
    expect(canvas.cy.elements().length).toBe(TOTAL);
    expect(canvas.controller.drawn()).toBe(true);
    // The selection applies to every slice, not only to what was there when it was made.
    expect(canvas.cy.elements(".highlight").map(idOf).sort()).toEqual(["e0", "n0", "n1"]);
  });

  it("keeps a step taken while it is drawn", async () => {
    const drawn = canvas.controller.applyGraph(BIG, { visible: everything(BIG), selected: null });
    canvas.controller.show(shownSet(["n0", "n1", "n2399"], ["e0"]));
    await drawn;
    expect(canvas.cy.elements().map(idOf).sort()).toEqual(["e0", "n0", "n1", "n2399"]);
  });

  it("is finished at once by an edit of the graph, which then shows whole", async () => {
    const drawn = canvas.controller.applyGraph(BIG, { visible: everything(BIG), selected: null });
    const edited = graphOf(
      [...BIG.nodes, { ...node("new"), position: { x: 0, y: 50 } }],
      BIG.edges,
    );
    await canvas.controller.applyGraph(edited, { visible: everything(edited), selected: null });
    expect(canvas.cy.elements().length).toBe(TOTAL + 1);
    expect(canvas.controller.drawn()).toBe(true);
    await drawn;
    expect(canvas.cy.elements().length).toBe(TOTAL + 1);
  });
});
