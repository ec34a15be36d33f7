import { describe, expect, it } from "vitest";
import { importGexf } from "./gexf";
import type { ImportOutcome } from "./report";

const ok = (outcome: ImportOutcome) => {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.report));
  return outcome;
};

/** A GEXF 1.3 file with one graph holding the given XML. */
const file = (inner: string, graph = "") =>
  `<gexf version="1.3" xmlns:viz="http://gexf.net/1.3/viz"><graph ${graph}>${inner}</graph></gexf>`;

const notes = (outcome: ImportOutcome) => outcome.report.notes.map((n) => [n.severity, n.message]);

const NO_STANCE = ["info", "no edge names a stance: every relationship is shown as neutral"];
const HIERARCHY = [
  "warning",
  "hierarchy: nodes inside other nodes were flattened (their parent link dropped) (1)",
];

describe("GEXF elements out of their place", () => {
  it("ignores elements in <nodes> and <edges> that are not nodes or edges, and edges elsewhere", () => {
    const outcome = ok(
      importGexf(
        file('<edge source="s" target="s"/><edges><x/></edges><nodes><y/><node id="a"/></nodes>'),
      ),
    );
    expect(outcome.doc.nodes.map((n) => n.id)).toEqual(["a"]);
    expect(outcome.doc.edges).toEqual([]);
    expect(notes(outcome)).toEqual([]);
  });

  it("keeps a node open until its own tag closes", () => {
    const outcome = ok(
      importGexf(
        file(
          '<nodes><node id="a"><node id="b"/><nodes><node id="c"/><x/></nodes><viz:color hex="#ff0000"/></node></nodes>',
        ),
      ),
    );
    expect(outcome.doc.nodes.map((n) => [n.id, n.color])).toEqual([
      ["c", undefined],
      ["a", "#ff0000"],
    ]);
    expect(notes(outcome)).toEqual([HIERARCHY]);
  });

  it("keeps an edge open until its own tag closes", () => {
    const outcome = ok(
      importGexf(
        file(
          '<nodes><node id="a"><edges><x/></edges><viz:color hex="#ff0000"/></node></nodes><edges><edge id="e" source="a" target="a"><edge source="b" target="b"/><viz:color hex="#00ff00"/></edge></edges>',
          'defaultedgetype="directed"',
        ),
      ),
    );
    expect(outcome.doc.nodes.map((n) => [n.id, n.color])).toEqual([["a", "#ff0000"]]);
    expect(outcome.doc.edges.map((e) => [e.id, e.color])).toEqual([["e", "#00ff00"]]);
    expect(notes(outcome)).toEqual([NO_STANCE]);
  });

  it("ignores attribute values, spells and colours outside nodes and edges", () => {
    const outcome = ok(
      importGexf(
        file(
          '<attvalues><attvalue for="0" value="x"/></attvalues><spells><spell start="1"/></spells><viz:color hex="#ff0000"/><nodes><node id="a"/></nodes>',
        ),
      ),
    );
    expect(outcome.doc.nodes.map((n) => [n.id, n.summary, n.start, n.color])).toEqual([
      ["a", undefined, undefined, undefined],
    ]);
  });

  it("keeps a node's place when other elements follow it", () => {
    const outcome = ok(
      importGexf(
        file(
          '<nodes><node id="a"><viz:position x="1" y="2"/><viz:size value="3"/><attvalues/></node></nodes>',
        ),
      ),
    );
    expect(outcome.doc.nodes.map((n) => n.position)).toEqual([{ x: 1, y: -2 }]);
  });

  it("declares only attributes with an id, offered though no element gives a value", () => {
    const outcome = ok(
      importGexf(
        file(
          '<attributes class="node"><attribute id="0" title="shoe size"/><attribute title="no id"/></attributes><nodes><node id="a"><attvalues><attvalue for="0"/></attvalues></node></nodes>',
        ),
      ),
    );
    expect(outcome.report.read).toEqual(["1 node", "0 edges", "1 node attribute"]);
    expect(outcome.report.attributes).toEqual([
      { name: "nodes", headers: ["shoe size"], rows: [{}], errors: [] },
      { name: "edges", headers: [], rows: [], errors: [] },
    ]);
  });

  it("takes a description of up to 120 characters, spaces around it aside, as the title", () => {
    const outcome = ok(
      importGexf(
        `<gexf version="1.3"><meta><description> ${"x".repeat(120)} </description></meta><graph><nodes/></graph></gexf>`,
        "f.gexf",
      ),
    );
    expect(outcome.doc.title).toBe("x".repeat(120));
  });
});

