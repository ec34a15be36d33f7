import { describe, expect, it } from "vitest";
import { makeEdge, makeNode } from "../../../tests/fixtures/factory";
import { trickyGraph } from "../../../tests/helpers/exportGraphs";
import {
  edgeJson,
  exportNotice,
  graphJson,
  nodeJson,
  rebuiltDocument,
  renamedIds,
  xmlIds,
  xmlSafeJson,
} from "./embedded";
import { graphToDocument } from "./json";
import { stripInvalidXmlChars } from "./xml";

describe("xmlSafeJson", () => {
  it("escapes U+FFFE and U+FFFF, which JSON.stringify leaves raw", () => {
    expect(xmlSafeJson({ a: "x\uFFFEy\uFFFFz" })).toBe('{"a":"x\\ufffey\\uffffz"}');
    expect(JSON.parse(xmlSafeJson("\uFFFF\uFFFE"))).toBe("\uFFFF\uFFFE");
  });

  it("leaves every other character as JSON.stringify writes it", () => {
    expect(xmlSafeJson(["é 🦄 \uFFFD", "\u0001"])).toBe('["é 🦄 \uFFFD","\\u0001"]');
  });
});

describe("graphJson and rebuiltDocument", () => {
  it("carries the document without its nodes and edges", () => {
    const graph = trickyGraph();
    const { nodes, edges, ...rest } = graphToDocument(graph);
    expect([nodes.length, edges.length]).toEqual([5, 2]);
    expect(JSON.parse(graphJson(graph))).toEqual(rest);
    expect(Object.keys(JSON.parse(graphJson(graph)) as object)).not.toContain("nodes");
    expect(Object.keys(JSON.parse(graphJson(graph)) as object)).not.toContain("edges");
  });

  it("puts the document back together from the graph's and the elements' entries", () => {
    const graph = trickyGraph();
    const rebuilt = rebuiltDocument(
      graphJson(graph),
      graph.nodes.map(nodeJson),
      graph.edges.map(edgeJson),
    );
    expect(rebuilt).toEqual(graphToDocument(graph));
    expect(rebuilt.nodes.map((n) => n.id)).toEqual(["__proto__", 'a "b"', "x#y", "🦄", "meeting"]);
  });
});

describe("xmlIds", () => {
  it.each([
    [
      ["a", "b"],
      ["a", "b"],
    ],
    [
      ["", "\u0001"],
      ["_", "_-2"],
    ],
    [
      ["_", "", "_-2"],
      ["_", "_-2", "_-2-2"],
    ],
    [
      ["a\u0001", "a", "a\u0002", "a-2"],
      ["a", "a-2", "a-3", "a-2-2"],
    ],
  ])("writes %j as %j", (ids, written) => {
    expect(xmlIds(ids, stripInvalidXmlChars)).toEqual(written);
  });
});

describe("renamedIds", () => {
  it("lists only the ids written under another name, in order", () => {
    expect(renamedIds(["a", "b\u0001", "c", "d "], ["a", "b", "c", "d_"])).toEqual([
      ["b\u0001", "b"],
      ["d ", "d_"],
    ]);
  });

  it("takes an id with nothing written for it as unchanged", () => {
    expect(renamedIds(["a", "b"], ["x"])).toEqual([["a", "x"]]);
  });
});

describe("exportNotice", () => {
  it("names a single renamed id in the singular", () => {
    expect(exportNotice("g.graphml", [["a b", "a_b"]])).toBe(
      'Saved g.graphml. XML cannot carry every id as it is: 1 id renamed in the file (the originals kept inside it, so it reopens here unchanged): "a b" → "a_b".',
    );
  });

  it("names five renamed ids and counts the rest", () => {
    const renamed = Array.from({ length: 6 }, (_, i): [string, string] => [`#${i}`, `_${i}`]);
    expect(exportNotice("g.gexf", renamed.slice(0, 5))).toBe(
      'Saved g.gexf. XML cannot carry every id as it is: 5 ids renamed in the file (the originals kept inside it, so it reopens here unchanged): "#0" → "_0", "#1" → "_1", "#2" → "_2", "#3" → "_3", "#4" → "_4".',
    );
    expect(exportNotice("g.gexf", renamed)).toBe(
      'Saved g.gexf. XML cannot carry every id as it is: 6 ids renamed in the file (the originals kept inside it, so it reopens here unchanged): "#0" → "_0", "#1" → "_1", "#2" → "_2", "#3" → "_3", "#4" → "_4" and 1 more.',
    );
  });
});

describe("nodeJson and edgeJson", () => {
  it("write an element's own v1 entry, XML-safe", () => {
    expect(nodeJson(makeNode({ id: "a\uFFFF", label: "A" }))).toBe(
      '{"id":"a\\uffff","label":"A","kind":"person","evidence":[{"quote":"about a\\uffff"}]}',
    );
    expect(edgeJson(makeEdge({ id: "e", source: "a\uFFFF", target: "b", evidence: [] }))).toBe(
      '{"id":"e","source":"a\\uffff","target":"b","stance":"neutral","relation":"knows","evidence":[]}',
    );
  });
});
