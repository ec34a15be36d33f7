import type { Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EDGE_LABEL_ZOOM, GraphController, MAX_FIT_ZOOM, ZOOM_STEP } from "./controller";
import { idOf, toCyId } from "./elements";
import {
  edge,
  everything,
  headlessCy,
  graphOf,
  node,
  SAMPLE,
  shownSet,
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
const onlyA = shownSet(["a", "b"], ["ab"]);

describe("GraphController", () => {
  it("draws nodes where their author placed them, and the unplaced beside them, without a layout", async () => {
    const placed = graphOf(
      [
        { ...node("a"), position: { x: 10, y: 20 } },
        { ...node("b"), position: { x: -300, y: 40 } },
        node("c"),
      ],
      [edge("ab", "a", "b"), edge("bc", "b", "c")],
    );
    await controller.applyGraph(placed, { visible: everything(placed), selected: null });
    const at = positions();
    expect([at.a, at.b]).toEqual([
      { x: 10, y: 20 },
      { x: -300, y: 40 },
    ]);
    const c = at.c ?? { x: NaN, y: NaN };
    expect(Math.hypot(c.x + 300, c.y - 40)).toBeLessThan(200);
  });

  it("loads a graph with the view applied", async () => {
    await controller.applyGraph(SAMPLE, { visible: onlyA, selected: "a", focus: new Set(["b"]) });
    expect(cy.elements().map(idOf).sort()).toEqual(["a", "ab", "b"]);
    expect(byId("a").hasClass("selected")).toBe(true);
    expect(byId("b").hasClass("focus")).toBe(true);
  });

  it("replaces the elements of a graph that shares less than half its nodes, and lays it out", async () => {
    await controller.applyGraph(SAMPLE, { visible: everything(SAMPLE), selected: null });
    const other = graphOf([node("a"), node("p"), node("q")], [edge("pq", "p", "q")]);
    const laidOut = controller.applyGraph(other, { visible: everything(other), selected: null });
    expect(controller.layouts.pending).toBe("load");
    await laidOut;
    expect(cy.elements().map(idOf).sort()).toEqual(["a", "p", "pq", "q"]);
  });

  it("re-highlights elements that come back, since they keep their old classes", async () => {
    await controller.applyGraph(SAMPLE, { visible: everything(SAMPLE), selected: null });
    controller.show(onlyA);
    controller.highlight("a", undefined);
    controller.show(everything(SAMPLE));
    expect(byId("c").hasClass("faded")).toBe(true);
    expect(byId("__proto__").hasClass("highlight")).toBe(true); // a neighbour of "a"
  });

  it("re-lays out what is on show and leaves hidden elements where they were", async () => {
    await controller.applyGraph(SAMPLE, { visible: everything(SAMPLE), selected: null });
    const laidOut = positions();
    controller.show(onlyA);
    byId("a").position({ x: 5000, y: 5000 });
    await controller.relayout();
    expect(cy.elements().map(idOf).sort()).toEqual(["a", "ab", "b"]);
    expect(byId("a").position()).not.toEqual({ x: 5000, y: 5000 });
    controller.show(everything(SAMPLE));
    const hidden = Object.keys(laidOut).filter((id) => id !== "a" && id !== "b");
    expect(hidden.length).toBeGreaterThan(0);
    for (const id of hidden) expect(positions()[id]).toEqual(laidOut[id]);
  });

  it("drops a layout superseded by a newer load, and is pending only until the last lands", async () => {
    const pair = graphOf([node("p"), node("q")], [edge("pq", "p", "q")]);
    const first = controller.applyGraph(SAMPLE, { visible: everything(SAMPLE), selected: null });
    expect(controller.layouts.pending).toBe("load");
    const second = controller.applyGraph(pair, { visible: everything(pair), selected: null });
    await expect(first).resolves.toBeUndefined();
    await second;
    expect(controller.layouts.pending).toBeNull();
    expect(byId("p").position()).not.toEqual(byId("q").position());
  });

  it("zooms by a step about the centre", async () => {
    await controller.applyGraph(SAMPLE, { visible: everything(SAMPLE), selected: null });
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
      await controller.applyGraph(SAMPLE, { visible: everything(SAMPLE), selected: null });
      for (const n of cy.nodes()) {
        const box = n.renderedBoundingBox({});
        expect(box.x1).toBeGreaterThanOrEqual(0);
        expect(box.y1).toBeGreaterThanOrEqual(0);
        expect(box.x2).toBeLessThanOrEqual(800);
        expect(box.y2).toBeLessThanOrEqual(600);
      }
    });

    it("does not blow a tiny graph up past MAX_FIT_ZOOM", async () => {
      const pair = graphOf([node("a"), node("b")], [edge("ab", "a", "b")]);
      await controller.applyGraph(pair, { visible: everything(pair), selected: null });
      expect(cy.zoom()).toBeCloseTo(MAX_FIT_ZOOM);
    });

    it("fits again when the canvas is resized, until the reader zooms or pans", async () => {
      await controller.applyGraph(SAMPLE, { visible: everything(SAMPLE), selected: null });
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
      await controller.applyGraph(SAMPLE, { visible: everything(SAMPLE), selected: null });
      controller.resize(800.4, 600);
      expect(cy.resize).not.toHaveBeenCalled();
    });
  });

  it("names every edge, hidden ones too, from EDGE_LABEL_ZOOM on and none below it", async () => {
    await controller.applyGraph(SAMPLE, { visible: onlyA, selected: null });
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

  describe("applyGraph on the graph it shows", () => {
    // SAMPLE with "c" gone, "b" renamed, "cd" gone with it, "ab" turned round, and "n" new beside "a".
    const edited = graphOf(
      [
        ...SAMPLE.nodes.filter((n) => n.id !== "c" && n.id !== "b"),
        { ...node("b"), label: "Bea" },
        node("n"),
      ],
      [
        ...SAMPLE.edges.filter((e) => !["ab", "bc", "cd"].includes(e.id)),
        edge("ab", "b", "a"),
        edge("an", "a", "n"),
      ],
    );

    it("changes only what differs, in place, without a layout", async () => {
      await controller.applyGraph(SAMPLE, { visible: everything(SAMPLE), selected: "a" });
      const before = positions();
      const layout = vi.spyOn(controller.layouts, "run");
      await controller.applyGraph(edited, { visible: everything(edited), selected: "a" });
      expect(layout).not.toHaveBeenCalled();
      expect(controller.layouts.pending).toBeNull();
      expect(cy.elements().map(idOf).sort()).toEqual(
        [...edited.nodes, ...edited.edges].map((e) => e.id).sort(),
      );
      const { n, ...kept } = positions();
      const unchanged = { ...before };
      delete unchanged.c;
      expect(kept).toEqual(unchanged);
      expect(byId("b").data("label")).toBe("Bea");
      expect([idOf(byId("ab").source()), idOf(byId("ab").target())]).toEqual(["b", "a"]);
      // Beside "a", its one neighbour, closer to it than to anything else.
      const a = before.a ?? { x: 0, y: 0 };
      const distance = (p: { x: number; y: number }) =>
        Math.hypot(p.x - (n?.x ?? 0), p.y - (n?.y ?? 0));
      expect(distance(a)).toBeLessThan(
        Math.min(
          ...Object.values(unchanged)
            .filter((p) => p !== a)
            .map(distance),
        ),
      );
      expect(byId("n").hasClass("highlight")).toBe(true); // the selection lights its new neighbour
    });

    it("keeps hidden elements hidden, and can add an edge to a hidden end", async () => {
      await controller.applyGraph(SAMPLE, { visible: onlyA, selected: null });
      const withEdge = graphOf(SAMPLE.nodes, [...SAMPLE.edges, edge("ad", "a", "d")]);
      await controller.applyGraph(withEdge, { visible: onlyA, selected: null });
      expect(cy.elements().map(idOf).sort()).toEqual(["a", "ab", "b"]);
      controller.show(everything(withEdge));
      expect(byId("ad").source().id()).toBe(toCyId("a"));
    });

    it("places a newcomer with no placed neighbour beside the drawing", async () => {
      await controller.applyGraph(SAMPLE, { visible: everything(SAMPLE), selected: null });
      const box = cy.nodes().boundingBox({ includeLabels: false });
      const lone = graphOf([...SAMPLE.nodes, node("lone")], SAMPLE.edges);
      await controller.applyGraph(lone, { visible: everything(lone), selected: null });
      expect(byId("lone").position().x).toBeGreaterThan(box.x2);
    });
  });

  it("takes off every listener it added when destroyed, and no one else's", () => {
    // Cytoscape keeps its listeners on an emitter its typings leave out.
    const listeners = () =>
      (cy as unknown as { emitter(): { listeners: unknown[] } }).emitter().listeners.length;
    cy.destroy();
    cy = headlessCy();
    const mine = () => {};
    cy.on("zoom", mine);
    const before = listeners();
    const made = new GraphController(cy);
    expect(listeners()).toBeGreaterThan(before);
    made.destroy();
    expect(listeners()).toBe(before);
  });
});
