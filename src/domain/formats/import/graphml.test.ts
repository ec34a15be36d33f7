import { describe, expect, it } from "vitest";
import { importGraphml } from "./graphml";
import type { ImportOutcome } from "./report";

const ok = (outcome: ImportOutcome) => {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.report));
  return outcome;
};

const notes = (outcome: ImportOutcome) => outcome.report.notes.map((n) => [n.severity, n.message]);
const NO_STANCE = ["info", "no edge names a stance: every relationship is shown as neutral"];

/** A GraphML file: keys, then one graph holding the given XML. */
const file = (keys: string, inner: string) =>
  `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}<graph edgedefault="directed">${inner}</graph></graphml>`;

const read = (text: string, mappings?: Parameters<typeof importGraphml>[2]) =>
  ok(importGraphml(text, "f.graphml", mappings));

describe("GraphML keys", () => {
  it.each([["int"], ["long"], ["float"], ["double"]])(
    "reads the value of a key typed %s as a number",
    (type) => {
      const { doc } = read(
        file(
          `<key id="kx" for="node" attr.name="x" attr.type="${type}"/><key id="ky" for="node" attr.name="y" attr.type="${type}"/>`,
          '<node id="a"><data key="kx">12</data><data key="ky">-3.5</data></node><node id="b"><data key="kx">q</data><data key="ky">1</data></node>',
        ),
      );
      expect(doc.nodes.map((n) => [n.id, n.position, n.summary])).toEqual([
        ["a", { x: 12, y: -3.5 }, undefined],
        ["b", undefined, "x: q"],
      ]);
    },
  );

  it.each([["string"], ["boolean"], [""]])("reads a key typed %j as text", (type) => {
    const typeAttr = type === "" ? "" : ` attr.type="${type}"`;
    const { doc } = read(
      file(
        `<key id="kx" for="node" attr.name="x"${typeAttr}/><key id="ky" for="node" attr.name="y"${typeAttr}/>`,
        '<node id="a"><data key="kx">1</data><data key="ky">2</data></node>',
      ),
    );
    expect(doc.nodes.map((n) => [n.position, n.summary])).toEqual([[undefined, "x: 1; y: 2"]]);
  });

  it("names a key by its attr.name, else its yfiles.type, else its id", () => {
    const outcome = read(
      file(
        '<key id="d0" for="node" attr.name="Role"/><key id="d1" for="node" yfiles.type="resources"/><key id="d2" for="node"/><key for="node" attr.name="nameless"/>',
        '<node id="a"><data key="d0">chair</data><data key="d1">r</data><data key="d2">z</data></node>',
      ),
    );
    expect(outcome.doc.nodes.map((n) => n.summary)).toEqual(["Role: chair; resources: r; d2: z"]);
    expect(outcome.report.read).toEqual(["1 node", "0 edges", "3 node keys", "0 edge keys"]);
  });

  it("takes a key for no domain, or for all, as a key for nodes and edges", () => {
    const outcome = read(
      file(
        '<key id="k1" attr.name="weight"><default>1</default></key><key id="k2" for="all" attr.name="colour"/><key id="k3" for="graph" attr.name="title"/><key id="k4" for="edge" attr.name="stance"><default>allies</default></key>',
        '<node id="a"><data key="k2">#ff0000</data></node><edge source="a" target="a"><data key="k2">#00ff00</data></edge>',
      ),
    );
    expect(outcome.doc.nodes.map((n) => [n.color, n.summary])).toEqual([["#ff0000", "weight: 1"]]);
    expect(outcome.doc.edges.map((e) => [e.color, e.stance])).toEqual([["#00ff00", "alliance"]]);
    expect(outcome.report.read).toEqual(["1 node", "1 edge", "2 node keys", "3 edge keys"]);
    expect(outcome.report.attributes).toEqual([
      {
        name: "nodes",
        headers: ["weight", "colour"],
        rows: [{ weight: "1", colour: "#ff0000" }],
        errors: [],
      },
      {
        name: "edges",
        headers: ["weight", "colour", "stance"],
        rows: [{ colour: "#00ff00", weight: "1", stance: "allies" }],
        errors: [],
      },
    ]);
  });

  it("fills a key's default, typed, where an element gives no value, and only in its domain", () => {
    const { doc } = read(
      file(
        '<key id="kx" for="node" attr.name="x" attr.type="double"><desc>ignored</desc><default>5</default></key><key id="ky" for="node" attr.name="y" attr.type="double"><default>6</default></key><key id="r" for="edge" attr.name="relation"><default>knows</default></key>',
        '<node id="a"/><node id="b"><data key="kx">1</data></node><edge source="a" target="b"/><edge source="b" target="a"><data key="r">helps</data></edge>',
      ),
    );
    expect(doc.nodes.map((n) => [n.id, n.position, n.summary])).toEqual([
      ["a", { x: 5, y: 6 }, undefined],
      ["b", { x: 1, y: 6 }, undefined],
    ]);
    expect(doc.edges.map((e) => e.relation)).toEqual(["knows", "helps"]);
  });

  it("takes a default only from inside its key", () => {
    const { doc } = read(
      file(
        '<key id="r" for="edge" attr.name="relation"/><default>stray</default>',
        '<node id="a"><default>x</default></node><edge source="a" target="a"/>',
      ),
    );
    expect(doc.edges.map((e) => e.relation)).toEqual(["linked to"]);
    expect(doc.nodes.map((n) => n.summary)).toEqual([undefined]);
  });

  it("reads only keys declared at the top", () => {
    const outcome = read(
      file(
        '<key id="k" for="node" attr.name="Role"/>',
        '<key id="k" for="node" attr.name="Team"/><node id="a"><data key="k">red</data></node>',
      ),
    );
    expect(outcome.doc.nodes.map((n) => n.summary)).toEqual(["Role: red"]);
  });
});

