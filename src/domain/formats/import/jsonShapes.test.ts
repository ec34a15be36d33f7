import { describe, expect, it } from "vitest";
import { importCytoscape, importGraphology, importJgf, importNetworkx } from "./jsonShapes";
import type { ImportOutcome } from "./report";

const done = (outcome: ImportOutcome) => {
  if (!outcome.ok) throw new Error(`not imported: ${JSON.stringify(outcome.report)}`);
  return outcome;
};
const nodesOf = (outcome: ImportOutcome) =>
  done(outcome).doc.nodes.map((n) => [n.id, n.label, n.summary]);
const edgesOf = (outcome: ImportOutcome) =>
  done(outcome).doc.edges.map((e) => [e.id, e.source, e.target, e.relation]);
const messages = (outcome: ImportOutcome) => outcome.report.notes.map((n) => n.message);

describe("importGraphology", () => {
  it("reads nodes by key with their attributes, edges with theirs, and the title", () => {
    const outcome = importGraphology(
      {
        attributes: { title: "Space", name: "other" },
        options: { type: "directed" },
        nodes: [
          { key: "a", attributes: { label: "Ada", size: 3 } },
          { key: 7, attributes: ["listed"] },
          null,
          { attributes: { label: "Keyless" } },
          "junk",
        ],
        edges: [
          { key: "ab", source: "a", target: 7, attributes: { label: "funds", weight: 2 } },
          { source: "a", target: "b" },
          { source: "a" },
        ],
      },
      "space.json",
    );
    expect(done(outcome).doc.title).toBe("Space");
    expect(outcome.report.format).toBe("graphology JSON file (Gephi Lite, sigma.js)");
    expect(nodesOf(outcome)).toEqual([
      ["a", "Ada", "size: 3"],
      ["7", "7", undefined],
      ["b", "b", undefined],
    ]);
    expect(edgesOf(outcome)).toEqual([
      ["ab", "a", "7", "funds"],
      ["e0", "a", "b", "linked to"],
    ]);
    expect(messages(outcome)).toContain("nodes without an id were dropped (3)");
    expect(messages(outcome)).toContain("edges without a source or target were dropped (1)");
  });

  it.each([
    [{ attributes: { name: "Named" } }, "Named"],
    [{ attributes: { title: 3 } }, "f.json"],
    [{ attributes: "x" }, "f.json"],
    [{}, "f.json"],
  ])("takes the title from %j", (value, title) => {
    expect(done(importGraphology(value, "f.json")).doc.title).toBe(title);
  });

  it("reads nothing from a value without node or edge lists", () => {
    const outcome = importGraphology({ nodes: "a", edges: {} });
    expect(done(outcome).doc.nodes).toEqual([]);
    expect(done(outcome).doc.title).toBe("Imported graph");
  });
});

