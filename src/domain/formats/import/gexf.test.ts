import { describe, expect, it } from "vitest";
import { importGexf } from "./gexf";
import type { ImportOutcome } from "./report";

const ok = (outcome: ImportOutcome) => {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.report));
  return outcome;
};

/** A GEXF 1.3 file with one graph holding the given XML. */
const file = (inner: string, graph = "", root = 'version="1.3"') =>
  `<gexf ${root} xmlns:viz="http://gexf.net/1.3/viz"><graph ${graph}>${inner}</graph></gexf>`;

const notes = (outcome: ImportOutcome) => outcome.report.notes.map((n) => [n.severity, n.message]);

const nodes = (text: string, mappings?: Parameters<typeof importGexf>[2]) =>
  ok(importGexf(text, undefined, mappings)).doc.nodes;

const NO_STANCE = ["info", "no edge names a stance: every relationship is shown as neutral"];
const UNDIRECTED = (n: number) => [
  "info",
  `undirected edges are drawn from source to target (${n})`,
];

describe("GEXF colours and places", () => {
  it.each([
    ['<viz:color hex="#AbCdEf"/>', "#abcdef"],
    ['<viz:color r="255" g="128" b="0"/>', "#ff8000"],
    ['<viz:color r="300" g="-5" b="10.7"/>', "#ff000a"],
    ['<viz:color r="1"/>', "#010000"],
    ['<viz:color g="17" b="x"/>', "#001100"],
  ])("reads a node's %s as %s", (color, hex) => {
    expect(nodes(file(`<nodes><node id="a">${color}</node></nodes>`))[0]?.color).toBe(hex);
  });

  it("reads an edge's colour, and none when it has none", () => {
    const outcome = ok(
      importGexf(
        file(
          '<nodes><node id="a"/></nodes><edges><edge id="x" source="a" target="a"><viz:color r="0" g="0" b="255"/></edge><edge id="y" source="a" target="a"/></edges>',
          'defaultedgetype="directed"',
        ),
      ),
    );
    expect(outcome.doc.edges.map((e) => [e.id, e.color])).toEqual([
      ["x", "#0000ff"],
      ["y", undefined],
    ]);
  });

  it("takes no colour or place from elements inside something else than a node or edge", () => {
    const [a] = nodes(
      file(
        '<nodes><node id="a"><attvalues><viz:color hex="#ff0000"/><viz:position x="1" y="2"/></attvalues></node></nodes>',
      ),
    );
    expect([a?.color, a?.position]).toEqual([undefined, undefined]);
  });

  it("turns Gephi's upward y axis down, and takes no place without two numbers", () => {
    const read = nodes(
      file(
        '<nodes><node id="a"><viz:position x="3" y="4" z="0"/></node><node id="b"><viz:position x="-2.5" y="0"/></node><node id="c"><viz:position x="1"/></node><node id="d"><viz:position x="q" y="1"/></node></nodes>',
      ),
    );
    expect(read.map((n) => [n.id, n.position])).toEqual([
      ["a", { x: 3, y: -4 }],
      ["b", { x: -2.5, y: 0 }],
      ["c", undefined],
      ["d", undefined],
    ]);
    expect(Object.is(read[1]?.position?.y, 0)).toBe(true);
  });

  it("prefers the viz colour and place over attributes that name them", () => {
    const text = file(
      '<attributes class="node"><attribute id="c" title="color"/><attribute id="x" title="x"/><attribute id="y" title="y"/></attributes><nodes><node id="a"><attvalues><attvalue for="c" value="#00ff00"/></attvalues></node><node id="b"><attvalues><attvalue for="c" value="#00ff00"/></attvalues><viz:color hex="#ff0000"/><viz:position x="1" y="1"/></node></nodes>',
    );
    expect(nodes(text).map((n) => [n.id, n.color, n.position])).toEqual([
      ["a", "#00ff00", undefined],
      ["b", "#ff0000", { x: 1, y: -1 }],
    ]);
  });
});

