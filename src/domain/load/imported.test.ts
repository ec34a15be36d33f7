import { describe, expect, it } from "vitest";
import { loadGraph } from "./load";
import { makeEdgeDoc, makeGraphDoc, makeNodeDoc, toText } from "../../../tests/fixtures/factory";

// A graph from another tool has no quotes: it must say so with "imported", and then opens.
const bare = (imported?: object) =>
  makeGraphDoc({
    ...(imported ? { imported } : {}),
    source: { title: "lesmis.gexf", text: "" },
    nodes: [makeNodeDoc("a", { evidence: [] }), makeNodeDoc("b", { evidence: [] })],
    edges: [makeEdgeDoc("e", "a", "b", { evidence: [] })],
  });

describe("imported graphs", () => {
  it("opens elements without evidence when the graph declares itself imported", () => {
    const result = loadGraph(toText(bare({ format: "GEXF 1.3 file (Gephi)", file: "x.gexf" })));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems).toEqual([]);
    expect(result.graph.imported).toEqual({ format: "GEXF 1.3 file (Gephi)", file: "x.gexf" });
    expect(result.graph.nodes.map((n) => n.evidence.length)).toEqual([0, 0]);
  });

  it("refuses the same elements in a graph that does not", () => {
    const result = loadGraph(toText(bare()));
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "nodes[0].evidence: needs at least one piece of evidence",
      "nodes[1].evidence: needs at least one piece of evidence",
      "edges[0].evidence: needs at least one piece of evidence",
    ]);
  });

  it("lists every element with no source yet under strict validation", () => {
    const result = loadGraph(toText(bare({ format: "CSV file" })), { strict: true });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => `${p.severity} ${p.path}: ${p.message}`)).toEqual([
      "error nodes[0].evidence: no source yet",
      "error nodes[1].evidence: no source yet",
      "error edges[0].evidence: no source yet",
    ]);
  });
});
