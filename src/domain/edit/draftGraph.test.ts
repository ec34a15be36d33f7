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
});
