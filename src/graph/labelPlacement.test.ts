import { describe, expect, it } from "vitest";
import { LABEL_SPOTS, placeLabels, spotBoxes } from "./labelPlacement";
import type { Body, LabelItem } from "./labelPlacement";

const SCREEN = { x1: 0, y1: 0, x2: 400, y2: 300 };
// A node at (x, y) with a 20 × 10 name measured under it, 14 px from its centre to the name's top.
const node = (id: string, x: number, y: number, main = false): [LabelItem, Body] => [
  { id, box: { x1: x - 10, y1: y + 14, x2: x + 10, y2: y + 24 }, node: { x, y }, main },
  { id, at: { x, y }, box: { x1: x - 3, y1: y - 3, x2: x + 3, y2: y + 3 }, main },
];
const place = (...nodes: [LabelItem, Body][]) =>
  placeLabels(
    nodes.map(([item]) => item),
    nodes.map(([, body]) => body),
    SCREEN,
  ).map((spot) => (spot < 0 ? "hidden" : LABEL_SPOTS[spot] || "below"));

describe("spotBoxes", () => {
  it("mirrors the measured box above and turns it to either side, as far from the centre", () => {
    const [item] = node("a", 100, 100);
    expect(spotBoxes(item.box, { x: 100, y: 100 }).slice(0, 4)).toEqual([
      { x1: 90, y1: 114, x2: 110, y2: 124 },
      { x1: 90, y1: 76, x2: 110, y2: 86 },
      { x1: 114, y1: 95, x2: 134, y2: 105 },
      { x1: 66, y1: 95, x2: 86, y2: 105 },
    ]);
  });
});

describe("placeLabels", () => {
  it("puts names under their nodes when there is room", () => {
    expect(place(node("a", 100, 100), node("b", 200, 100))).toEqual(["below", "below"]);
  });

  it("moves a name that would overlap an earlier one", () => {
    // b's name under it would cover a's; above b is free.
    expect(place(node("a", 100, 100), node("b", 118, 100))).toEqual(["below", "label-above"]);
  });

  it("keeps a name nearer its own node than any other", () => {
    // Under a, the name would lie nearer c (just below it) than a: it goes above.
    expect(place(node("a", 100, 100), node("c", 100, 126))).toEqual(["label-above", "below"]);
  });

  it("places an edge's label on its line when it keeps off names and nodes' middles", () => {
    const edge = (id: string, x: number, y: number): LabelItem => ({
      id,
      box: { x1: x - 8, y1: y - 5, x2: x + 8, y2: y + 5 },
      node: null,
      main: false,
    });
    const [a, aBody] = node("a", 100, 100);
    const spots = placeLabels([a, edge("ab", 160, 100), edge("on-a", 100, 100)], [aBody], SCREEN);
    expect(spots).toEqual([0, 0, -1]);
    // Too long for the room between two names, it falls back to its short form.
    const long = { ...edge("ab", 160, 100), box: { x1: 100, y1: 95, x2: 220, y2: 105 } };
    const short = { x1: 152, y1: 95, x2: 168, y2: 105 };
    expect(placeLabels([a, { ...long, short }], [aBody], SCREEN)).toEqual([0, 1]);
    expect(placeLabels([a, long], [aBody], SCREEN)).toEqual([0, -1]);
  });

  it("keeps names out from under what covers the canvas", () => {
    const [a, aBody] = node("a", 100, 100);
    const legend = { x1: 80, y1: 110, x2: 200, y2: 140 };
    expect(placeLabels([a], [aBody], SCREEN, [legend])).toEqual([1]);
  });

  it("keeps names whole on screen", () => {
    expect(place(node("a", 100, 280))).toEqual(["label-above"]);
  });

  it("lets a main actor's name lie over a lesser node, never the other way round", () => {
    const crowd = [
      node("x", 100, 130),
      node("y", 100, 70),
      node("z", 130, 100),
      node("w", 70, 100),
    ];
    expect(place(node("m", 100, 100, true), ...crowd)[0]).toBe("below");
    expect(place(node("m", 100, 100), ...crowd)[0]).toBe("hidden");
  });
});
