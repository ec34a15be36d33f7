import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validGraphDocument } from "../../../tests/fixtures/arbitraries";
import { articleGraph } from "../../../tests/fixtures/article";
import harbourText from "../../../data/examples/harbour-cooperative.json?raw";
import { parseStep } from "../../workers/parseStep";
import { loadGraph } from "../load/load";
import type { Graph } from "../model/types";
import { exportGexf } from "./gexf";
import { exportGraphml } from "./graphml";

// Entente's own GEXF and GraphML re-open as the same graph: entities, relationships, stances,
// dates, quotes with certainty and attribution, positions, source text and periods.

function reopened(text: string, fileName: string): Graph {
  const outcome = parseStep({ text, fileName });
  if (outcome.kind !== "done" || !outcome.result.ok) {
    throw new Error(`did not re-open: ${JSON.stringify(outcome).slice(0, 500)}`);
  }
  return outcome.result.graph;
}

const WRITERS = [
  ["GEXF", exportGexf, "graph.gexf"],
  ["GraphML", exportGraphml, "graph.graphml"],
] as const;

function loaded(text: string): Graph {
  const result = loadGraph(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.graph;
}

describe.each(WRITERS)("%s round trip", (_, write, fileName) => {
  it("holds for the article graph", () => {
    const graph = articleGraph();
    // Exports carry the article inline, as the JSON export does: only the file name it came from goes.
    const source = { ...graph.source };
    delete source.textFile;
    expect(reopened(write(graph), fileName)).toEqual({ ...graph, source });
  });

  it("holds for the example graph", () => {
    const graph = loaded(harbourText);
    expect(reopened(write(graph), fileName)).toEqual(graph);
  });

  it("holds for a graph with positions, colours and no quotes, as imported", () => {
    const graph = loaded(
      JSON.stringify({
        format: "entente-graph",
        version: 1,
        title: "Imported",
        imported: { format: "GEXF 1.3 file (Gephi)", file: "x.gexf" },
        source: { title: "x.gexf", text: "" },
        nodes: [
          {
            id: "a",
            label: "A",
            kind: "person",
            position: { x: 1.5, y: -2 },
            color: "#ff0000",
            evidence: [],
          },
          { id: "b\u0001", label: "B", kind: "place", evidence: [] },
          { id: "b", label: "B2", kind: "place", evidence: [] },
        ],
        edges: [
          {
            id: "e",
            source: "a",
            target: "b\u0001",
            stance: "neutral",
            relation: "x",
            color: "#00aa00",
            evidence: [],
          },
        ],
      }),
    );
    expect(reopened(write(graph), fileName)).toEqual(graph);
  });

  it("holds for generated graphs", () => {
    fc.assert(
      fc.property(validGraphDocument, (doc) => {
        const graph = loaded(JSON.stringify(doc));
        expect(reopened(write(graph), fileName)).toEqual(graph);
      }),
      // 60 cases, fewer under mutation testing (tests/setup/mutationRuns.ts).
      { numRuns: fc.readConfigureGlobal().numRuns ?? 60 },
    );
  });
});
