import { describe, expect, it } from "vitest";
import { ownDocument } from "./own";

const graph = JSON.stringify({ format: "entente-graph", version: 1, title: "T" });
const node = (id: string) => JSON.stringify({ id, label: id, kind: "person" });
const edge = JSON.stringify({ id: "ab", source: "a", target: "b", stance: "neutral" });

describe("ownDocument", () => {
  it("puts the document back together from the entries, and says so", () => {
    expect(ownDocument("GEXF", graph, [node("a"), node("b")], [edge])).toEqual({
      ok: true,
      doc: {
        format: "entente-graph",
        version: 1,
        title: "T",
        nodes: [JSON.parse(node("a")), JSON.parse(node("b"))],
        edges: [JSON.parse(edge)],
      },
      report: {
        format: "GEXF written by Entente",
        read: ["2 nodes", "1 edges"],
        mapped: [{ from: "entente:element", to: "every field" }],
        notes: [],
      },
    });
  });

  it.each([
    ["no graph entry", undefined, [node("a")], [edge]],
    ["a node without its entry", graph, [node("a"), undefined], [edge]],
    ["an edge without its entry", graph, [node("a")], [undefined, edge]],
    ["an entry that is not JSON", graph, [node("a"), "{oops"], []],
  ])("leaves the file to the generic reader with %s", (_, g, nodes, edges) => {
    expect(ownDocument("GraphML", g, nodes, edges)).toBeUndefined();
  });
});