describe("importCytoscape", () => {
  it("reads Cytoscape desktop's grouped elements, leaving out its bookkeeping", () => {
    const outcome = importCytoscape({
      format_version: "1.0",
      generated_by: "cytoscape-3.10.4",
      data: { shared_name: "Net", SUID: 52 },
      elements: {
        nodes: [
          {
            data: {
              id: "1",
              SUID: 1,
              selected: false,
              shared_name: "Ada",
              "shared name": "Ada",
              name: "Ada",
              degree: 1,
            },
            position: { x: 1, y: 2 },
          },
          { data: { id: "2", name: "Bo", parent: "1" }, position: { x: "3", y: 4 } },
        ],
        edges: [
          {
            data: {
              id: "3",
              SUID: 3,
              source: "1",
              target: "2",
              shared_name: "Ada (pp) Bo",
              "shared interaction": "pp",
              shared_interaction: "pp",
              interaction: "pp",
              selected: true,
              parent: "x",
            },
          },
        ],
      },
    });
    expect(outcome.report.format).toBe("Cytoscape .cyjs file (Cytoscape desktop)");
    const { doc } = done(outcome);
    expect(doc.title).toBe("Net");
    expect(doc.nodes.map((n) => [n.id, n.label, n.summary, n.position])).toEqual([
      ["1", "Ada", "degree: 1", { x: 1, y: 2 }],
      ["2", "Bo", undefined, undefined],
    ]);
    expect(edgesOf(outcome)).toEqual([["3", "1", "2", "pp"]]);
    expect(messages(outcome)).toContain("hierarchy: compound (parent) nodes were flattened (1)");
    expect(messages(outcome).filter((m) => m.startsWith("edge attribute"))).toEqual([]);
  });

  it.each([
    [{ generated_by: "cytoscape" }, "Cytoscape .cyjs file (Cytoscape desktop)"],
    [{ format_version: "1.0" }, "Cytoscape .cyjs file (Cytoscape desktop)"],
    [{ generated_by: 3 }, "Cytoscape.js JSON file (cy.json())"],
    [{}, "Cytoscape.js JSON file (cy.json())"],
  ])("names %j's maker", (more, format) => {
    expect(importCytoscape({ elements: [], ...more }).report.format).toBe(format);
  });

  it("tells edges from nodes by group, else by a source", () => {
    const outcome = importCytoscape({
      elements: [
        { group: "nodes", data: { id: "a", source: "x", target: "y" } },
        { data: { id: "b" } },
        { data: { id: "ab", source: "a", target: "b" } },
        { group: "edges", data: { id: "ba", source: "b", target: "a" } },
        "junk",
      ],
    });
    expect(nodesOf(outcome)).toEqual([
      ["a", "a", undefined],
      ["b", "b", undefined],
    ]);
    expect(edgesOf(outcome)).toEqual([
      ["ab", "a", "b", "linked to"],
      ["ba", "b", "a", "linked to"],
    ]);
    expect(messages(outcome)).toContain("nodes without an id were dropped (1)");
  });

  it("takes the title from the name, else the shared name, else none", () => {
    const named = (data: unknown) => done(importCytoscape({ elements: [], data })).doc.title;
    expect(named({ name: "A", shared_name: "B" })).toBe("A");
    expect(named({ shared_name: "B" })).toBe("B");
    expect(named({ name: 1 })).toBe("Imported graph");
    expect(named("x")).toBe("Imported graph");
  });

  it("reads no elements from elements that are neither a list nor groups", () => {
    expect(done(importCytoscape({ elements: "x" })).doc.nodes).toEqual([]);
    expect(done(importCytoscape({ elements: { nodes: "x", edges: 1 } })).doc.nodes).toEqual([]);
  });
});

describe("importNetworkx", () => {
  it("reads nodes by id and links, keeping other fields", () => {
    const outcome = importNetworkx(
      {
        graph: { name: "Karate" },
        nodes: [{ id: 0, club: "Mr. Hi" }, { id: "b" }, { name: "no id" }],
        links: [
          { source: 0, target: "b", key: 0, id: "k", relation: "trains" },
          { source: "b", target: 0, weight: 2 },
        ],
        edges: [{ source: "x", target: "y" }],
      },
      "karate.json",
    );
    expect(outcome.report.format).toBe("networkx node-link JSON file");
    expect(done(outcome).doc.title).toBe("Karate");
    expect(nodesOf(outcome)).toEqual([
      ["0", "0", "club: Mr. Hi"],
      ["b", "b", undefined],
    ]);
    expect(edgesOf(outcome)).toEqual([
      ["k", "0", "b", "trains"],
      ["e0", "b", "0", "linked to"],
    ]);
    expect(messages(outcome)).toContain(
      'edge attribute "weight" dropped: relationships have no place for it (1)',
    );
    expect(messages(outcome).filter((m) => m.includes('"key"') || m.includes('"id"'))).toEqual([]);
  });

  it("reads edges (networkx 3.4) when there are no links, with their key as id", () => {
    const outcome = importNetworkx({
      graph: { name: 5 },
      nodes: [],
      edges: [{ source: "x", target: "y", key: "xy" }],
    });
    expect(edgesOf(outcome)).toEqual([["xy", "x", "y", "linked to"]]);
    expect(done(outcome).doc.title).toBe("Imported graph");
  });
});

