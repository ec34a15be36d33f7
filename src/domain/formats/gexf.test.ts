import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import type { Graph } from "../model/types";
import { graphJson } from "./embedded";
import { exportGexf } from "./gexf";
import { HOSTILE_TEXT, trickyGraph } from "../../../tests/helpers/exportGraphs";
import {
  attr,
  child,
  children,
  parseXml,
  path,
  type ParsedElement,
} from "../../../tests/helpers/parseXml";

const parse = (graph: Graph) => parseXml(exportGexf(graph));
const nodesOf = (root: ParsedElement) => children(path(root, "graph", "nodes"), "node");
const edgesOf = (root: ParsedElement) => children(path(root, "graph", "edges"), "edge");

const byId = (items: ParsedElement[], id: string): ParsedElement => {
  const found = items.find((item) => attr(item, "id") === id);
  if (!found) throw new Error(`no element with id ${id}`);
  return found;
};

const spells = (item: ParsedElement) =>
  children(item, "spells").flatMap((s) =>
    children(s, "spell").map((x) => Object.fromEntries(x.attributes)),
  );

const attvalues = (item: ParsedElement) =>
  Object.fromEntries(
    children(child(item, "attvalues"), "attvalue").map((v) => [attr(v, "for"), attr(v, "value")]),
  );