describe("GEXF file names", () => {
  it.each([
    ['version="1.2"', "", "GEXF 1.2 file"],
    ['xmlns="http://gexf.net/1.3"', "", "GEXF 1.3 file"],
    ['xmlns="http://gexf.net/1.3/"', "", "GEXF 1.3 file"],
    ['xmlns="http://www.gexf.net/1.2draft"', "", "GEXF 1.2 file"],
    ['xmlns="http://www.gexf.net/1.2draft/x"', "", "GEXF file"],
    ['xmlns="http://www.gephi.org/gexf/"', "", "GEXF 1.0 file"],
    ['xmlns="http://www.gephi.org/gexf/1"', "", "GEXF file"],
    ['xmlns="http://example.org/gexf"', "", "GEXF file"],
    ["", "", "GEXF file"],
    ['version="1.3"', "<creator>Gephi 0.10.1</creator>", "GEXF 1.3 file (Gephi)"],
    ['version="1.3"', "<creator>  Gephi Lite 0.4 beta </creator>", "GEXF 1.3 file (Gephi Lite)"],
    ['version="1.3"', "<creator>NetworkX 3.1</creator>", "GEXF 1.3 file (NetworkX)"],
    ['version="1.3"', "<creator>igraph</creator>", "GEXF 1.3 file (igraph)"],
    ["", "<creator>graphology-gexf</creator>", "GEXF file (graphology-gexf)"],
    ['version="1.3"', "<creator> </creator>", "GEXF 1.3 file"],
  ])("<gexf %s> with meta %j is a %s", (root, meta, format) => {
    const outcome = ok(
      importGexf(`<gexf ${root}><meta>${meta}</meta><graph><nodes/></graph></gexf>`),
    );
    expect(outcome.report.format).toBe(format);
    expect(outcome.doc.imported?.format).toBe(format);
  });

  it("names a file it cannot read by what it read of it", () => {
    const outcome = importGexf('<gexf version="1.2"><meta><creator>Gephi 0.9</creator></meta>');
    expect(outcome.report.format).toBe("GEXF 1.2 file (Gephi)");
  });

  it("takes a creator only from the meta element, and the title from its description", () => {
    const outcome = ok(
      importGexf(
        '<gexf version="1.3"><meta><creator>Gephi</creator><description> Friends of Ada\n</description><keywords>x</keywords></meta><graph><creator>Other</creator><description>Not this</description><nodes/></graph></gexf>',
        "f.gexf",
      ),
    );
    expect([outcome.report.format, outcome.doc.title]).toEqual([
      "GEXF 1.3 file (Gephi)",
      "Friends of Ada",
    ]);
  });

  it.each([
    ["x".repeat(120), "x".repeat(120)],
    ["x".repeat(121), "f.gexf"],
    ["   ", "f.gexf"],
  ])("takes a description of up to 120 characters as the title", (description, title) => {
    const outcome = ok(
      importGexf(
        `<gexf version="1.3"><meta><description>${description}</description></meta><graph><nodes/></graph></gexf>`,
        "f.gexf",
      ),
    );
    expect(outcome.doc.title).toBe(title);
  });
});

