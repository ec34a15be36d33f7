import type { Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GraphController, ZOOM_STEP } from "./controller";
import { idOf, toCyId } from "./elements";
import { everything, headlessCy, SAMPLE, visibleSet } from "./testGraph";

let cy: Core;
let controller: GraphController;
beforeEach(() => {
  cy = headlessCy();
  controller = new GraphController(cy);
});
afterEach(() => cy.destroy());

const byId = (id: string) => cy.getElementById(toCyId(id));
const positions = () => Object.fromEntries(cy.nodes().map((n) => [idOf(n), { ...n.position() }]));
const onlyA = visibleSet(["a", "b"], ["ab"]);

describe("GraphController", () => {
  it("loads a graph with the view applied", () => {
    controller.load(SAMPLE, { visible: onlyA, selected: "a", focus: new Set(["b"]) });
    expect(cy.elements().map(idOf).sort()).toEqual(["a", "ab", "b"]);
    expect(byId("a").hasClass("selected")).toBe(true);
    expect(byId("b").hasClass("focus")).toBe(true);
  });

  it("replaces the previous graph's elements on a new load", () => {
    controller.load(SAMPLE, { visible: everything(SAMPLE), selected: null });
    controller.load(SAMPLE, { visible: onlyA, selected: null });
    expect(cy.elements()).toHaveLength(3);
  });

  it("re-highlights elements that come back, since they keep their old classes", () => {
    controller.load(SAMPLE, { visible: everything(SAMPLE), selected: null });
    controller.show(onlyA);
    controller.highlight("a", undefined);
    controller.show(everything(SAMPLE));
    expect(byId("c").hasClass("faded")).toBe(true);
    expect(byId("__proto__").hasClass("highlight")).toBe(true); // a neighbour of "a"
  });

  it("re-lays out hidden elements too and keeps them hidden", () => {
    controller.load(SAMPLE, { visible: everything(SAMPLE), selected: null });
    const laidOut = positions();
    controller.show(onlyA);
    byId("a").position({ x: 5000, y: 5000 });
    controller.relayout();
    expect(cy.elements().map(idOf).sort()).toEqual(["a", "ab", "b"]);
    controller.show(everything(SAMPLE));
    expect(positions()).toEqual(laidOut);
  });

  it("zooms by a step about the centre", () => {
    controller.load(SAMPLE, { visible: everything(SAMPLE), selected: null });
    const zoom = cy.zoom();
    controller.zoomBy(ZOOM_STEP);
    expect(cy.zoom()).toBeCloseTo(zoom * ZOOM_STEP);
    controller.zoomBy(1 / ZOOM_STEP);
    expect(cy.zoom()).toBeCloseTo(zoom);
  });
});
