import { describe, expect, it } from "vitest";
import { makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import type { Graph } from "../model/types";
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
      "node.label:string",
      "node.kind:string",
      "node.summary:string",
      "node.date:string",
      "node.start:string",
      "node.end:string",
      "node.approximate:boolean",
      "edge.relation:string",
      "edge.stance:string",
      "edge.start:string",
      "edge.end:string",
      "edge.approximate:boolean",
      "edge.evidence:string",
    ]);
    expect(new Set(children(root, "key").map((k) => attr(k, "id"))).size).toBe(keys.length);
    expect(Object.fromEntries(graphOf(root).attributes)).toEqual({
      id: "G",
      edgedefault: "directed",
    });
  });

  it("writes every node and edge in order, with ids and ends intact", () => {
    const graph = trickyGraph();
    const g = graphOf(parse(graph));
    expect(children(g, "node").map((n) => attr(n, "id"))).toEqual(graph.nodes.map((n) => n.id));
    expect(
      children(g, "edge").map((e) => [attr(e, "id"), attr(e, "source"), attr(e, "target")]),
    ).toEqual(graph.edges.map((e) => [e.id, e.source, e.target]));
  });

  it("writes dates as in the file and only the fields that are set", () => {
    const root = parse(trickyGraph());
    const [proto, , , , meeting] = children(graphOf(root), "node") as ParsedElement[];
    expect(dataOf(root, proto as ParsedElement)).toEqual({
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
    expect(dataOf(root, edge as ParsedElement)).toEqual({
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
      expect([attr(node, "id"), dataOf(root, node).label]).toEqual([`${i}${read}`, read]);
    });
  });

  it("writes a valid document with no nodes for an empty graph", () => {
    const g = graphOf(parse(makeGraph({ nodes: [] })));
    expect(g.children).toEqual([]);
  });
});