describe("GEXF dates", () => {
  it("reads an element's start and end, open or as a timestamp", () => {
    const read = nodes(
      file(
        '<nodes><node id="a" start="2001" end="2002"/><node id="b" startopen="2003" endopen="2004"/><node id="c" timestamp="2005"/><node id="d" start="2006" startopen="1900" timestamp="1800" end="2007" endopen="2999"/><node id="e" end="2008"/></nodes>',
        'mode="dynamic" timeformat="date"',
      ),
    );
    expect(read.map((n) => [n.id, n.start, n.end])).toEqual([
      ["a", "2001", "2002"],
      ["b", "2003", "2004"],
      ["c", "2005", "2005"],
      ["d", "2006", "2007"],
      ["e", undefined, "2008"],
    ]);
  });

  it("spans an element's spells from the first start to the last end, and says so", () => {
    const outcome = ok(
      importGexf(
        file(
          '<nodes><node id="a"><spells><spell start="2005" end="2006"/><spell start="2001" end="2002"/><spell startopen="2003"/></spells></node><node id="b" start="2010"><spells><spell end="2012"/></spells></node><node id="c"><spells><spell timestamp="2020"/></spells></node><node id="d" end="2030"><spells><spell end="2025"/><spell start="2024"/></spells></node></nodes>',
          'mode="dynamic"',
        ),
      ),
    );
    expect(outcome.doc.nodes.map((n) => [n.id, n.start, n.end])).toEqual([
      ["a", "2001", "2006"],
      ["b", "2010", "2012"],
      ["c", "2020", "2020"],
      ["d", "2024", "2030"],
    ]);
    expect(notes(outcome)).toEqual([
      ["info", "elements with several spells span from the first start to the last end (2)"],
    ]);
    expect(outcome.report.read).toEqual([
      "4 nodes",
      "0 edges",
      'dynamic graph, time format "double"',
    ]);
  });

  it("reads an edge's dates and its spells", () => {
    const outcome = ok(
      importGexf(
        file(
          '<nodes><node id="a"/></nodes><edges><edge source="a" target="a" start="2001"><spells><spell end="2004"/></spells></edge></edges>',
          'mode="dynamic" timeformat="date" defaultedgetype="directed"',
        ),
      ),
    );
    expect(outcome.doc.edges.map((e) => [e.start, e.end])).toEqual([["2001", "2004"]]);
    expect(outcome.report.read).toEqual(["1 node", "1 edge", 'dynamic graph, time format "date"']);
  });

  it("reads the time of an attribute value, open or as a timestamp", () => {
    const outcome = ok(
      importGexf(
        file(
          '<attributes class="edge"><attribute id="s" title="stance"/></attributes><nodes><node id="a"/></nodes><edges><edge id="e" source="a" target="a"><attvalues><attvalue for="s" value="allies" startopen="2001" endopen="2002"/><attvalue for="s" value="rivals" timestamp="2003"/><attvalue for="s" value="neutral"/></attvalues></edge></edges>',
          'defaultedgetype="directed"',
        ),
      ),
    );
    expect(outcome.doc.edges.map((e) => [e.id, e.stance, e.start, e.end])).toEqual([
      ["e", "neutral", undefined, undefined],
      ["e#2", "alliance", "2001", "2002"],
      ["e#3", "rivalry", "2003", "2003"],
    ]);
  });
});

