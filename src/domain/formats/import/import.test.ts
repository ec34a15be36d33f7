import { describe, expect, it } from "vitest";
import { toPartialDate } from "./dates";
import { routeFile } from "./index";
import type { ImportOutcome } from "./report";

const imported = (text: string, fileName?: string) => {
  const routed = routeFile({ text, ...(fileName ? { fileName } : {}) });
  if (routed.kind !== "imported" || !routed.outcome.ok) {
    throw new Error(`not imported: ${JSON.stringify(routed).slice(0, 300)}`);
  }
  return routed.outcome as ImportOutcome & { ok: true };
};

const gexf = (body: string) =>
  `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.2draft" version="1.2"><graph defaultedgetype="directed">${body}</graph></gexf>`;

describe("routeFile: what a file is", () => {
  it.each([
    ['{"format": "entente-graph", "version": 1}', "entente"],
    ['{"version": 1, "nodes": []}', "entente"],
    ["[]", "entente"],
    ['{"nodes": [ oops', "entente"],
    ["<!doctype html><html></html>", "entente"],
  ])("sends %s to the v1 loader", (text, kind) => {
    expect(routeFile({ text }).kind).toBe(kind);
  });

  it("lists what Entente opens for a JSON shape it does not know", () => {
    const routed = routeFile({ text: '{"vertices": [], "arcs": []}' });
    expect(routed).toEqual({
      kind: "unknown",
      message:
        "This JSON file (with fields vertices, arcs) is not a graph shape Entente knows. Entente opens its own JSON graphs, GEXF (Gephi), GraphML, graphology JSON (Gephi Lite), Cytoscape JSON (.cyjs, cy.json()), JSON Graph Format, networkx node-link JSON, SIF and CSV/TSV spreadsheets.",
    });
  });

  it("names an XML file that is not a graph by its root element", () => {
    const routed = routeFile({ text: '<?xml version="1.0"?><svg/>' });
    expect(routed.kind === "unknown" && routed.message).toMatch(
      /^This is an XML file whose root element is <svg>/,
    );
  });
});