describe("exportGexf", () => {
  it("writes a GEXF 1.3 dynamic graph described by the graph's title", () => {
    const root = parse(trickyGraph());
    expect(root.uri).toBe("http://gexf.net/1.3");
    expect(attr(root, "version")).toBe("1.3");
    expect(path(root, "meta", "creator").text).toBe("Entente");
    expect(path(root, "meta", "description").text).toBe('Deals & "rivals" <2025>');
    expect(Object.fromEntries(path(root, "graph").attributes)).toEqual({
      defaultedgetype: "directed",
      mode: "dynamic",
      timeformat: "date",
    });
  });

  it("writes every node and edge in order, with ids, ends and labels intact", () => {
    const graph = trickyGraph();
    const root = parse(graph);
    expect(nodesOf(root).map((n) => [attr(n, "id"), attr(n, "label")])).toEqual(
      graph.nodes.map((n) => [n.id, n.label]),
    );
    expect(edgesOf(root).map((e) => [attr(e, "id"), attr(e, "source"), attr(e, "target")])).toEqual(
      graph.edges.map((e) => [e.id, e.source, e.target]),
    );
    expect(attr(path(root, "graph", "nodes"), "count")).toBe(String(graph.nodes.length));
    expect(attr(path(root, "graph", "edges"), "count")).toBe(String(graph.edges.length));
  });

  it("writes declared attribute values, a relation label and weight 1", () => {
    const root = parse(trickyGraph());
    const declared = (cls: string) =>
      children(path(root, "graph"), "attributes")
        .filter((a) => attr(a, "class") === cls)
        .flatMap((a) => children(a, "attribute").map((x) => attr(x, "id")));
    const { "entente:element": nodeEntry, ...node } = attvalues(byId(nodesOf(root), "__proto__"));
    expect(node).toEqual({
      kind: "organization",
      summary: "Says \"no\" & 'maybe'",
      start: "2020",
      approximate: "true",
    });
    expect(JSON.parse(nodeEntry ?? "")).toMatchObject({ id: "__proto__", kind: "organization" });
    const edge = byId(edgesOf(root), "constructor");
    const { "entente:element": edgeEntry, ...values } = attvalues(edge);
    expect(values).toEqual({
      stance: "alliance",
      relation: "signed with",
      start: "2025-01",
      end: "2025-07-14",
      approximate: "true",
      quotes: "2",
    });
    // Quotes travel with their certainty and attribution in the element's own entry.
    expect(JSON.parse(edgeEntry ?? "").evidence).toEqual([
      { quote: "signed the deal" },
      { quote: "in January 2025", certainty: "speculative" },
    ]);
    expect([attr(edge, "label"), attr(edge, "weight")]).toEqual(["signed with", "1"]);
    expect(declared("node")).toEqual([
      "kind",
      "summary",
      "date",
      "start",
      "end",
      "approximate",
      "entente:element",
    ]);
    expect(declared("edge")).toEqual([
      "stance",
      "relation",
      "start",
      "end",
      "approximate",
      "quotes",
      "entente:element",
    ]);
  });

  it("turns partial dates into inclusive day spells, open ends left out", () => {
    const root = parse(storyGraph);
    expect(spells(byId(edgesOf(root), "feud"))).toEqual([
      { start: "2017-01-20", end: "2024-12-31" },
    ]);
    expect(spells(byId(edgesOf(root), "thaw"))).toEqual([{ start: "2025-01-01" }]);
    expect(spells(byId(nodesOf(root), "meeting"))).toEqual([
      { start: "2025-07-01", end: "2025-07-31" },
    ]);
    expect(spells(byId(edgesOf(root), "owns"))).toEqual([]);
    expect(spells(byId(nodesOf(root), "bezos"))).toEqual([]);
  });

  it("spells an end-only range, a whole year and a leap day", () => {
    const graph = makeGraph({
      nodes: [
        makeNode({ id: "until", end: "2024" }),
        makeNode({ id: "leap", kind: "event", date: "2024-02" }),
      ],
    });
    const nodes = nodesOf(parse(graph));
    expect(spells(byId(nodes, "until"))).toEqual([{ end: "2024-12-31" }]);
    expect(spells(byId(nodes, "leap"))).toEqual([{ start: "2024-02-01", end: "2024-02-29" }]);
  });

  it("colours nodes by kind and edges by stance in the viz namespace", () => {
    const root = parse(storyGraph);
    const color = (item: ParsedElement) => child(item, "viz:color");
    expect(color(byId(edgesOf(root), "feud")).uri).toBe("http://gexf.net/1.3/viz");
    const rgb = (item: ParsedElement) => ["r", "g", "b"].map((c) => attr(color(item), c)).join(",");
    expect(rgb(byId(edgesOf(root), "feud"))).not.toBe(rgb(byId(edgesOf(root), "thaw")));
    expect(rgb(byId(nodesOf(root), "meeting"))).not.toBe(rgb(byId(nodesOf(root), "paper")));
  });

  it("gives an edge the colour its file gave it, over its stance's", () => {
    const graph = makeGraph({
      nodes: [makeNode({ id: "a" }), makeNode({ id: "b" })],
      edges: [makeEdge({ id: "ab", source: "a", target: "b", color: "#2060d0" })],
    });
    const color = child(byId(edgesOf(parse(graph)), "ab"), "viz:color");
    expect(["r", "g", "b"].map((c) => attr(color, c))).toEqual(["32", "96", "208"]);
  });

  it("keeps hostile text, minus what XML cannot carry", () => {
    const graph = makeGraph({
      title: HOSTILE_TEXT.map(([written]) => written).join(" | "),
      nodes: HOSTILE_TEXT.map(([written], i) =>
        makeNode({ id: `${i}${written}`, label: written, summary: written }),
      ),
    });
    const root = parse(graph);
    expect(path(root, "meta", "description").text).toBe(
      HOSTILE_TEXT.map(([, read]) => read).join(" | "),
    );
    nodesOf(root).forEach((node, i) => {
      const read = HOSTILE_TEXT[i]?.[1];
      expect([attr(node, "id"), attr(node, "label"), attvalues(node).summary]).toEqual([
        `${i}${read}`,
        read,
        read,
      ]);
    });
  });

  it("writes a valid document with no nodes for an empty graph", () => {
    const root = parse(makeGraph({ nodes: [] }));
    expect(nodesOf(root)).toEqual([]);
    expect(edgesOf(root)).toEqual([]);
  });

  it("colours by the file's colour, else by kind or stance, in Gephi's default palette", () => {
    const graph = makeGraph({
      nodes: [
        makeNode({ id: "p" }),
        makeNode({ id: "o", kind: "organization", color: "#ff8001" }),
        makeNode({ id: "e", kind: "event", date: "2025" }),
      ],
      edges: [
        makeEdge({ id: "al", source: "p", target: "o", stance: "alliance" }),
        makeEdge({ id: "ri", source: "o", target: "e", stance: "rivalry" }),
        makeEdge({ id: "ne", source: "e", target: "p" }),
      ],
    });
    const root = parse(graph);
    const rgb = (item: ParsedElement) =>
      ["r", "g", "b"].map((c) => attr(child(item, "viz:color"), c)).join(",");
    expect(nodesOf(root).map(rgb)).toEqual(["31,119,180", "255,128,1", "188,189,34"]);
    expect(edgesOf(root).map(rgb)).toEqual(["44,160,44", "214,39,40", "140,140,140"]);
  });

  it("places nodes with Gephi's y axis pointing up, and edges nowhere", () => {
    const graph = makeGraph({
      nodes: [
        makeNode({ id: "up", position: { x: 1.5, y: 2 } }),
        makeNode({ id: "down", position: { x: -3, y: -4.25 } }),
        makeNode({ id: "origin", position: { x: 0, y: 0 } }),
        makeNode({ id: "free" }),
      ],
      edges: [makeEdge({ id: "e", source: "up", target: "down" })],
    });
    const root = parse(graph);
    const at = (item: ParsedElement) =>
      children(item, "viz:position").map((p) => Object.fromEntries(p.attributes));
    expect(nodesOf(root).map(at)).toEqual([
      [{ x: "1.5", y: "-2", z: "0" }],
      [{ x: "-3", y: "4.25", z: "0" }],
      [{ x: "0", y: "0", z: "0" }],
      [],
    ]);
    expect(edgesOf(root).map(at)).toEqual([[]]);
    expect(child(byId(nodesOf(root), "up"), "viz:position").uri).toBe("http://gexf.net/1.3/viz");
  });

  it("writes renamed node ids at both ends of their edges, and renamed edge ids", () => {
    const graph = makeGraph({
      nodes: [makeNode({ id: "a\u0001" }), makeNode({ id: "a" })],
      edges: [
        makeEdge({ id: "e\u0001", source: "a\u0001", target: "a" }),
        makeEdge({ id: "e", source: "a", target: "a\u0001" }),
      ],
    });
    const root = parse(graph);
    expect(nodesOf(root).map((n) => attr(n, "id"))).toEqual(["a", "a-2"]);
    expect(edgesOf(root).map((e) => [attr(e, "id"), attr(e, "source"), attr(e, "target")])).toEqual(
      [
        ["e", "a", "a-2"],
        ["e-2", "a-2", "a"],
      ],
    );
  });

  it("gives a kind only to edges that share both ends with another, their file id", () => {
    const graph = makeGraph({
      nodes: [makeNode({ id: "a" }), makeNode({ id: "b" })],
      edges: [
        makeEdge({ id: "x\u0001", source: "a", target: "b" }),
        makeEdge({ id: "back", source: "b", target: "a" }),
        makeEdge({ id: "x", source: "a", target: "b" }),
        makeEdge({ id: "self", source: "a", target: "a" }),
      ],
    });
    const kinds = edgesOf(parse(graph)).map((e) => [attr(e, "id"), attr(e, "kind")]);
    expect(kinds).toEqual([
      ["x", "x"],
      ["back", undefined],
      ["x-2", "x-2"],
      ["self", undefined],
    ]);
  });

  it("declares static node and edge attributes, the graph's own data in the entry's options", () => {
    const graph = trickyGraph();
    const root = parse(graph);
    const tables = children(path(root, "graph"), "attributes");
    expect(tables.map((t) => Object.fromEntries(t.attributes))).toEqual([
      { class: "node", mode: "static" },
      { class: "edge", mode: "static" },
    ]);
    const declared = tables.map((t) =>
      children(t, "attribute").map(
        (a) => `${attr(a, "id")}|${attr(a, "title")}|${attr(a, "type")}`,
      ),
    );
    expect(declared).toEqual([
      [
        "kind|kind|string",
        "summary|summary|string",
        "date|date|string",
        "start|start|string",
        "end|end|string",
        "approximate|approximate|boolean",
        "entente:element|entente:element|string",
      ],
      [
        "stance|stance|string",
        "relation|relation|string",
        "start|start|string",
        "end|end|string",
        "approximate|approximate|boolean",
        "quotes|quotes|integer",
        "entente:element|entente:element|string",
      ],
    ]);
    const entry = children(tables[0] as ParsedElement, "attribute").at(-1) as ParsedElement;
    expect(child(entry, "options").text).toBe(graphJson(graph));
    expect(root.attributes.get("xmlns:entente")).toBe("urn:entente:graph-format:v1");
  });

  it("writes only the attribute values that are set, the entry last", () => {
    const graph = makeGraph({
      nodes: [makeNode({ id: "m", kind: "event", date: "2025-07", evidence: [] })],
    });
    const values = children(
      child(nodesOf(parse(graph))[0] as ParsedElement, "attvalues"),
      "attvalue",
    );
    expect(values.map((v) => [attr(v, "for"), attr(v, "value")])).toEqual([
      ["kind", "event"],
      ["date", "2025-07"],
      ["approximate", "false"],
      ["entente:element", '{"id":"m","label":"m","kind":"event","date":"2025-07","evidence":[]}'],
    ]);
  });
});
