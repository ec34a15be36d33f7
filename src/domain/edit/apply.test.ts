import { describe, expect, it } from "vitest";
import { bakeryDraft } from "../../../tests/helpers/bakeryDraft";
import { applyChange, applyChanges } from "./apply";

describe("applyChange", () => {
  it("sets the title and patches the source, dropping a field cleared to undefined", () => {
    const doc = applyChanges(bakeryDraft(), [
      { type: "title", title: "Flour" },
      { type: "source", patch: { publisher: "The Valley Courier", title: undefined } },
    ]);
    expect(doc.title).toBe("Flour");
    expect(doc.source.publisher).toBe("The Valley Courier");
    expect("title" in doc.source).toBe(false);
  });

  it("adds, renames and re-kinds a node, leaving the others the same objects", () => {
    const before = bakeryDraft();
    const added = applyChange(before, {
      type: "addNode",
      node: {
        id: "coop",
        label: "Green Fields",
        kind: "place",
        evidence: [{ quote: "Green Fields Co-op" }],
      },
    });
    const after = applyChange(added, {
      type: "updateNode",
      id: "coop",
      patch: { label: "Green Fields Co-op", kind: "organization" },
    });
    expect(after.nodes.map((n) => [n.id, n.label, n.kind])).toEqual([
      ["holt", "Mira Holt", "person"],
      ["bakery", "Corner Bakery", "organization"],
      ["mill", "Old Mill", "organization"],
      ["coop", "Green Fields Co-op", "organization"],
    ]);
    expect(after.nodes[0]).toBe(before.nodes[0]);
    expect(after.edges).toBe(before.edges);
  });

  it("removing a node removes its relationships in the same change", () => {
    const doc = applyChange(bakeryDraft(), { type: "removeNode", id: "bakery" });
    expect(doc.nodes.map((n) => n.id)).toEqual(["holt", "mill"]);
    expect(doc.edges).toEqual([]);
  });

  it("adds, updates and removes an edge", () => {
    const doc = applyChanges(bakeryDraft(), [
      {
        type: "addEdge",
        edge: {
          id: "left",
          source: "bakery",
          target: "mill",
          stance: "rivalry",
          relation: "left",
          evidence: [{ quote: "Old Mill" }],
        },
      },
      {
        type: "updateEdge",
        id: "left",
        patch: { relation: "stopped buying from", start: "2025-01" },
      },
      { type: "removeEdge", id: "runs" },
    ]);
    expect(doc.edges.map((e) => [e.id, e.relation, e.start])).toEqual([
      ["left", "stopped buying from", "2025-01"],
    ]);
  });

  it("adds, updates and removes evidence on nodes and on edges", () => {
    const doc = applyChanges(bakeryDraft(), [
      { type: "addEvidence", owner: "holt", evidence: { quote: "Holt said" } },
      {
        type: "updateEvidence",
        owner: "holt",
        index: 1,
        patch: { certainty: "reported", attribution: "Mira Holt" },
      },
      { type: "removeEvidence", owner: "holt", index: 0 },
      { type: "addEvidence", owner: "runs", evidence: { quote: "runs the Corner Bakery" } },
    ]);
    expect(doc.nodes[0]?.evidence).toEqual([
      { quote: "Holt said", certainty: "reported", attribution: "Mira Holt" },
    ]);
    expect(doc.edges[0]?.evidence.map((e) => e.quote)).toEqual([
      "Mira Holt, who runs the Corner Bakery",
      "runs the Corner Bakery",
    ]);
  });

  it("moves a node and ignores changes to ids that are not there", () => {
    const before = bakeryDraft();
    const moved = applyChange(before, { type: "position", id: "mill", position: { x: 10, y: -4 } });
    expect(moved.nodes[2]?.position).toEqual({ x: 10, y: -4 });
    const ghost = applyChange(before, { type: "updateNode", id: "nobody", patch: { label: "X" } });
    expect(ghost.nodes).toBe(before.nodes);
  });

  it("removing a node keeps the relationships it is not part of", () => {
    const doc = applyChanges(bakeryDraft(), [
      {
        type: "addEdge",
        edge: {
          id: "buys",
          source: "bakery",
          target: "mill",
          stance: "alliance",
          relation: "buys flour from",
          evidence: [],
        },
      },
      { type: "removeNode", id: "holt" },
    ]);
    expect(doc.edges.map((e) => e.id)).toEqual(["buys"]);
  });

  it("removes an edge when it is the only one, and leaves the document alone for one not there", () => {
    const before = bakeryDraft();
    expect(applyChange(before, { type: "removeEdge", id: "runs" }).edges).toEqual([]);
    expect(applyChange(before, { type: "removeEdge", id: "nobody" })).toBe(before);
  });

  it("updates only the evidence at the index given", () => {
    const doc = applyChanges(bakeryDraft(), [
      { type: "addEvidence", owner: "holt", evidence: { quote: "Holt said" } },
      { type: "updateEvidence", owner: "holt", index: 0, patch: { certainty: "confirmed" } },
    ]);
    expect(doc.nodes[0]?.evidence).toEqual([
      { quote: "Mira Holt", certainty: "confirmed" },
      { quote: "Holt said" },
    ]);
  });

  it("applies a batch in order", () => {
    const doc = applyChange(bakeryDraft(), {
      type: "batch",
      changes: [
        { type: "removeEdge", id: "runs" },
        { type: "removeNode", id: "holt" },
      ],
    });
    expect(doc.nodes.map((n) => n.id)).toEqual(["bakery", "mill"]);
    expect(doc.edges).toEqual([]);
  });
});
