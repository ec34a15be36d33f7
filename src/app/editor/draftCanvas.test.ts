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
