import { describe, expect, it, vi } from "vitest";
import { idOf } from "./elements";
import { drawsSlice, nextSlice, REVEAL_SLICE } from "./reveal";
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
// Cytoscape's typings leave out batching(), which its render loop reads to skip drawing.
const batching = () => (canvas.cy as unknown as { batching: () => boolean }).batching();

describe("a big graph's first drawing", () => {
  it("goes on the canvas a slice at a time, saying how far it has got", async () => {
    let added = 0;
    const count = () => added++;
    canvas.cy.on("add", count);
    const drawn = canvas.controller.applyGraph(BIG, { visible: everything(BIG), selected: "n1" });
    // Made off the canvas, not added and taken off again while the layout runs.
    expect(added).toBe(0);
    canvas.cy.off("add", count);
    expect(canvas.cy.elements().length).toBe(0);
    expect(canvas.controller.drawn()).toBe(false);
    // Every slice seems to take 50 ms: the next ones are as small as they may be.
    let clock = 0;
    const now = vi.spyOn(performance, "now").mockImplementation(() => (clock += 50));
    const seen: string[] = [];
    await canvas.controller.reveal.settled((progress) => {
      // Between draws Cytoscape is kept batching, so its render loop leaves the canvas alone.
      seen.push(`${progress.shown}/${progress.total}${batching() ? " held" : ""}`);
    });
    await drawn;
    now.mockRestore();
    // The canvas draws once a third of the graph (1,200) has come in since its last draw.
    expect(seen).toEqual([`${REVEAL_SLICE}/3600 held`, "2000/3600", "3000/3600 held"]);
    expect(batching()).toBe(false);
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
    expect(batching()).toBe(false);
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
    // The canvas draws again: no batch is left open.
    expect(batching()).toBe(false);
  });
});

describe("nextSlice", () => {
  it("sizes the next slice to fit 40 ms at the last one's pace, within 1,000 and twice the last", () => {
    expect(nextSlice(1000, 80)).toBe(1000);
    expect(nextSlice(2000, 40)).toBe(2000);
    expect(nextSlice(2000, 50)).toBe(1600);
    expect(nextSlice(1000, 25)).toBe(1600);
    expect(nextSlice(1000, 5)).toBe(2000);
    expect(nextSlice(1000, 0)).toBe(2000);
    expect(nextSlice(4000, 1000)).toBe(1000);
    expect(nextSlice(6000, 10)).toBe(8000);
  });
});

describe("drawsSlice", () => {
  const slice = (limit: number) => ({ limit, total: 21_000 });
  it("draws once a third of the graph has come in since the last draw, and at the end", () => {
    expect(drawsSlice(slice(1000), 0)).toBe(false);
    expect(drawsSlice(slice(6999), 0)).toBe(false);
    expect(drawsSlice(slice(7000), 0)).toBe(true);
    expect(drawsSlice(slice(13_999), 7000)).toBe(false);
    expect(drawsSlice(slice(14_000), 7000)).toBe(true);
    expect(drawsSlice(slice(21_000), 20_000)).toBe(true);
  });
});
