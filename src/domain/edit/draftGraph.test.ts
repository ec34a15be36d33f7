import { describe, expect, it } from "vitest";
import { bakeryDraft } from "../../../tests/helpers/bakeryDraft";
import { draftGraph } from "./draftGraph";

describe("draftGraph", () => {
  it("draws the draft as it is, leaving out edges whose ends are gone", () => {
    const doc = bakeryDraft();
    const graph = draftGraph({ ...doc, nodes: doc.nodes.filter((n) => n.id !== "holt") });
    expect(graph.nodes.map((n) => n.id)).toEqual(["bakery", "mill"]);
    expect(graph.edges).toEqual([]);
    expect(draftGraph(doc).edgeById.get("runs")?.evidence[0]).toEqual({
      quote: "Mira Holt, who runs the Corner Bakery",
      anchor: null,
    });
  });

  it("marks nothing approximate unless the draft says so, and indexes by id", () => {
    const doc = bakeryDraft();
    const [holt, bakery] = doc.nodes;
    const [runs] = doc.edges;
    if (!holt || !bakery || !runs) throw new Error("bakeryDraft changed");
    const graph = draftGraph({
      ...doc,
      nodes: [holt, { ...bakery, approximate: true }],
      edges: [
        { ...runs, approximate: true },
        { ...runs, id: "again" },
      ],
    });
    const holtNode = {
      id: "holt",
      label: "Mira Holt",
      kind: "person",
      approximate: false,
      evidence: [{ quote: "Mira Holt", anchor: null }],
    };
    const bakeryNode = {
      id: "bakery",
      label: "Corner Bakery",
      kind: "organization",
      approximate: true,
      evidence: [{ quote: "Corner Bakery", anchor: null }],
    };
    const runsEdge = {
      id: "runs",
      source: "holt",
      target: "bakery",
      stance: "alliance",
      relation: "runs",
      approximate: true,
      evidence: [{ quote: "Mira Holt, who runs the Corner Bakery", anchor: null }],
    };
    const againEdge = { ...runsEdge, id: "again", approximate: false };
    expect(graph).toEqual({
      title: "The bakery and the mill",
      source: { title: "Town baker switches flour supplier", text: doc.source.text },
      periods: [],
      periodsDerived: true,
      nodes: [holtNode, bakeryNode],
      edges: [runsEdge, againEdge],
      nodeById: new Map([
        ["holt", holtNode],
        ["bakery", bakeryNode],
      ]),
      edgeById: new Map([
        ["runs", runsEdge],
        ["again", againEdge],
      ]),
    });
  });
});
