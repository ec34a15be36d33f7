import { describe, expect, it } from "vitest";
import { storyGraph } from "../../../tests/fixtures/factory";
import { loadGraph } from "../load/load";
import type { Graph } from "../model/types";
import { exportJson, graphToDocument, type GraphDocument } from "./json";
import { trickyGraph } from "../../../tests/helpers/exportGraphs";

const reload = (graph: Graph, strict: boolean): Graph => {
  const result = loadGraph(exportJson(graph), { strict });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  // Strict loads of our own export must be clean: every quote found, nothing unknown.
  if (strict) expect(result.problems).toEqual([]);
  return result.graph;
};

describe("graphToDocument", () => {
  it("writes a self-contained v1 document in the graph's order", () => {
    const graph = trickyGraph();
    graph.source = { ...graph.source, textFile: "article.txt" };
    const doc = graphToDocument(graph);
    expect(doc).toMatchObject({ format: "entente-graph", version: 1, title: graph.title });
    expect(doc.source).toEqual({
      title: "Test source",
      publisher: "The <Paper>",
      published: "2025-07-15",
      url: "https://example.com/a?b=1&c=2",
      text: graph.source.text,
    });
    expect(doc.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(doc.edges.map((e) => e.id)).toEqual(graph.edges.map((e) => e.id));
    expect(doc.periods).toEqual(graph.periods);
    expect(doc.story).toEqual(graph.story);
  });

  it("omits anchors, undefined fields and approximate: false", () => {
    const doc = graphToDocument(storyGraph);
    expect(JSON.stringify(doc)).not.toMatch(/anchor|textFile/);
    expect(doc.nodes[0]).toEqual({
      id: "bezos",
      label: "Jeff Bezos",
      kind: "person",
      evidence: [{ quote: "about bezos" }],
    });
    expect(trickyGraph().nodes[0]?.approximate).toBe(true);
    expect(graphToDocument(trickyGraph()).nodes[0]).toHaveProperty("approximate", true);
    expect(doc).not.toHaveProperty("story");
  });

  it("leaves derived periods to the loader", () => {
    const doc = graphToDocument({ ...storyGraph, periodsDerived: true });
    expect(doc).not.toHaveProperty("periods");
  });
});

describe("exportJson", () => {
  it("is two-space indented JSON with a trailing newline", () => {
    const text = exportJson(storyGraph);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "format": "entente-graph",');
    expect(JSON.parse(text)).toEqual(graphToDocument(storyGraph));
  });

  it("loads back into an equal graph, anchors recomputed (strict load)", () => {
    const graph = trickyGraph();
    expect(reload(graph, true)).toEqual(graph);
  });

  it("loads back storyGraph, whose quotes are not in its text (lenient load)", () => {
    expect(reload(storyGraph, false)).toEqual(storyGraph);
  });

  it("loads back derived periods as the same periods", () => {
    const doc: Partial<GraphDocument> = graphToDocument(trickyGraph());
    delete doc.periods;
    delete doc.story; // it names one of the file's own periods
    const first = loadGraph(JSON.stringify(doc), { strict: true });
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    expect(first.graph.periodsDerived).toBe(true);
    expect(first.graph.periods.map((p) => p.id)).toEqual(["2025-07"]);
    expect(reload(first.graph, true)).toEqual(first.graph);
  });
});
