import type { Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EDGE_LABEL_ZOOM, GraphController, MAX_FIT_ZOOM, ZOOM_STEP } from "./controller";
import { idOf, toCyId } from "./elements";
import {
  edge,
  everything,
  headlessCy,
  makeGraph,
  node,
  SAMPLE,
  visibleSet,
} from "../../tests/helpers/cyGraph";

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
  it("loads a graph with the view applied", async () => {
    await controller.load(SAMPLE, { visible: onlyA, selected: "a", focus: new Set(["b"]) });
    expect(cy.elements().map(idOf).sort()).toEqual(["a", "ab", "b"]);
    expect(byId("a").hasClass("selected")).toBe(true);
    expect(byId("b").hasClass("focus")).toBe(true);
  });

  it("draws a graph whose every node has a saved position there, without a layout", async () => {
    const placed = makeGraph(
      [
        { ...node("a"), position: { x: 10, y: 20 } },
        { ...node("b"), position: { x: -300, y: 40 } },
      ],
      [edge("ab", "a", "b")],
    );
    await controller.load(placed, { visible: everything(placed), selected: null });
    expect(positions()).toEqual({ a: { x: 10, y: 20 }, b: { x: -300, y: 40 } });
  });

  it("replaces the previous graph's elements on a new load", async () => {
    await controller.load(SAMPLE, { visible: everything(SAMPLE), selected: null });
    await controller.load(SAMPLE, { visible: onlyA, selected: null });
    expect(cy.elements()).toHaveLength(3);
  });

  it("re-highlights elements that come back, since they keep their old classes", async () => {
    await controller.load(SAMPLE, { visible: everything(SAMPLE), selected: null });
    controller.show(onlyA);
    controller.highlight("a", undefined);
    controller.show(everything(SAMPLE));
    expect(byId("c").hasClass("faded")).toBe(true);
    expect(byId("__proto__").hasClass("highlight")).toBe(true); // a neighbour of "a"
  });

  it("re-lays out hidden elements too and keeps them hidden", async () => {
    await controller.load(SAMPLE, { visible: everything(SAMPLE), selected: null });
    const laidOut = positions();
    controller.show(onlyA);
    byId("a").position({ x: 5000, y: 5000 });
    await controller.relayout();
    expect(cy.elements().map(idOf).sort()).toEqual(["a", "ab", "b"]);
    controller.show(everything(SAMPLE));
    expect(positions()).toEqual(laidOut);
  });

  it("drops a layout superseded by a newer load, and is pending only until the last lands", async () => {
    const pair = makeGraph([node("a"), node("b")], [edge("ab", "a", "b")]);
    const first = controller.load(SAMPLE, { visible: everything(SAMPLE), selected: null });
    expect(controller.layouts.pending).toBe("load");
    const second = controller.load(pair, { visible: everything(pair), selected: null });
    await expect(first).resolves.toBeUndefined();
    await second;
    expect(controller.layouts.pending).toBeNull();
    expect(byId("a").position()).not.toEqual(byId("b").position());
  });

  it("zooms by a step about the centre", async () => {
    await controller.load(SAMPLE, { visible: everything(SAMPLE), selected: null });
    const zoom = cy.zoom();
    controller.zoomBy(ZOOM_STEP);
    expect(cy.zoom()).toBeCloseTo(zoom * ZOOM_STEP);
    controller.zoomBy(1 / ZOOM_STEP);
    expect(cy.zoom()).toBeCloseTo(zoom);
  });

  describe("on a canvas of a given size", () => {
    // A headless Cytoscape has no container: its size is what resize() last found there.
    let container = { w: 800, h: 600 };
    let found = container;
    beforeEach(() => {
      container = { w: 800, h: 600 };
      found = container;
      vi.spyOn(cy, "width").mockImplementation(() => found.w);
      vi.spyOn(cy, "height").mockImplementation(() => found.h);
      vi.spyOn(cy, "resize").mockImplementation(() => {
        found = container;
        return cy;
      });
    });
    const resizeTo = (w: number, h: number) => {
      container = { w, h };
      controller.resize(w, h);
    };

    it("fits every node and its label inside the canvas", async () => {
      await controller.load(SAMPLE, { visible: everything(SAMPLE), selected: null });
      for (const n of cy.nodes()) {
        const box = n.renderedBoundingBox({});
        expect(box.x1).toBeGreaterThanOrEqual(0);
        expect(box.y1).toBeGreaterThanOrEqual(0);
        expect(box.x2).toBeLessThanOrEqual(800);
        expect(box.y2).toBeLessThanOrEqual(600);
      }
    });

    it("does not blow a tiny graph up past MAX_FIT_ZOOM", async () => {
      const pair = makeGraph([node("a"), node("b")], [edge("ab", "a", "b")]);
      await controller.load(pair, { visible: everything(pair), selected: null });
      expect(cy.zoom()).toBeCloseTo(MAX_FIT_ZOOM);
    });

    it("fits again when the canvas is resized, until the reader zooms or pans", async () => {
      await controller.load(SAMPLE, { visible: everything(SAMPLE), selected: null });
      const fitted = cy.zoom();
      resizeTo(400, 300);
      expect(cy.zoom()).toBeLessThan(fitted * 0.6); // fitted to a canvas half the size

      controller.zoomBy(ZOOM_STEP);
      const chosen = cy.zoom();
      resizeTo(800, 600);
      expect(cy.zoom()).toBe(chosen);

      controller.fit();
      cy.emit("dragpan");
      resizeTo(400, 300);
      expect(cy.zoom()).toBeCloseTo(fitted);
    });

    it("ignores a resize to the size it already has", async () => {
      await controller.load(SAMPLE, { visible: everything(SAMPLE), selected: null });
      controller.resize(800.4, 600);
      expect(cy.resize).not.toHaveBeenCalled();
    });
  });

  it("names every edge, hidden ones too, from EDGE_LABEL_ZOOM on and none below it", async () => {
    await controller.load(SAMPLE, { visible: onlyA, selected: null });
    const labelled = () => cy.edges(".labelled").map(idOf).sort();
    cy.zoom(EDGE_LABEL_ZOOM / 2);
    expect(labelled()).toEqual([]);

    cy.zoom(EDGE_LABEL_ZOOM);
    expect(labelled()).toEqual(["ab"]);
    controller.show(everything(SAMPLE));
    expect(labelled()).toHaveLength(SAMPLE.edges.length);
    expect(byId("ab").style("label")).toBe("rel ab");

    cy.zoom(EDGE_LABEL_ZOOM / 2);
    expect(labelled()).toEqual([]);
    expect(byId("ab").style("label")).toBe("");
  });
});