describe("Entente's own GEXF, elements out of their place", () => {
  const esc = (v: unknown) => JSON.stringify(v).replace(/"/g, "&quot;");
  const graph = {
    format: "entente-graph",
    version: 1,
    title: "T",
    source: { title: "T", text: "" },
  };
  const node = { id: "a", label: "A", kind: "person", evidence: [] };
  const edge = {
    id: "e",
    source: "a",
    target: "a",
    stance: "alliance",
    relation: "helps",
    evidence: [],
  };
  const value = (v: unknown) => `<attvalue for="entente:element" value="${esc(v)}"/>`;
  const own = ({ meta = "", inGraph = "", options = "", nodeValues = value(node) } = {}) =>
    `<gexf version="1.3">${meta ? `<meta>${meta}</meta>` : ""}<graph defaultedgetype="directed">${inGraph}<attributes class="node"><attribute id="entente:element" title="entente:element">${options}</attribute></attributes><attributes class="edge"><attribute id="entente:element" title="entente:element"/></attributes><nodes><node id="a" label="Other"><attvalues>${nodeValues}</attvalues></node></nodes><edges><edge id="e" source="a" target="a"><attvalues>${value(edge)}</attvalues></edge></edges></graph></gexf>`;
  const data = `<entente:graph>${esc(graph)}</entente:graph>`;

  it.each([
    [
      "older graph data in <meta>, whatever follows it there",
      { meta: `${data}<keywords>k</keywords><entente:x/>` },
    ],
    [
      "older graph data in <meta>, with an <entente:graph> elsewhere",
      { meta: data, inGraph: "<entente:graph/>" },
    ],
    [
      "graph data split by an element inside <options>",
      { options: `<options>${esc(graph).replace(",", ",<x>junk</x>")}</options>` },
    ],
    [
      "elements that hold other attribute values after their entry",
      {
        options: `<options>${esc(graph)}</options>`,
        nodeValues: `${value(node)}<attvalue for="0" value="x"/>`,
      },
    ],
  ])("comes back whole from %s", (_, parts) => {
    const outcome = ok(importGexf(own(parts)));
    expect(outcome.report.format).toBe("GEXF 1.3 file written by Entente");
    expect(outcome.doc).toEqual({ ...graph, nodes: [node], edges: [edge] });
  });

  it.each([
    ["a <graph> in <meta> without the entente prefix", { meta: `<graph>${esc(graph)}</graph>` }],
    [
      "graph data in <options> not right inside the attribute",
      { options: `<x><options>${esc(graph)}</options></x>` },
    ],
  ])("is read like any GEXF from %s", (_, parts) => {
    const outcome = ok(importGexf(own(parts)));
    expect(outcome.report.format).toBe("GEXF 1.3 file");
    expect(outcome.doc.nodes.map((n) => [n.id, n.label])).toEqual([["a", "Other"]]);
  });

  it("reads no entry as an attribute when it has no graph data", () => {
    const outcome = ok(importGexf(own()));
    expect(outcome.report.format).toBe("GEXF 1.3 file");
    expect(outcome.report).not.toHaveProperty("attributes");
    expect(outcome.doc.nodes.map((n) => [n.id, n.label, n.summary])).toEqual([
      ["a", "Other", undefined],
    ]);
  });
});
