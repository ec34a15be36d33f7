import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import type { Graph } from "../model/types";
import { graphJson } from "./embedded";
import { exportGraphml } from "./graphml";
import { HOSTILE_TEXT, trickyGraph } from "../../../tests/helpers/exportGraphs";
import {
  attr,
  child,
  children,
  parseXml,
  type ParsedElement,
} from "../../../tests/helpers/parseXml";

const parse = (graph: Graph) => parseXml(exportGraphml(graph));
const graphOf = (root: ParsedElement) => child(root, "graph");

/** Each element's data as { attr.name: text }, resolved through the declared keys. */
function dataOf(root: ParsedElement, item: ParsedElement): Record<string, string> {
  const keys = new Map(children(root, "key").map((k) => [attr(k, "id"), k]));
  return Object.fromEntries(
    children(item, "data").map((d) => {
      const key = keys.get(attr(d, "key"));
      if (!key || attr(key, "for") !== item.name)
        throw new Error(`undeclared key ${attr(d, "key")}`);
      return [attr(key, "attr.name"), d.text];
    }),
  );
}

describe("exportGraphml", () => {
  it("declares typed keys before a directed graph", () => {
    const root = parse(storyGraph);
    expect(root.uri).toBe("http://graphml.graphdrawing.org/xmlns");
    const keys = children(root, "key").map(
      (k) => `${attr(k, "for")}.${attr(k, "attr.name")}:${attr(k, "attr.type")}`,
    );
    expect(keys).toEqual([
      "graph.title:string",
      "graph.entente:graph:string",
      "node.entente:id:string",
      "node.label:string",
      "node.kind:string",
      "node.summary:string",
      "node.date:string",
      "node.start:string",
      "node.end:string",
      "node.approximate:boolean",
      "node.x:double",
      "node.y:double",
      "node.color:string",
      "node.entente:element:string",
      "edge.entente:id:string",
      "edge.relation:string",
      "edge.stance:string",
      "edge.start:string",
      "edge.end:string",
      "edge.approximate:boolean",
      "edge.evidence:string",
      "edge.color:string",
      "edge.entente:element:string",
    ]);
    expect(new Set(children(root, "key").map((k) => attr(k, "id"))).size).toBe(keys.length);
    expect(Object.fromEntries(graphOf(root).attributes)).toEqual({
      id: "G",
      edgedefault: "directed",
    });
  });

  it("writes every node and edge in order, ids as XML name tokens and the originals in a key", () => {
    const graph = trickyGraph();
    const root = parse(graph);
    const g = graphOf(root);
    const nodes = children(g, "node");
    expect(nodes.map((n) => attr(n, "id"))).toEqual(["__proto__", "a__b_", "x_y", "_", "meeting"]);
    expect(nodes.map((n) => dataOf(root, n)["entente:id"])).toEqual(graph.nodes.map((n) => n.id));
    const xmlId = new Map(nodes.map((n) => [dataOf(root, n)["entente:id"], attr(n, "id")]));
    expect(
      children(g, "edge").map((e) => [
        dataOf(root, e)["entente:id"],
        attr(e, "source"),
        attr(e, "target"),
      ]),
    ).toEqual(graph.edges.map((e) => [e.id, xmlId.get(e.source), xmlId.get(e.target)]));
  });

  it("keeps ids apart that differ only by characters XML cannot carry", () => {
    const graph = makeGraph({
      nodes: ["a\u0001", "a\u0002", "a", "Blue Origin", "Blue_Origin"].map((id) =>
        makeNode({ id, label: id }),
      ),
    });
    const ids = children(graphOf(parse(graph)), "node").map((n) => attr(n, "id"));
    expect(ids).toEqual(["a", "a-2", "a-3", "Blue_Origin", "Blue_Origin-2"]);
  });

  it("writes dates as in the file and only the fields that are set", () => {
    const root = parse(trickyGraph());
    const [proto, , , , meeting] = children(graphOf(root), "node") as ParsedElement[];
    expect(dataOf(root, proto as ParsedElement)).toMatchObject({
      label: "Prototype <Holdings> & Co",
      kind: "organization",
      summary: "Says \"no\" & 'maybe'",
      start: "2020",
      approximate: "true",
    });
    expect(dataOf(root, meeting as ParsedElement)).toMatchObject({
      date: "2025-07-14",
      approximate: "false",
    });
  });

  it("joins an edge's quotes with newlines", () => {
    const root = parse(trickyGraph());
    const [edge] = children(graphOf(root), "edge") as ParsedElement[];
    expect(dataOf(root, edge as ParsedElement)).toMatchObject({
      relation: "signed with",
      stance: "alliance",
      start: "2025-01",
      end: "2025-07-14",
      approximate: "true",
      evidence: "signed the deal\nin January 2025",
    });
  });

  it("keeps hostile text, minus what XML cannot carry", () => {
    const graph = makeGraph({
      nodes: HOSTILE_TEXT.map(([written], i) => makeNode({ id: `${i}${written}`, label: written })),
    });
    const root = parse(graph);
    children(graphOf(root), "node").forEach((node, i) => {
      const read = HOSTILE_TEXT[i]?.[1];
      expect([dataOf(root, node)["entente:id"], dataOf(root, node).label]).toEqual([
        `${i}${read}`,
        read,
      ]);
    });
  });

  it("writes a valid document with no nodes for an empty graph", () => {
    const g = graphOf(parse(makeGraph({ nodes: [] })));
    expect(g.children.map((c) => c.name)).toEqual(["data", "data"]);
  });

  it("writes exactly the data that is set, positions and colours included", () => {
    const graph = makeGraph({
      nodes: [
        makeNode({ id: "p", position: { x: 1.5, y: -2 }, color: "#ff0000", evidence: [] }),
        makeNode({ id: "q", label: "Q", kind: "place", evidence: [] }),
      ],
      edges: [makeEdge({ id: "e", source: "p", target: "q", color: "#00aa00", evidence: [] })],
    });
    const root = parse(graph);
    const [p, q] = children(graphOf(root), "node") as [ParsedElement, ParsedElement];
    expect(dataOf(root, p)).toEqual({
      "entente:id": "p",
      label: "p",
      kind: "person",
      approximate: "false",
      x: "1.5",
      y: "-2",
      color: "#ff0000",
      "entente:element":
        '{"id":"p","label":"p","kind":"person","position":{"x":1.5,"y":-2},"color":"#ff0000","evidence":[]}',
    });
    expect(dataOf(root, q)).toEqual({
      "entente:id": "q",
      label: "Q",
      kind: "place",
      approximate: "false",
      "entente:element": '{"id":"q","label":"Q","kind":"place","evidence":[]}',
    });
    expect(dataOf(root, child(graphOf(root), "edge"))).toEqual({
      "entente:id": "e",
      relation: "knows",
      stance: "neutral",
      approximate: "false",
      evidence: "",
      color: "#00aa00",
      "entente:element":
        '{"id":"e","source":"p","target":"q","stance":"neutral","relation":"knows","color":"#00aa00","evidence":[]}',
    });
    expect(dataOf(root, graphOf(root))).toEqual({
      title: "Test graph",
      "entente:graph": graphJson(graph),
    });
  });

  it.each([
    ["Zoë.Åkesson:2-b_c", "Zoë.Åkesson:2-b_c"],
    ["٣ 3", "٣_3"],
    ["a/b\\c", "a_b_c"],
    ["🦄\u0001", "_"],
  ])("writes the id %j as the name token %j", (id, token) => {
    const graph = makeGraph({ nodes: [makeNode({ id })] });
    expect(children(graphOf(parse(graph)), "node").map((n) => attr(n, "id"))).toEqual([token]);
  });

  it("writes edge ids as name tokens, kept apart after cleaning", () => {
    const graph = makeGraph({
      nodes: [makeNode({ id: "a" }), makeNode({ id: "b" })],
      edges: ["#1", "_1", "e"].map((id) => makeEdge({ id, source: "a", target: "b" })),
    });
    const edges = children(graphOf(parse(graph)), "edge");
    expect(edges.map((e) => [attr(e, "id"), attr(e, "source"), attr(e, "target")])).toEqual([
      ["_1", "a", "b"],
      ["_1-2", "a", "b"],
      ["e", "a", "b"],
    ]);
  });
});