describe("GraphML data", () => {
  it("reads data for an undeclared key under its id, and none without a key", () => {
    const outcome = read(
      file(
        "",
        '<node id="a"><data key="Team">red</data><data>lost</data></node><node id="b"><data key="Team">blue</data></node>',
      ),
    );
    expect(outcome.doc.nodes.map((n) => n.summary)).toEqual(["Team: red", "Team: blue"]);
    expect(notes(outcome)).toEqual([
      ["warning", 'data for an undeclared key "Team" was read under that name (2)'],
    ]);
  });

  it("keeps the last of several values of one key on a node, with a warning", () => {
    const outcome = read(
      file(
        '<key id="k" for="node" attr.name="Role"/>',
        '<node id="a"><data key="k">clerk</data><data key="k">chair</data></node>',
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

  it("reads the text of a data element in pieces, around comments", () => {
    const { doc } = read(
      file(
        '<key id="k" for="node" attr.name="Role"/>',
        '<node id="a"><data key="k">ch<!-- x -->air</data></node>',
      ),
    );
    expect(doc.nodes.map((n) => n.summary)).toEqual(["Role: chair"]);
  });

  it("drops nodes without an id and edges without both ends, and counts them", () => {
    const outcome = read(
      file(
        "",
        '<node/><node id="a"/><edge source="a"/><edge target="a"/><edge id="e" source="a" target="a"/>',
      ),
    );
    expect(outcome.doc.nodes.map((n) => n.id)).toEqual(["a"]);
    expect(outcome.doc.edges.map((e) => e.id)).toEqual(["e"]);
    expect(notes(outcome)).toEqual([
      ["warning", "nodes without an id were dropped (1)"],
      ["warning", "edges without a source or target were dropped (2)"],
      NO_STANCE,
    ]);
  });

  it("drops ports, nested graphs and hyperedges, and says so", () => {
    const outcome = read(
      file(
        "",
        '<node id="a"><port name="p"/><port name="q"/><graph id="g"><node id="x"/></graph></node><hyperedge><data key="w">2</data><endpoint node="a"/></hyperedge><hyperedge/><edge source="a" target="a"/>',
      ),
    );
    expect(outcome.doc.nodes.map((n) => n.id)).toEqual(["a"]);
    expect(notes(outcome)).toEqual([
      ["warning", "2 hyperedges dropped: Entente's relationships join two nodes"],
      ["info", "ports were dropped (2)"],
      ["warning", "hierarchy: nested graphs inside nodes were dropped (1)"],
      NO_STANCE,
    ]);
  });

  it("says nothing of hyperedges when there are none", () => {
    expect(notes(read(file("", '<node id="a"/>')))).toEqual([]);
  });

  it("offers the mapping step the file's plain keys with their first values", () => {
    const outcome = read(
      file(
        '<key id="g" for="node" yfiles.type="nodegraphics"/><key id="e" for="node" attr.name="entente:element"/><key id="s" for="node" attr.name="shoe size"/><key id="w" for="edge" attr.name="Weight"/>',
        '<node id="a"><data key="s">42</data></node><node id="b"/><edge source="a" target="a"><data key="w">3</data></edge>',
      ),
    );
    expect(outcome.report.attributes).toEqual([
      { name: "nodes", headers: ["shoe size"], rows: [{ "shoe size": "42" }, {}], errors: [] },
      { name: "edges", headers: ["Weight"], rows: [{ Weight: "3" }], errors: [] },
    ]);
  });

  it("offers no mapping step when every key's name is known", () => {
    const outcome = read(
      file(
        '<key id="d" for="node" attr.name="description"/>',
        '<node id="a"><data key="d">chair</data></node>',
      ),
    );
    expect(outcome.report.attributes).toBeUndefined();
  });

  it("reads keys by the names the mapping chose, and splits an edge by a changing one", () => {
    const outcome = read(
      file(
        '<key id="n" for="node" attr.name="full name"/><key id="f" for="edge" attr.name="feeling"/>',
        '<node id="a"><data key="n">Ada</data></node><edge id="e" source="a" target="a"><data key="f">allies</data><data key="f">rivals</data></edge>',
      ),
      [{ "full name": "label" }, { feeling: "stance" }],
    );
    expect(outcome.doc.nodes.map((n) => n.label)).toEqual(["Ada"]);
    expect(outcome.doc.edges.map((e) => [e.id, e.stance])).toEqual([
      ["e", "alliance"],
      ["e#2", "rivalry"],
    ]);
  });

  it("names the document by the file", () => {
    const { doc } = read(file("", '<node id="a"/>'));
    expect([doc.title, doc.imported]).toEqual([
      "f.graphml",
      { format: "GraphML file", file: "f.graphml" },
    ]);
  });
});

describe("yEd's graphics", () => {
  it("reads a node's label, fill colour and the centre of its geometry", () => {
    const { doc } = read(
      file(
        '<key id="d0" for="node" yfiles.type="nodegraphics"/><key id="d1" for="edge" yfiles.type="edgegraphics"/>',
        `<node id="n0"><data key="d0"><y:ShapeNode><y:Geometry height="30.0" width="40.0" x="10.0" y="20.0"/><y:Fill color="#FFCC00CC" transparent="false"/><y:BorderStyle color="#000000"/><y:NodeLabel>  Ada  </y:NodeLabel><y:NodeLabel> </y:NodeLabel></y:ShapeNode></data></node>
        <node id="n1"><data key="d0"><y:ShapeNode><y:Geometry x="1" y="2"/><y:Fill transparent="true"/></y:ShapeNode></data></node>
        <node id="n2"><data key="d0"><y:ShapeNode><y:BorderStyle color="#000000"/></y:ShapeNode></data></node>
        <edge source="n0" target="n1"><data key="d1"><y:PolyLineEdge><y:LineStyle color="#0000FF" type="line"/><y:EdgeLabel>helps</y:EdgeLabel></y:PolyLineEdge></data></edge>`,
      ),
    );
    expect(doc.nodes.map((n) => [n.id, n.label, n.color, n.position])).toEqual([
      ["n0", "Ada", "#ffcc00", { x: 30, y: 35 }],
      ["n1", "n1", undefined, { x: 1, y: 2 }],
      ["n2", "n2", undefined, undefined],
    ]);
    expect(doc.edges.map((e) => [e.color, e.relation])).toEqual([["#0000ff", "linked to"]]);
  });

  it("takes graphics only from inside a data element", () => {
    const { doc } = read(
      file(
        "",
        '<node id="n0"><y:ShapeNode><y:Fill color="#FFCC00"/><y:NodeLabel>Ada</y:NodeLabel></y:ShapeNode></node>',
      ),
    );
    expect(doc.nodes.map((n) => [n.label, n.color])).toEqual([["n0", undefined]]);
  });
});

describe("GraphML files with several graphs, or none", () => {
  it("reads only the first graph", () => {
    const outcome = read(
      '<graphml><key id="k" for="node" attr.name="Role"/><graph><node id="a"><data key="k">chair</data></node></graph><graph><node id="b"><data key="k">x</data></node><edge source="b" target="a"/><hyperedge/></graph></graphml>',
    );
    expect(outcome.doc.nodes.map((n) => [n.id, n.summary])).toEqual([["a", "Role: chair"]]);
    expect(outcome.doc.edges).toEqual([]);
    expect(notes(outcome)).toEqual([["warning", "only the first of 2 graphs was read"]]);
  });

  it("refuses a file without a graph", () => {
    expect(importGraphml('<graphml><key id="k"/></graphml>')).toEqual({
      ok: false,
      report: {
        format: "GraphML file",
        read: [],
        mapped: [],
        notes: [{ severity: "fatal", message: "the file has no <graph> element" }],
      },
    });
  });

  it("refuses malformed XML", () => {
    expect(importGraphml("<graphml><graph></graphml>")).toEqual({
      ok: false,
      report: {
        format: "GraphML file",
        read: [],
        mapped: [],
        notes: [
          {
            severity: "fatal",
            message: "it is not well-formed XML at line 1, column 26: unexpected close tag.",
          },
        ],
      },
    });
  });
});

describe("Entente's own GraphML", () => {
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
  const esc = (v: unknown) => JSON.stringify(v).replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const KEYS =
    '<key id="g" for="graph" attr.name="entente:graph"/><key id="n" for="node" attr.name="entente:element"/><key id="e" for="edge" attr.name="entente:element"/><key id="t" for="graph" attr.name="title"/>';
  const own = (keys = KEYS, graphData = `<data key="g">${esc(graph)}</data>`) =>
    `<graphml>${keys}<graph><data key="t">Other</data>${graphData}<node id="a"><data key="n">${esc(node)}</data></node><edge id="e" source="a" target="a"><data key="e">${esc(edge)}</data></edge></graph></graphml>`;

  it("comes back whole from its graph data and its elements' entries", () => {
    const outcome = ok(importGraphml(own()));
    expect(outcome.report.format).toBe("GraphML file written by Entente");
    expect(outcome.doc).toEqual({ ...graph, nodes: [node], edges: [edge] });
  });

  it.each([
    ["without the graph key", KEYS.replace('attr.name="entente:graph"', 'attr.name="other"')],
    [
      "with the graph key for nodes",
      KEYS.replace('for="graph" attr.name="entente:graph"', 'for="node" attr.name="entente:graph"'),
    ],
    [
      "without the node key",
      KEYS.replace('for="node" attr.name="entente:element"', 'for="node" attr.name="other"'),
    ],
    [
      "with the node key for all",
      KEYS.replace(
        'for="node" attr.name="entente:element"',
        'for="all" attr.name="entente:element"',
      ),
    ],
    [
      "without the edge key",
      KEYS.replace('for="edge" attr.name="entente:element"', 'for="edge" attr.name="other"'),
    ],
  ])("is read like any GraphML %s", (_, keys) => {
    const outcome = ok(importGraphml(own(keys)));
    expect(outcome.report.format).toBe("GraphML file");
    expect(outcome.doc.nodes.map((n) => n.id)).toEqual(["a"]);
  });

  it.each([
    [
      "node",
      KEYS.replace('for="node" attr.name="entente:element"', 'for="node" attr.name="other"'),
    ],
    [
      "edge",
      KEYS.replace('for="edge" attr.name="entente:element"', 'for="edge" attr.name="other"'),
    ],
  ])("is read like any GraphML without the %s key, though it has no elements", (_, keys) => {
    const outcome = ok(
      importGraphml(`<graphml>${keys}<graph><data key="g">${esc(graph)}</data></graph></graphml>`),
    );
    expect(outcome.report.format).toBe("GraphML file");
    expect(outcome.doc.title).toBe("Imported graph");
  });

  it("is read like any GraphML when its graph data is missing", () => {
    const outcome = ok(importGraphml(own(KEYS, "")));
    expect(outcome.report.format).toBe("GraphML file");
  });
});

describe("GraphML elements in unexpected places", () => {
  it("offers the mapping step a declared key that no element uses", () => {
    const outcome = read(
      file(
        '<key id="s" for="node" attr.name="shoe size"/><key id="w" for="edge" attr.name="Weight"/>',
        '<node id="a"/><edge source="a" target="a"/>',
      ),
    );
    expect(outcome.report.attributes).toEqual([
      { name: "nodes", headers: ["shoe size"], rows: [{}], errors: [] },
      { name: "edges", headers: ["Weight"], rows: [{}], errors: [] },
    ]);
  });

  it("counts as hyperedges only the graph's own hyperedge children", () => {
    const outcome = read(file("", '<desc>a graph</desc><node id="a"><hyperedge/></node>'));
    expect(outcome.doc.nodes.map((n) => n.id)).toEqual(["a"]);
    expect(notes(outcome)).toEqual([]);
  });

  it("counts as ports and nested graphs only a node's own children", () => {
    const outcome = read(
      file(
        "",
        '<node id="a"><desc>x</desc><port name="p"><port name="q"/></port><foo><graph/></foo></node>',
      ),
    );
    expect(notes(outcome)).toEqual([["info", "ports were dropped (1)"]]);
  });

  it("reads data and yEd's labels only from a node's own data children", () => {
    const { doc } = read(
      file(
        '<key id="k" for="node" attr.name="Role"/>',
        '<node id="a"><foo><data key="k">chair</data></foo><NodeLabel>Ada</NodeLabel></node>',
      ),
    );
    expect(doc.nodes.map((n) => [n.label, n.summary])).toEqual([["a", undefined]]);
  });

  it("keeps reading a data element past a data element inside it", () => {
    const { doc } = read(
      file(
        '<key id="d0" for="node" yfiles.type="nodegraphics"/>',
        '<node id="a"><data key="d0"><data/><NodeLabel>Ada</NodeLabel></data></node>',
      ),
    );
    expect(doc.nodes.map((n) => n.label)).toEqual(["Ada"]);
  });

  it("reads no value from data that holds elements", () => {
    const { doc } = read(
      file(
        '<key id="k" for="node" attr.name="Role"/>',
        '<node id="a"><data key="k">chair <i>x</i></data></node>',
      ),
    );
    expect(doc.nodes.map((n) => n.summary)).toEqual([undefined]);
  });

  it("keeps reading a node past a nested graph's elements", () => {
    const { doc } = read(
      file(
        '<key id="k" for="node" attr.name="Role"/>',
        '<node id="a"><graph><node id="x"/><edge source="x" target="x"/></graph><data key="k">chair</data></node>',
      ),
    );
    expect(doc.nodes.map((n) => [n.id, n.summary])).toEqual([["a", "Role: chair"]]);
  });

  it("reads data for a key whose id is empty", () => {
    const { doc } = read(
      file(
        '<key id="" for="node" attr.name="Role"/>',
        '<node id="a"><data key="">chair</data></node>',
      ),
    );
    expect(doc.nodes.map((n) => n.summary)).toEqual(["Role: chair"]);
  });

  it("takes a default from no key but its own, and only as the key's child", () => {
    const { doc } = read(
      file(
        '<key id="r" for="node" attr.name="Role"><desc><default>stray</default></desc></key><key id="t" for="node" attr.name="Team"/><key for="node"><default>lost</default></key>',
        '<node id="a"/>',
      ),
    );
    expect(doc.nodes.map((n) => n.summary)).toEqual([undefined]);
  });

  it("ignores a yEd label outside any node", () => {
    const { doc } = read(file("", '<NodeLabel>Ada</NodeLabel><node id="a"/>'));
    expect(doc.nodes.map((n) => n.label)).toEqual(["a"]);
  });

  it("sets no attribute tables when every key's name is known", () => {
    const outcome = read(file("", '<node id="a"/>'));
    expect("attributes" in outcome.report).toBe(false);
  });

  describe("Entente's own keys", () => {
    const graph = {
      format: "entente-graph",
      version: 1,
      title: "T",
      source: { title: "T", text: "" },
    };
    const node = { id: "a", label: "A", kind: "person", evidence: [] };
    const esc = (v: unknown) => JSON.stringify(v).replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const NODE_KEYS =
      '<key id="n" for="node" attr.name="entente:element"/><key id="e" for="edge" attr.name="entente:element"/><key id="t" for="graph" attr.name="title"/>';
    const G_KEY = '<key id="g" for="graph" attr.name="entente:graph"/>';
    const own = (keys: string, graphData: string) =>
      `<graphml>${keys}<graph>${graphData}<node id="a"><data key="n">${esc(node)}</data></node></graph></graphml>`;

    it("takes the graph's entry from its own data, whatever data follows", () => {
      const outcome = ok(
        importGraphml(
          own(NODE_KEYS + G_KEY, `<data key="g">${esc(graph)}</data><data key="t">Later</data>`),
        ),
      );
      expect(outcome.report.format).toBe("GraphML file written by Entente");
      expect(outcome.doc.nodes).toEqual([node]);
    });

    it("takes no graph entry from data without a key", () => {
      const outcome = ok(importGraphml(own(NODE_KEYS, `<data>${esc(graph)}</data>`)));
      expect(outcome.report.format).toBe("GraphML file");
    });
  });
});
