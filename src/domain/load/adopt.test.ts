import { describe, expect, it } from "vitest";
import { buildGraph } from "./build";
import type { GraphDocument } from "./schema";

const doc = (): GraphDocument => ({
  format: "entente-graph",
  version: 1,
  title: "t",
  imported: { format: "GEXF file" },
  source: { title: "t", text: "" },
  nodes: [{ id: "a", label: "A", kind: "person", evidence: [] }],
  edges: [],
});

describe("buildGraph's adopt option", () => {
  it("makes the document's own elements the graph's, or copies them when not asked", () => {
    const given = doc();
    const adopted = buildGraph(given, "", { adopt: true });
    const copied = buildGraph(doc(), "");
    if (!adopted.ok || !copied.ok) throw new Error("not built");
    expect(adopted.graph.nodes[0]).toBe(given.nodes[0]);
    expect(adopted.graph.nodes[0]).toEqual({ ...copied.graph.nodes[0] });
    expect(copied.graph.nodes[0]).toEqual({
      id: "a",
      label: "A",
      kind: "person",
      approximate: false,
      evidence: [],
    });
  });
});
