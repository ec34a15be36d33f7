import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { bakeryDraft } from "../../../tests/helpers/bakeryDraft";
import { applyChange } from "../../domain/edit/apply";
import type { DraftDocument } from "../../domain/edit/types";
import { DraftCanvasController } from "./draftCanvas";

const placed = () => {
  const doc = bakeryDraft();
  return {
    ...doc,
    nodes: doc.nodes.map((n, i) => ({ ...n, position: { x: i * 200, y: 0 } })),
  };
};

describe("DraftCanvasController", () => {
  it("draws nodes at their saved positions", () => {
    const canvas = new DraftCanvasController(cytoscape({ headless: true }));
    expect(canvas.sync(placed())).toEqual([]);
    expect([...canvas.positions()]).toEqual([
      ["holt", { x: 0, y: 0 }],
      ["bakery", { x: 200, y: 0 }],
      ["mill", { x: 400, y: 0 }],
    ]);
  });

  it("adds a node near its neighbour without moving any other, and removes what the draft drops", () => {
    const cy = cytoscape({ headless: true });
    const canvas = new DraftCanvasController(cy);
    let doc: DraftDocument = placed();
    canvas.sync(doc);
    doc = applyChange(doc, {
      type: "batch",
      changes: [
        {
          type: "addNode",
          node: {
            id: "coop",
            label: "Green Fields Co-op",
            kind: "organization",
            evidence: [{ quote: "Co-op" }],
          },
        },
        {
          type: "addEdge",
          edge: {
            id: "buys",
            source: "bakery",
            target: "coop",
            stance: "alliance",
            relation: "buys from",
            evidence: [{ quote: "Co-op" }],
          },
        },
      ],
    });
    expect(canvas.sync(doc)).toEqual(["coop"]);
    const at = canvas.positions();
    expect([at.get("holt"), at.get("bakery"), at.get("mill")]).toEqual([
      { x: 0, y: 0 },
      { x: 200, y: 0 },
      { x: 400, y: 0 },
    ]);
    const coop = at.get("coop") ?? { x: NaN, y: NaN };
    expect(Math.hypot(coop.x - 200, coop.y)).toBeLessThan(200);
    expect(cy.edges().map((e) => e.id())).toEqual(["@runs", "@buys"]);

    canvas.sync(applyChange(doc, { type: "removeNode", id: "bakery" }));
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(["@coop", "@holt", "@mill"]);
    expect(cy.edges().length).toBe(0);
  });

  it("follows a rename and a moved position (an undone drag)", () => {
    const cy = cytoscape({ headless: true });
    const canvas = new DraftCanvasController(cy);
    canvas.sync(placed());
    canvas.sync(
      applyChange(
        applyChange(placed(), { type: "updateNode", id: "mill", patch: { label: "Mill" } }),
        {
          type: "position",
          id: "holt",
          position: { x: -50, y: 30 },
        },
      ),
    );
    expect(cy.getElementById("@mill").data("label")).toBe("Mill");
    expect(canvas.positions().get("holt")).toEqual({ x: -50, y: 30 });
  });
});

describe("DraftCanvasController after the first draw", () => {
  it("touches only the elements an edit changed", () => {
    const cy = cytoscape({ headless: true });
    const canvas = new DraftCanvasController(cy);
    const doc = placed();
    canvas.sync(doc);
    // Marks left on untouched elements survive an edit elsewhere: nothing re-sets them.
    cy.getElementById("@holt").data("label", "untouched");
    cy.getElementById("@runs").data("relation", "untouched");
    canvas.sync(applyChange(doc, { type: "updateNode", id: "mill", patch: { label: "Mill" } }));
    expect(cy.getElementById("@mill").data("label")).toBe("Mill");
    expect(cy.getElementById("@holt").data("label")).toBe("untouched");
    expect(cy.getElementById("@runs").data("relation")).toBe("untouched");
  });

  it("redraws the ends of an added or removed edge with their new degree", () => {
    const cy = cytoscape({ headless: true });
    const canvas = new DraftCanvasController(cy);
    const doc = placed();
    canvas.sync(doc);
    expect(cy.getElementById("@mill").data("degree")).toBe(0);
    const linked = applyChange(doc, {
      type: "addEdge",
      edge: {
        id: "sells",
        source: "mill",
        target: "bakery",
        stance: "alliance",
        relation: "sells to",
        evidence: [{ quote: "Old Mill" }],
      },
    });
    canvas.sync(linked);
    expect([
      cy.getElementById("@mill").data("degree"),
      cy.getElementById("@bakery").data("degree"),
    ]).toEqual([1, 2]);
    canvas.sync(applyChange(linked, { type: "removeEdge", id: "sells" }));
    expect(cy.getElementById("@mill").data("degree")).toBe(0);
    expect(cy.edges().map((e) => e.id())).toEqual(["@runs"]);
  });

  it("jumps between any two versions, as undo does", () => {
    const cy = cytoscape({ headless: true });
    const canvas = new DraftCanvasController(cy);
    const doc = placed();
    canvas.sync(doc);
    canvas.sync(applyChange(doc, { type: "removeNode", id: "bakery" }));
    expect(cy.edges().length).toBe(0);
    canvas.sync(doc);
    expect(cy.nodes().map((n) => n.id())).toEqual(["@holt", "@mill", "@bakery"]);
    expect(cy.edges().map((e) => e.id())).toEqual(["@runs"]);
    expect(canvas.positions().get("bakery")).toEqual({ x: 200, y: 0 });
  });
});

describe("DraftCanvasController.select", () => {
  it("marks only the picked element, and brings it into view when it is off screen", () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const canvas = new DraftCanvasController(cy);
    const doc = placed();
    canvas.sync({
      ...doc,
      nodes: doc.nodes.map((n) => (n.id === "mill" ? { ...n, position: { x: 5000, y: 0 } } : n)),
    });
    cy.zoom(1);
    cy.pan({ x: 0, y: 0 });
    canvas.select("runs");
    expect(cy.elements(".selected").map((e) => e.id())).toEqual(["@runs"]);
    expect(cy.pan()).toEqual({ x: 0, y: 0 });
    canvas.select("mill");
    expect(cy.elements(".selected").map((e) => e.id())).toEqual(["@mill"]);
    expect(cy.pan().x).toBeLessThan(-4000);
    canvas.select(null);
    expect(cy.elements(".selected").length).toBe(0);
  });

  it("leaves the mark alone when the same element is picked again after an edit", () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const canvas = new DraftCanvasController(cy);
    canvas.sync(placed());
    canvas.select("runs");
    const restyled: string[] = [];
    cy.on("style", (event) => restyled.push(event.target.id()));
    canvas.select("runs");
    expect(restyled).toEqual([]);
    expect(cy.elements(".selected").map((e) => e.id())).toEqual(["@runs"]);
    canvas.select("mill");
    expect(restyled).toContain("@mill");
  });
});
