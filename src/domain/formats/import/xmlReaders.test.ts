import { describe, expect, it } from "vitest";
import { importGexf } from "./gexf";
import { importGraphml } from "./graphml";
import type { ImportOutcome } from "./report";

const ok = (outcome: ImportOutcome) => {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.report));
  return outcome;
};

const gexf = (attributes: string, edges: string, nodes = '<node id="a"/><node id="b"/>') =>
  `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph mode="dynamic" timeformat="date" defaultedgetype="directed"><attributes class="edge" mode="dynamic">${attributes}</attributes><nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`;

describe("streamed GEXF", () => {
  it("splits an edge whose relationship changes over time into one dated relationship per value", () => {
    const { doc, report } = ok(
      importGexf(
        gexf(
          '<attribute id="0" title="Relationship" type="string"/>',
          '<edge id="ab" source="a" target="b"><attvalues><attvalue for="0" value="rivals" start="2010-01-01" end="2014-12-31"/><attvalue for="0" value="allies" start="2015-01-01"/></attvalues></edge>',
        ),
      ),
    );
    expect(doc.edges.map((e) => [e.id, e.relation, e.stance, e.start, e.end])).toEqual([
      ["ab", "rivals", "rivalry", "2010-01-01", "2014-12-31"],
      ["ab#2", "allies", "alliance", "2015-01-01", undefined],
    ]);
    expect(report.notes).toContainEqual({
      severity: "info",
      message:
        'edge attribute "Relationship" changes over time: such edges became one relationship per value, each dated by it (edges split) (1)',
    });
  });

  it("keeps the latest value of another changing attribute, and names it in the report", () => {
    const { doc, report } = ok(
      importGexf(
        gexf(
          '<attribute id="w" title="Weight" type="double"/>',
          '<edge source="a" target="b" start="2001"><attvalues><attvalue for="w" value="1" start="2001"/><attvalue for="w" value="3" start="2003"/></attvalues></edge>',
        ),
      ),
    );
    expect(doc.edges).toHaveLength(1);
    expect(report.notes).toContainEqual({
      severity: "warning",
      message:
        'edge attribute "Weight" changes over time: only its latest value was kept, on edges (1)',
    });
  });

  it("reads an unknown attribute as the mapping step chose, and offers the step for it", () => {
    const file = gexf(
      '<attribute id="0" title="relationship type" type="string"/>',
      '<edge source="a" target="b"><attvalues><attvalue for="0" value="feud"/></attvalues></edge>',
    );
    const plain = ok(importGexf(file));
    expect(plain.doc.edges[0]?.stance).toBe("neutral");
    expect(plain.report.attributes).toEqual([
      { name: "nodes", headers: [], rows: [{}, {}], errors: [] },
      {
        name: "edges",
        headers: ["relationship type"],
        rows: [{ "relationship type": "feud" }],
        errors: [],
      },
    ]);
    const mapped = ok(importGexf(file, "x.gexf", [{}, { "relationship type": "stance" }]));
    expect(mapped.doc.edges.map((e) => [e.stance, e.relation])).toEqual([["rivalry", "feud"]]);
  });

  it("takes the label from an attribute the reader mapped to it, over the label attribute", () => {
    // Polinode writes label="1" and the person's name in a "name" attribute.
    const file = `<gexf version="1.2"><graph><attributes class="node"><attribute id="n" title="full name" type="string"/></attributes><nodes><node id="x" label="1"><attvalues><attvalue for="n" value="Britta Witzel"/></attvalues></node></nodes></graph></gexf>`;
    expect(ok(importGexf(file)).doc.nodes.map((n) => [n.label, n.summary])).toEqual([
      ["1", "full name: Britta Witzel"],
    ]);
    const mapped = ok(importGexf(file, "p.gexf", [{ "full name": "label" }, {}]));
    expect(mapped.doc.nodes.map((n) => [n.label, n.summary])).toEqual([
      ["Britta Witzel", "label: 1"],
    ]);
  });

  it("keeps a parent node that an edge inside it named before it closed", () => {
    // The GEXF spec's hierarchy2.gexf: edges inside a node may point at that node.
    const { doc, report } = ok(
      importGexf(
        '<gexf version="1.3"><graph><nodes><node id="a" label="Kevin Bacon"><nodes><node id="f" label="frog"/></nodes><edges><edge id="2" source="f" target="a"/></edges></node><node id="b"/></nodes><edges><edge source="b" target="z"/></edges></graph></gexf>',
      ),
    );
    expect(doc.nodes.map((n) => [n.id, n.label])).toEqual([
      ["f", "frog"],
      ["a", "Kevin Bacon"],
      ["b", "b"],
      ["z", "z"],
    ]);
    expect(report.notes.map((n) => n.message)).toEqual([
      "hierarchy: nodes inside other nodes were flattened (their parent link dropped) (1)",
      "undirected edges are drawn from source to target (2)",
      "nodes named only by an edge were added (1)",
      "no edge names a stance: every relationship is shown as neutral",
    ]);
  });

  it("reopens Entente's GEXF from before its graph data moved out of <meta>", () => {
    const esc = (v: unknown) => JSON.stringify(v).replace(/"/g, "&quot;");
    const graph = {
      format: "entente-graph",
      version: 1,
      title: "T",
      source: { title: "T", text: "A met B." },
    };
    const node = { id: "a", label: "A", kind: "person", evidence: [{ quote: "A met B." }] };
    const outcome = ok(
      importGexf(
        `<gexf xmlns:entente="urn:entente:graph-format:v1" version="1.3"><meta><entente:graph>${esc(graph)}</entente:graph></meta><graph><attributes class="node"><attribute id="entente:element" title="entente:element" type="string"/></attributes><nodes><node id="a"><attvalues><attvalue for="entente:element" value="${esc(node)}"/></attvalues></node></nodes><edges/></graph></gexf>`,
      ),
    );
    expect(outcome.report.format).toBe("GEXF 1.3 file written by Entente");
    expect(outcome.doc.nodes).toEqual([node]);
  });

  it("names a GEXF file's version by its namespace when it gives none", () => {
    const gephi10 = '<gexf xmlns="http://www.gephi.org/gexf"><graph><nodes/></graph></gexf>';
    const draft = '<gexf xmlns="http://www.gexf.net/1.1draft"><graph><nodes/></graph></gexf>';
    expect(ok(importGexf(gephi10)).report.format).toBe("GEXF 1.0 file");
    expect(ok(importGexf(draft)).report.format).toBe("GEXF 1.1 file");
  });

  it("stops at malformed XML with a report of what was read before it", () => {
    const outcome = importGexf(
      '<gexf version="1.2"><meta><creator>Gephi 0.9</creator></meta><graph><nodes><node id="a"/><node id="b"/>\n<node id="c"></nodes></graph></gexf>',
    );
    expect(outcome).toEqual({
      ok: false,
      report: {
        format: "GEXF 1.2 file (Gephi)",
        read: ["3 nodes and 0 edges before the problem"],
        mapped: [],
        notes: [
          {
            severity: "fatal",
            message: "it is not well-formed XML at line 2, column 21: unexpected close tag.",
          },
        ],
      },
    });
  });

  it("refuses entity declarations before reading anything", () => {
    const outcome = importGexf(
      '<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaa">]><gexf version="1.3"><graph><nodes><node id="&a;"/></nodes></graph></gexf>',
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.report.notes.map((n) => n.message).join()).toMatch(/billion laughs/);
  });
});

describe("streamed GraphML", () => {
  it("reads data for an undeclared key under the key's id, with a warning", () => {
    // graphology's miserables_broken.graphml: its label key is never declared.
    const { doc, report } = ok(
      importGraphml(
        '<graphml><graph><node id="0"><data key="label">Myriel</data></node></graph></graphml>',
      ),
    );
    expect(doc.nodes.map((n) => n.label)).toEqual(["Myriel"]);
    expect(report.notes).toContainEqual({
      severity: "warning",
      message: 'data for an undeclared key "label" was read under that name (1)',
    });
  });

  it("reads keys with defaults, and only the first graph's top-level nodes", () => {
    const { doc, report } = ok(
      importGraphml(
        '<graphml><key id="k" for="edge" attr.name="interaction" attr.type="string"><default>opposes</default></key><graph edgedefault="directed"><node id="a"><graph id="inner"><node id="x"/></graph></node><node id="b"/><edge source="a" target="b"/><edge source="b" target="a"><data key="k">supports</data></edge></graph><graph><node id="z"/></graph></graphml>',
      ),
    );
    expect(doc.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(doc.edges.map((e) => [e.relation, e.stance])).toEqual([
      ["opposes", "rivalry"],
      ["supports", "alliance"],
    ]);
    expect(report.notes.map((n) => n.message)).toEqual([
      "only the first of 2 graphs was read",
      "hierarchy: nested graphs inside nodes were dropped (1)",
    ]);
  });

  it("stops at a missing end tag with what was read before it", () => {
    const outcome = importGraphml('<graphml><graph><node id="a"/><edge source="a" target="a"/>');
    expect(outcome.ok).toBe(false);
    expect(outcome.report.read).toEqual(["1 node and 1 edge before the problem"]);
    expect(outcome.report.notes.at(-1)?.severity).toBe("fatal");
  });
});