describe("importJgf", () => {
  it("reads JGF v1: nodes as a list, metadata, relation or label", () => {
    const outcome = importJgf(
      {
        graph: {
          label: "Cars",
          nodes: [
            { id: "vw", label: "Volkswagen", metadata: { country: "DE" } },
            { id: "audi", metadata: "none" },
          ],
          edges: [
            { source: "vw", target: "audi", relation: "owns", label: "ignored" },
            { source: "audi", target: "vw", label: "owned by", metadata: { weight: 1965 } },
          ],
        },
      },
      "cars.json",
    );
    expect(outcome.report.format).toBe("JSON Graph Format file");
    expect(done(outcome).doc.title).toBe("Cars");
    expect(nodesOf(outcome)).toEqual([
      ["vw", "Volkswagen", "country: DE"],
      ["audi", "audi", undefined],
    ]);
    expect(edgesOf(outcome)).toEqual([
      ["e0", "vw", "audi", "owns"],
      ["e1", "audi", "vw", "owned by"],
    ]);
    expect(messages(outcome)).toContain(
      'edge attribute "weight" dropped: relationships have no place for it (1)',
    );
  });

  it("reads JGF v2: nodes keyed by id, the first of several graphs, hyperedges dropped", () => {
    const outcome = importJgf(
      {
        graphs: [
          {
            nodes: { a: { label: "A" }, b: "junk" },
            edges: [{ id: "ab", source: "a", target: "b" }],
            hyperedges: [{ nodes: ["a", "b"] }, { nodes: ["a"] }],
          },
          { label: "Second", nodes: { c: {} } },
          "third",
        ],
      },
      "g.json",
    );
    expect(done(outcome).doc.title).toBe("g.json");
    expect(nodesOf(outcome)).toEqual([
      ["a", "A", undefined],
      ["b", "b", undefined],
    ]);
    expect(edgesOf(outcome)).toEqual([["ab", "a", "b", "linked to"]]);
    expect(outcome.report.notes).toEqual(
      expect.arrayContaining([
        { severity: "warning", message: "only the first of 3 graphs was read" },
        {
          severity: "warning",
          message: "2 hyperedges dropped: Entente's relationships join two nodes",
        },
      ]),
    );
  });

  it("warns of nothing for one graph without hyperedges, and reads an empty list of graphs", () => {
    const one = importJgf({ graphs: [{ nodes: [{ id: "a" }] }] });
    expect(nodesOf(one)).toEqual([["a", "a", undefined]]);
    expect(one.report.notes.filter((n) => n.severity === "warning")).toEqual([]);
    const none = importJgf({ graphs: [] });
    expect(done(none).doc.nodes).toEqual([]);
    expect(none.report.notes).toEqual([]);
    const bare = importJgf({ graph: { label: 7, nodes: [], hyperedges: [] } }, "f.json");
    expect(done(bare).doc.title).toBe("f.json");
    expect(bare.report.notes).toEqual([]);
  });
});

describe("dropped elements and flattened hierarchy", () => {
  it("warns of nodes without an id and edges without a source", () => {
    const outcome = importNetworkx({
      nodes: [{ id: "a" }, { name: "no id" }],
      links: [{ target: "a" }],
    });
    expect(edgesOf(outcome)).toEqual([]);
    expect(outcome.report.notes).toEqual(
      expect.arrayContaining([
        { severity: "warning", message: "nodes without an id were dropped (1)" },
        { severity: "warning", message: "edges without a source or target were dropped (1)" },
      ]),
    );
  });

  it("counts each node with a parent as flattened, and warns of none without one", () => {
    const nested = importCytoscape({
      elements: [
        { data: { id: "p" } },
        { data: { id: "a", parent: "p" } },
        { data: { id: "b", parent: "p" } },
      ],
    });
    expect(nested.report.notes).toContainEqual({
      severity: "warning",
      message: "hierarchy: compound (parent) nodes were flattened (2)",
    });
    const flat = importCytoscape({ elements: [{ data: { id: "a" } }, { data: { id: "b" } }] });
    expect(messages(flat).filter((m) => m.startsWith("hierarchy"))).toEqual([]);
  });
});
