import { describe, expect, it } from "vitest";
import { bakeryDraft } from "../../../tests/helpers/bakeryDraft";
import { applyChange } from "./apply";
import { draftDiff } from "./diff";

describe("draftDiff", () => {
  const doc = bakeryDraft();

  it("finds nothing between a version and itself, or after a title change", () => {
    const none = { nodes: [], removedNodes: [], edges: [], removedEdges: [] };
    expect(draftDiff(doc, doc)).toEqual(none);
    expect(draftDiff(doc, applyChange(doc, { type: "title", title: "T" }))).toEqual(none);
  });

  it("names the one node a rename changed", () => {
    const next = applyChange(doc, { type: "updateNode", id: "mill", patch: { label: "Mill" } });
    const diff = draftDiff(doc, next);
    expect(diff.nodes.map((n) => [n.id, n.label])).toEqual([["mill", "Mill"]]);
    expect([diff.removedNodes, diff.edges, diff.removedEdges]).toEqual([[], [], []]);
  });

  it("lists a removed node and the relationships that went with it, and the reverse", () => {
    const next = applyChange(doc, { type: "removeNode", id: "bakery" });
    expect(draftDiff(doc, next)).toMatchObject({
      removedNodes: ["bakery"],
      removedEdges: ["runs"],
    });
    const back = draftDiff(next, doc);
    expect([back.nodes.map((n) => n.id), back.edges.map((e) => e.id)]).toEqual([
      ["bakery"],
      ["runs"],
    ]);
  });
});
