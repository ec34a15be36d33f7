import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../../tests/fixtures/factory";
import { exportNotice } from "./embedded";
import { gexfRenamed } from "./gexf";
import { graphmlRenamed } from "./graphml";

const graph = makeGraph({
  nodes: ["Blue Origin", "Blue_Origin", "a\u0001", "a", "plain"].map((id) =>
    makeNode({ id, label: id, kind: "organization", evidence: [] }),
  ),
  edges: [makeEdge({ id: "#1", source: "a", target: "plain", evidence: [] })],
});

describe("ids an XML export must rename", () => {
  it("GraphML: every id that is not a name token, and a clash after cleaning", () => {
    expect(graphmlRenamed(graph)).toEqual([
      ["Blue Origin", "Blue_Origin"],
      ["Blue_Origin", "Blue_Origin-2"],
      ["a\u0001", "a"],
      ["a", "a-2"],
      ["#1", "_1"],
    ]);
  });

  it("GEXF: only what XML cannot carry, and the clash it causes", () => {
    expect(gexfRenamed(graph)).toEqual([
      ["a\u0001", "a"],
      ["a", "a-2"],
    ]);
  });

  it("says which ids were renamed, a few by name", () => {
    expect(exportNotice("x.gexf", [])).toBe("Saved x.gexf");
    expect(exportNotice("x.gexf", gexfRenamed(graph))).toBe(
      'Saved x.gexf. XML cannot carry every id as it is: 2 ids renamed in the file (the originals kept inside it, so it reopens here unchanged): "a\\u0001" → "a", "a" → "a-2".',
    );
    const many = Array.from({ length: 7 }, (_, i): [string, string] => [`#${i}`, `_${i}`]);
    expect(exportNotice("y.graphml", many)).toMatch(/"#4" → "_4" and 2 more\.$/);
  });
});