describe("importers", () => {
  it("reads networkx node-link JSON with its links", () => {
    const { doc, report } = imported(
      '{"directed": true, "multigraph": false, "graph": {"name": "Karate"}, "nodes": [{"id": 0, "club": "Mr. Hi"}, {"id": 1}], "links": [{"source": 0, "target": 1, "weight": 4}]}',
    );
    expect(report.format).toBe("networkx node-link JSON file");
    expect(doc.title).toBe("Karate");
    expect(doc.nodes.map((n) => [n.id, n.summary])).toEqual([
      ["0", "club: Mr. Hi"],
      ["1", undefined],
    ]);
    expect(doc.edges.map((e) => [e.source, e.target])).toEqual([["0", "1"]]);
  });

  it("reads cy.json() with elements as one list, positions kept", () => {
    const { doc } = imported(
      '{"elements": [{"group": "nodes", "data": {"id": "a", "name": "Ann"}, "position": {"x": 10, "y": 20}}, {"group": "nodes", "data": {"id": "b"}, "position": {"x": 30, "y": 40}}, {"group": "edges", "data": {"id": "ab", "source": "a", "target": "b", "interaction": "opposes"}}], "zoom": 1, "pan": {"x": 0, "y": 0}}',
    );
    expect(doc.nodes.map((n) => [n.label, n.position])).toEqual([
      ["Ann", { x: 10, y: 20 }],
      ["b", { x: 30, y: 40 }],
    ]);
    expect(doc.edges.map((e) => [e.id, e.relation, e.stance])).toEqual([
      ["ab", "opposes", "rivalry"],
    ]);
  });

  it("reads SIF with tabs, so names may hold spaces, one edge per target", () => {
    const { doc } = imported(
      "Blue Origin\tcompetes with\tSpaceX\tRocket Lab\nLone node\n",
      "space.sif",
    );
    expect(doc.nodes.map((n) => n.id)).toEqual([
      "Blue Origin",
      "SpaceX",
      "Rocket Lab",
      "Lone node",
    ]);
    expect(doc.edges.map((e) => `${e.source} ${e.relation} ${e.target}`)).toEqual([
      "Blue Origin competes with SpaceX",
      "Blue Origin competes with Rocket Lab",
    ]);
  });

  it("takes a stance from a GEXF attribute, and flattens hierarchy with a warning", () => {
    const { doc, report } = imported(
      gexf(
        '<attributes class="edge"><attribute id="t" title="Type" type="string"/></attributes><nodes><node id="g" label="Group"><nodes><node id="a" label="A"/></nodes></node><node id="b" label="B"/></nodes><edges><edge id="1" source="a" target="b"><attvalues><attvalue for="t" value="rivalry"/></attvalues></edge></edges>',
      ),
    );
    // Streamed: a node is read when its tag closes, so a child comes before its parent.
    expect(doc.nodes.map((n) => n.id)).toEqual(["a", "g", "b"]);
    expect(doc.edges.map((e) => [e.stance, e.relation])).toEqual([["rivalry", "rivalry"]]);
    expect(report.notes).toContainEqual({
      severity: "warning",
      message: "hierarchy: nodes inside other nodes were flattened (their parent link dropped) (1)",
    });
  });

  it("reads yEd's label, colour and place from its own GraphML elements", () => {
    const { doc } = imported(
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml"><key id="d6" for="node" yfiles.type="nodegraphics"/><graph id="G" edgedefault="directed"><node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="100.0" y="200.0"/><y:Fill color="#FFCC00" transparent="false"/><y:NodeLabel>Ada</y:NodeLabel></y:ShapeNode></data></node></graph></graphml>',
    );
    expect(doc.nodes).toEqual([
      {
        id: "n0",
        label: "Ada",
        kind: "person",
        position: { x: 115, y: 215 },
        color: "#ffcc00",
        approximate: false,
        evidence: [],
      },
    ]);
  });

  it("takes a Cytoscape desktop edge's relation from its interaction, not its generated name", () => {
    const cyjs = {
      format_version: "1.0",
      generated_by: "cytoscape-3.10.4",
      elements: {
        nodes: [{ data: { id: "1", name: "Ada" } }, { data: { id: "2", name: "Bo" } }],
        edges: [
          { data: { id: "3", source: "1", target: "2", name: "Ada (pp) Bo", interaction: "pp" } },
          { data: { id: "4", source: "2", target: "1", name: "Bo (-) Ada", interaction: "-" } },
        ],
      },
    };
    const { doc, report } = imported(JSON.stringify(cyjs), "x.cyjs");
    // A bare "-" connects; only a stance or sign field makes it a rivalry.
    expect(doc.edges.map((e) => [e.relation, e.stance])).toEqual([
      ["pp", "neutral"],
      ["-", "neutral"],
    ]);
    expect(report.mapped).toContainEqual({ from: "edge interaction", to: "relation" });
    const signed = imported("source,target,sign\na,b,-\n", "signed.csv");
    expect(signed.doc.edges.map((e) => e.stance)).toEqual(["rivalry"]);
  });

  it("draws a Kumu connection to each element its From or To cell lists as A|B", () => {
    const routed = routeFile({
      text: "Label,Type\nAda,Person\nBo,Person\nCy,Person\nR|D Lab,Organization\n",
      fileName: "elements.csv",
      more: [
        { name: "connections.csv", text: "From,To,Type\nAda,Bo|Cy,funds\nBo,R|D Lab,works at\n" },
      ],
    });
    if (routed.kind !== "imported" || !routed.outcome.ok) throw new Error("not imported");
    const { doc, report } = routed.outcome;
    expect(doc.nodes.map((n) => n.id)).toEqual(["Ada", "Bo", "Cy", "R|D Lab"]);
    // An element whose own name holds a bar stays one end.
    expect(doc.edges.map((e) => [e.source, e.target, e.relation])).toEqual([
      ["Ada", "Bo", "funds"],
      ["Ada", "Cy", "funds"],
      ["Bo", "R|D Lab", "works at"],
    ]);
    expect(report.notes).toContainEqual({
      severity: "info",
      message: "connections to several elements (A|B) became one relationship each (1)",
    });
    // An edge list under other names keeps a bar as part of a name.
    const plain = imported("source,target\na|b,c\n", "edges.csv");
    expect(plain.doc.edges.map((e) => e.source)).toEqual(["a|b"]);
  });

  it("keeps the colours files give edges: GEXF's viz:color, yEd's line, a colour column", () => {
    const gexf = imported(
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph><nodes><node id="a"/><node id="b"/></nodes><edges><edge id="ab" source="a" target="b"><viz:color r="32" g="96" b="208"/></edge><edge id="ba" source="b" target="a"/></edges></graph></gexf>',
    );
    expect(gexf.doc.edges.map((e) => e.color)).toEqual(["#2060d0", undefined]);
    const yed = imported(
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml"><key id="d9" for="edge" yfiles.type="edgegraphics"/><graph id="G" edgedefault="directed"><node id="a"/><node id="b"/><edge id="e0" source="a" target="b"><data key="d9"><y:PolyLineEdge><y:LineStyle color="#C0392B" type="line" width="1.0"/></y:PolyLineEdge></data></edge></graph></graphml>',
    );
    expect(yed.doc.edges.map((e) => e.color)).toEqual(["#c0392b"]);
    const csv = imported("source,target,color\na,b,#10A010\n", "edges.csv");
    expect(csv.doc.edges.map((e) => e.color)).toEqual(["#10a010"]);
    expect(csv.report.mapped).toContainEqual({ from: "edge color", to: "colour" });
  });
});

describe("toPartialDate", () => {
  it.each([
    ["2009-03-01", "2009-03-01"],
    ["2009-3-1", "2009-03-01"],
    ["2009-03-01T10:00:00Z", "2009-03-01"],
    ["2009/12/31", "2009-12-31"],
    ["2009-02-29", undefined],
    ["2009", "2009"],
    [2009, "2009"],
    ["2009.0", "2009"],
    [1000, "1000"],
    [999, undefined],
    [2.5, undefined],
    ["tomorrow", undefined],
  ] as const)("%j → %j", (value, date) => {
    expect(toPartialDate(value)).toBe(date);
  });
});