describe("GEXF nodes and edges", () => {
  it("drops nodes without an id and edges without both ends, and counts them", () => {
    const outcome = ok(
      importGexf(
        file(
          '<nodes><node label="x"/><node id="a"/><node label="y"/></nodes><edges><edge source="a"/><edge target="a"/><edge source="a" target="a" type="directed"/></edges>',
        ),
      ),
    );
    expect(outcome.doc.nodes.map((n) => n.id)).toEqual(["a"]);
    expect(outcome.doc.edges).toHaveLength(1);
    expect(notes(outcome)).toEqual([
      ["warning", "nodes without an id were dropped (2)"],
      ["warning", "edges without a source or target were dropped (2)"],
      NO_STANCE,
    ]);
  });

  it("flattens a node that names a parent, and says so", () => {
    const outcome = ok(
      importGexf(file('<nodes><node id="a"/><node id="b" pid="a"/><node id="c"/></nodes>')),
    );
    expect(outcome.doc.nodes.map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect(notes(outcome)).toEqual([
      [
        "warning",
        "hierarchy: nodes inside other nodes were flattened (their parent link dropped) (1)",
      ],
    ]);
  });

  it.each([
    ["", 'type="directed"', []],
    ['defaultedgetype="directed"', "", []],
    ['defaultedgetype="directed"', 'type="undirected"', [UNDIRECTED(1)]],
    ['defaultedgetype="mutual"', "", [UNDIRECTED(1)]],
    ["", "", [UNDIRECTED(1)]],
  ])("with <graph %s> and <edge %s> notes undirected edges", (graph, edge, said) => {
    const outcome = ok(
      importGexf(
        file(
          `<nodes><node id="a"/></nodes><edges><edge source="a" target="a" ${edge}/></edges>`,
          graph,
        ),
      ),
    );
    expect(notes(outcome)).toEqual([...said, NO_STANCE]);
  });

  it("reads an edge's label and kind as its relation, with its id", () => {
    const outcome = ok(
      importGexf(
        file(
          '<nodes><node id="a"/></nodes><edges><edge id="e1" source="a" target="a" label="mentors" kind="x"/><edge id="e2" source="a" target="a" kind="rivals"/></edges>',
          'defaultedgetype="directed"',
        ),
      ),
    );
    expect(outcome.doc.edges.map((e) => [e.id, e.relation, e.stance])).toEqual([
      ["e1", "mentors", "neutral"],
      ["e2", "rivals", "rivalry"],
    ]);
  });

  it("takes the node's label attribute first unless the mapping chose another for it", () => {
    const text = file(
      '<attributes class="node"><attribute id="0" title="name"/></attributes><nodes><node id="a" label="A1"><attvalues><attvalue for="0" value="Ada"/></attvalues></node></nodes>',
    );
    expect(nodes(text).map((n) => [n.label, n.summary])).toEqual([["A1", "name: Ada"]]);
    expect(nodes(text, [{ name: "relation" }, {}]).map((n) => [n.label, n.summary])).toEqual([
      ["A1", "relation: Ada"],
    ]);
    expect(nodes(text, [{ name: "label" }, {}]).map((n) => [n.label, n.summary])).toEqual([
      ["Ada", "label: A1"],
    ]);
  });

  it("reads an attribute value by its declared title, by its id, or by the id of 1.1 files", () => {
    const outcome = ok(
      importGexf(
        file(
          '<attributes class="node"><attribute id="0" title="Role"/><attribute id="1"/></attributes><attributes class="edge"><attribute id="0" title="Weight"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="chair"/><attvalue for="1" value="x"/><attvalue id="2" value="y"/><attvalue value="z"/><attvalue for="3"/></attvalues></node></nodes><edges><edge source="a" target="a" type="directed"><attvalues><attvalue for="0" value="2"/></attvalues></edge></edges>',
        ),
      ),
    );
    expect(outcome.doc.nodes.map((n) => n.summary)).toEqual(["Role: chair; 1: x; 2: y; : z"]);
    expect(notes(outcome)).toEqual([
      ["info", 'edge attribute "Weight" dropped: relationships have no place for it (1)'],
      NO_STANCE,
    ]);
    expect(outcome.report.read).toEqual([
      "1 node",
      "1 edge",
      "2 node attributes",
      "1 edge attribute",
    ]);
  });

  it("reads attributes of a class it does not name as node attributes", () => {
    const outcome = ok(
      importGexf(
        file(
          '<attributes><attribute id="0" title="Role"/></attributes><attributes class="other"><attribute id="1" title="Team"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="chair"/><attvalue for="1" value="red"/></attvalues></node></nodes>',
        ),
      ),
    );
    expect(outcome.doc.nodes.map((n) => n.summary)).toEqual(["Role: chair; Team: red"]);
    expect(outcome.report.read).toEqual(["1 node", "0 edges", "2 node attributes"]);
  });

  it("offers the mapping step the file's attributes with their first values", () => {
    const outcome = ok(
      importGexf(
        file(
          '<attributes class="node"><attribute id="0" title="shoe size"/><attribute id="entente:element" title="entente:element"/></attributes><attributes class="edge"><attribute id="w" title="Weight"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="42"/></attvalues></node><node id="b"/></nodes><edges><edge source="a" target="b" type="directed"><attvalues><attvalue for="w" value="3"/></attvalues></edge></edges>',
        ),
      ),
    );
    expect(outcome.report.attributes).toEqual([
      { name: "nodes", headers: ["shoe size"], rows: [{ "shoe size": "42" }, {}], errors: [] },
      { name: "edges", headers: ["Weight"], rows: [{ Weight: "3" }], errors: [] },
    ]);
  });

  it("offers no mapping step when every attribute's name is known", () => {
    const outcome = ok(
      importGexf(
        file(
          '<attributes class="node"><attribute id="0" title="description"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="chair"/></attvalues></node></nodes>',
        ),
      ),
    );
    expect(outcome.report.attributes).toBeUndefined();
    expect(outcome.doc.nodes.map((n) => n.summary)).toEqual(["chair"]);
  });
});

describe("GEXF files with several graphs, or none", () => {
  it("reads only the first graph, and only the nodes and edges of its lists", () => {
    const outcome = ok(
      importGexf(
        '<gexf version="1.3"><graph defaultedgetype="directed"><attributes class="node"><attribute id="0" title="Role"/></attributes><node id="stray"/><nodes><node id="a"><attvalues><attvalue for="0" value="chair"/></attvalues></node></nodes><edges><edge source="a" target="b"/></edges></graph><graph mode="dynamic"><attributes class="node"><attribute id="1" title="Team"/></attributes><nodes><node id="c"/></nodes><edges><edge source="c" target="a"/></edges></graph></gexf>',
      ),
    );
    expect(outcome.doc.nodes.map((n) => [n.id, n.summary])).toEqual([
      ["a", "Role: chair"],
      ["b", undefined],
    ]);
    expect(outcome.doc.edges.map((e) => [e.source, e.target])).toEqual([["a", "b"]]);
    expect(outcome.report.read).toEqual(["2 nodes", "1 edge", "1 node attribute"]);
    expect(notes(outcome)).toEqual([
      ["warning", "only the first of 2 graphs was read"],
      ["info", "nodes named only by an edge were added (1)"],
      NO_STANCE,
    ]);
  });

  it("takes no graph inside a graph as a second one", () => {
    const outcome = ok(
      importGexf(file('<nodes><node id="a"><graph><nodes/></graph></node></nodes>')),
    );
    expect(notes(outcome)).toEqual([]);
  });

  it("refuses a file without a graph", () => {
    expect(importGexf('<gexf version="1.3"><meta/></gexf>')).toEqual({
      ok: false,
      report: {
        format: "GEXF 1.3 file",
        read: [],
        mapped: [],
        notes: [{ severity: "fatal", message: "the file has no <graph> element" }],
      },
    });
  });

  it("refuses malformed XML", () => {
    expect(importGexf("<gexf><graph></gexf>")).toEqual({
      ok: false,
      report: {
        format: "GEXF file",
        read: [],
        mapped: [],
        notes: [
          {
            severity: "fatal",
            message: "it is not well-formed XML at line 1, column 20: unexpected close tag.",
          },
        ],
      },
    });
  });
});

describe("Entente's own GEXF", () => {
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
  const entry = (v: unknown) =>
    `<attvalues><attvalue for="entente:element" value="${esc(v)}"/></attvalues>`;
  const own = ({
    nodeAttributes = `<attribute id="entente:element" title="entente:element"><options>${esc(graph)}</options></attribute>`,
    edgeAttributes = '<attribute id="entente:element" title="entente:element"/>',
    nodeEntry = entry(node),
  } = {}) =>
    `<gexf version="1.3"><graph defaultedgetype="directed"><attributes class="node">${nodeAttributes}</attributes><attributes class="edge">${edgeAttributes}</attributes><nodes><node id="a" label="Other">${nodeEntry}</node></nodes><edges><edge id="e" source="a" target="a">${entry(edge)}</edge></edges></graph></gexf>`;

  it("comes back whole from its graph data and its elements' entries", () => {
    const outcome = ok(importGexf(own()));
    expect(outcome.report.format).toBe("GEXF 1.3 file written by Entente");
    expect(outcome.doc).toEqual({ ...graph, nodes: [node], edges: [edge] });
  });

  it.each([
    ["an element lacks its entry", { nodeEntry: "" }],
    [
      "the graph data is in another attribute",
      {
        nodeAttributes: `<attribute id="other" title="other"><options>${esc(graph)}</options></attribute>`,
      },
    ],
    [
      "the graph data is in an edge attribute",
      {
        nodeAttributes: '<attribute id="entente:element" title="entente:element"/>',
        edgeAttributes: `<attribute id="entente:element" title="entente:element"><options>${esc(graph)}</options></attribute>`,
      },
    ],
  ])("is read like any GEXF when %s", (_, parts) => {
    const outcome = ok(importGexf(own(parts)));
    expect(outcome.report.format).toBe("GEXF 1.3 file");
    expect(outcome.doc.nodes.map((n) => [n.id, n.label])).toEqual([["a", "Other"]]);
    expect(outcome.doc.edges.map((e) => [e.id, e.stance])).toEqual([["e", "neutral"]]);
  });

  it("comes back whole though an edge attribute has options of its own", () => {
    const text = own({
      edgeAttributes:
        '<attribute id="entente:element" title="entente:element"><options>{"x":1}</options></attribute>',
    });
    expect(ok(importGexf(text)).doc).toEqual({ ...graph, nodes: [node], edges: [edge] });
  });

  it("takes graph data from an attribute's options over older graph data in <meta>", () => {
    const text = own().replace(
      "<graph ",
      `<meta><entente:graph>${esc({ ...graph, title: "Old" })}</entente:graph></meta><graph `,
    );
    expect(ok(importGexf(text)).doc.title).toBe("T");
  });
});

describe("GEXF outside its graph", () => {
  it("reads nothing before the graph", () => {
    const outcome = ok(
      importGexf(
        '<gexf version="1.3"><attributes class="edge"><attribute id="0" title="Stray"/></attributes><nodes><node id="x"/></nodes><graph><attributes class="node"><attribute id="1" title="Role"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="v"/><attvalue for="1" value="w"/></attvalues></node></nodes></graph></gexf>',
      ),
    );
    expect(outcome.doc.nodes.map((n) => [n.id, n.summary])).toEqual([["a", "0: v; Role: w"]]);
    expect(outcome.report.read).toEqual(["1 node", "0 edges", "1 node attribute"]);
  });
});

describe("GEXF odd corners", () => {
  it("names a file without any element a GEXF file", () => {
    expect(importGexf("not xml").report.format).toBe("GEXF file");
  });

  it("drops a creator's version after several spaces", () => {
    const outcome = ok(
      importGexf(
        '<gexf version="1.3"><meta><creator>Gephi  0.10.1</creator></meta><graph/></gexf>',
      ),
    );
    expect(outcome.report.format).toBe("GEXF 1.3 file (Gephi)");
  });

  it("reads an attribute outside any <attributes> as a node attribute", () => {
    const outcome = ok(
      importGexf(
        file(
          '<attribute id="0" title="Role"/><nodes><node id="a"><attvalues><attvalue for="0" value="chair"/></attvalues></node></nodes>',
        ),
      ),
    );
    expect(outcome.doc.nodes.map((n) => n.summary)).toEqual(["Role: chair"]);
    expect(outcome.report.read).toEqual(["1 node", "0 edges", "1 node attribute"]);
  });

  it("keeps the latest value of a node attribute that changes, and says so", () => {
    const outcome = ok(
      importGexf(
        file(
          '<attributes class="node"><attribute id="0" title="Role"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="chair" start="2001"/><attvalue for="0" value="member" start="2000"/></attvalues></node></nodes>',
        ),
      ),
    );
    expect(outcome.doc.nodes.map((n) => n.summary)).toEqual(["Role: chair"]);
    expect(notes(outcome)).toEqual([
      [
        "warning",
        'node attribute "Role" changes over time: only its latest value was kept, on nodes (1)',
      ],
    ]);
  });
});
