import Graph from "graphology";
import { parse as parseWithGraphology } from "graphology-gexf/node";
import { describe, expect, it } from "vitest";
import { articleGraph } from "../../../tests/fixtures/article";
import {
  attr,
  child,
  children,
  parseXml,
  path,
  type ParsedElement,
} from "../../../tests/helpers/parseXml";
import { exportGexf } from "./gexf";

// The exported GEXF as other tools read it. No npm package ships the official GEXF 1.3 RELAX NG
// schema, so the rules it states that an Entente export could break are checked one by one here.

const text = () => exportGexf(articleGraph());

describe("exported GEXF read by graphology-gexf (Gephi Lite's reader)", () => {
  it("reads every node and edge, and the dates as plain attributes", () => {
    const graph = parseWithGraphology(Graph, text());
    expect([graph.order, graph.size]).toEqual([37, 66]);
    expect(graph.getEdgeAttributes("e-bezos-feud-trump")).toMatchObject({
      start: "2017-01-20",
      end: "2025-01",
    });
    expect(graph.getNodeAttributes("donation")).toMatchObject({ date: "2025-01" });
  });
});

describe("exported GEXF against the GEXF 1.3 rules", () => {
  const root = parseXml(text());
  const graph = path(root, "graph");
  const nodes = children(path(root, "graph", "nodes"), "node");
  const edges = children(path(root, "graph", "edges"), "edge");

  it("is a GEXF 1.3 document with meta, a dated dynamic graph and matching counts", () => {
    expect([root.uri, attr(root, "version")]).toEqual(["http://gexf.net/1.3", "1.3"]);
    expect(attr(graph, "timeformat")).toBe("date");
    expect(attr(path(root, "graph", "nodes"), "count")).toBe(String(nodes.length));
    expect(attr(path(root, "graph", "edges"), "count")).toBe(String(edges.length));
  });

  it("keeps to the RELAX NG schema's <meta> (creator, keywords, description), Entente's data in an attribute's options", () => {
    // Checked once with xmllint --relaxng against the official gexf.rng: a foreign element in
    // <meta> is what made the export fail it; the schema itself is not kept in this repository.
    expect(path(root, "meta").children.map((c) => c.name)).toEqual(["creator", "description"]);
    const declared = children(path(root, "graph"), "attributes").flatMap((a) =>
      children(a, "attribute"),
    );
    const element = declared.find((a) => attr(a, "id") === "entente:element");
    expect(element?.children.map((c) => c.name)).toEqual(["options"]);
  });

  it("gives parallel edges a kind, so source, target and kind are unique together", () => {
    const keys = edges.map((e) =>
      JSON.stringify([attr(e, "source"), attr(e, "target"), attr(e, "kind")]),
    );
    expect(new Set(keys).size).toBe(edges.length);
    const bezosTrump = edges.filter(
      (e) => attr(e, "source") === "bezos" && attr(e, "target") === "trump",
    );
    expect(bezosTrump.map((e) => attr(e, "kind"))).toEqual([
      "e-bezos-feud-trump",
      "e-bezos-warms-trump",
      "e-bezos-met-trump",
    ]);
  });

  it("has unique node ids, edges between declared nodes, and values only for declared attributes", () => {
    const ids = new Set(nodes.map((n) => attr(n, "id")));
    expect(ids.size).toBe(nodes.length);
    for (const e of edges)
      expect([ids.has(attr(e, "source")), ids.has(attr(e, "target"))]).toEqual([true, true]);
    const declared = (cls: string) =>
      new Set(
        children(graph, "attributes")
          .filter((a) => attr(a, "class") === cls)
          .flatMap((a) => children(a, "attribute").map((x) => attr(x, "id"))),
      );
    const used = (items: ParsedElement[]) =>
      items.flatMap((i) => children(child(i, "attvalues"), "attvalue").map((v) => attr(v, "for")));
    expect(used(nodes).filter((f) => !declared("node").has(f))).toEqual([]);
    expect(used(edges).filter((f) => !declared("edge").has(f))).toEqual([]);
  });

  it("writes spells with start before end and colours within 0–255", () => {
    for (const item of [...nodes, ...edges]) {
      for (const spell of children(item, "spells").flatMap((s) => children(s, "spell"))) {
        const [start, end] = [attr(spell, "start"), attr(spell, "end")];
        if (start && end) expect(start <= end).toBe(true);
      }
      const color = item.children.find((c) => c.name === "viz:color");
      for (const channel of ["r", "g", "b"]) {
        const value = Number(attr(color as ParsedElement, channel));
        expect(Number.isInteger(value) && value >= 0 && value <= 255).toBe(true);
      }
    }
  });
});
