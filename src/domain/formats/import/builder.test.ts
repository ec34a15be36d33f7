import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../load/checks";
import { graphDocumentSchema } from "../../load/schema";
import { ImportBuilder, periodsFor } from "./builder";

// parseStep spares an importer's document the schema's pass (checkBuiltDocument): this is why
// that is safe. Whatever strings a file holds, the builder's document passes the schema and the
// loader's checks.
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom("", " ", "\u200b", "\u3164", "#12345g", "#ABCDEF", "2024-02-30", "1999", "-1"),
);
const maybe = fc.option(hostile, { nil: undefined });

const rawNode = fc.record({
  id: hostile,
  label: maybe,
  type: maybe,
  summary: maybe,
  start: maybe,
  end: maybe,
  color: maybe,
  extra: fc.array(fc.tuple(hostile, hostile), { maxLength: 2 }),
  evidence: fc.array(fc.record({ quote: hostile, attribution: maybe }), { maxLength: 2 }),
});
const rawEdge = fc.record({
  id: maybe,
  source: hostile,
  target: hostile,
  relation: maybe,
  stance: maybe,
  start: maybe,
  end: maybe,
});

describe("ImportBuilder", () => {
  test.prop([fc.array(rawNode, { maxLength: 6 }), fc.array(rawEdge, { maxLength: 6 }), maybe])(
    "builds documents the schema and the loader's checks accept",
    (nodes, edges, title) => {
      const b = new ImportBuilder("test file");
      nodes.forEach((n) => b.node(n));
      edges.forEach((e) => b.edge(e));
      const outcome = b.finish(title ?? "", title);
      if (!outcome.ok) throw new Error("a builder never fails on its own");
      expect(graphDocumentSchema.safeParse(outcome.doc).error?.issues).toBeUndefined();
      expect(checkDocument(outcome.doc).filter((p) => p.severity === "error")).toEqual([]);
    },
  );
});

const built = (fill: (b: ImportBuilder) => void, title = "", file?: string) => {
  const b = new ImportBuilder("test file");
  fill(b);
  const outcome = b.finish(title, file);
  if (!outcome.ok) throw new Error("a builder never fails on its own");
  return outcome;
};
const notes = (outcome: { report: { notes: { severity: string; message: string }[] } }) =>
  outcome.report.notes.map((n) => `${n.severity}: ${n.message}`);

describe("periodsFor", () => {
  const ids = (dates: string[]) => periodsFor(dates).map((p) => p.id);

  it("makes no timeline without dates", () => {
    expect(periodsFor([])).toEqual([]);
  });

  it("steps a year at a time when every date is a year, gaps filled", () => {
    expect(periodsFor(["2001", "1999", "2000", "2001"])).toEqual([
      { id: "1999", label: "1999", start: "1999", end: "1999" },
      { id: "2000", label: "2000", start: "2000", end: "2000" },
      { id: "2001", label: "2001", start: "2001", end: "2001" },
    ]);
    expect(ids(["0999"])).toEqual(["0999"]);
  });

  it("steps a month at a time between the earliest and the latest date", () => {
    expect(periodsFor(["2020-03-15", "2020-01"])).toEqual([
      { id: "2020-01", label: "January 2020", start: "2020-01", end: "2020-01" },
      { id: "2020-02", label: "February 2020", start: "2020-02", end: "2020-02" },
      { id: "2020-03", label: "March 2020", start: "2020-03", end: "2020-03" },
    ]);
    expect(ids(["2020-11-02", "2021-02-28"])).toEqual(["2020-11", "2020-12", "2021-01", "2021-02"]);
  });

  it("reads a bare year as January when it comes first and December when it comes last", () => {
    expect(ids(["2020", "2021-02"])).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, "0")}`),
      "2021-01",
      "2021-02",
    ]);
    expect(ids(["2020-11", "2021"])).toEqual([
      "2020-11",
      "2020-12",
      ...Array.from({ length: 12 }, (_, i) => `2021-${String(i + 1).padStart(2, "0")}`),
    ]);
  });

  it("steps by month up to 60 months, by year beyond", () => {
    expect(periodsFor(["2020-01", "2024-12"])).toHaveLength(60);
    expect(ids(["2020-01", "2025-01"])).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(ids(["2020-02", "2025-01"])).toHaveLength(60);
  });
});

describe("ImportBuilder nodes", () => {
  it("writes a node in full, with what does not fit kept in its summary", () => {
    const { doc } = built((b) =>
      b.node({
        id: "a",
        label: "Ada",
        type: "Starship",
        summary: "Pilot",
        start: "2020-01-05",
        end: 2021,
        position: { x: 1.5, y: -2 },
        color: "#A0B0C0",
        extra: [
          ["rank", "captain"],
          ["ship", " "],
          ["crew", "4"],
        ],
        evidence: [
          { quote: "She flies.", attribution: "Log", certainty: "reported" },
          { quote: " ", attribution: "Nobody" },
          { quote: "Q2", attribution: " ", certainty: "maybe" as never },
        ],
      }),
    );
    expect(doc.nodes).toEqual([
      {
        id: "a",
        label: "Ada",
        kind: "person",
        summary: "Pilot; type: Starship; rank: captain; crew: 4",
        start: "2020-01-05",
        end: "2021",
        position: { x: 1.5, y: -2 },
        color: "#a0b0c0",
        approximate: false,
        evidence: [
          { quote: "She flies.", attribution: "Log", certainty: "reported" },
          { quote: "Q2" },
        ],
      },
    ]);
  });

  it("writes a bare node with its id as label and nothing it was not given", () => {
    const { doc } = built((b) => b.node({ id: "a", label: " ", color: "#abc", summary: "" }));
    // Strict: a field it was not given is left out, not written as undefined.
    expect(doc.nodes).toStrictEqual([
      { id: "a", label: "a", kind: "person", approximate: false, evidence: [] },
    ]);
  });

  it.each([
    ["organization", "organization"],
    ["Company", "organization"],
    [" ", "person"],
    ["", "person"],
  ])("takes kind %j as %s, with no note", (type, kind) => {
    const outcome = built((b) => b.node({ id: "a", type }));
    expect(outcome.doc.nodes.map((n) => [n.kind, n.summary])).toEqual([[kind, undefined]]);
    expect(notes(outcome)).toEqual([]);
  });

  it("counts nodes whose type is no kind, once per message", () => {
    const outcome = built((b) => {
      b.node({ id: "a", type: "ship" });
      b.node({ id: "b", type: "ship" });
    });
    expect(notes(outcome)).toEqual([
      "info: nodes whose type is not an Entente kind are shown as persons (2)",
    ]);
  });

  it.each([[{ x: Number.NaN, y: 1 }], [{ x: 1, y: Number.POSITIVE_INFINITY }]])(
    "drops a position that is not finite: %j",
    (position) => {
      const { doc } = built((b) => b.node({ id: "a", position }));
      expect(doc.nodes[0]?.position).toBeUndefined();
    },
  );

  it.each([["#12345g"], ["x#123456"], ["#1234567"], ["123456"]])(
    "drops colour %j, which is not #rrggbb",
    (color) => {
      const { doc } = built((b) => b.node({ id: "a", color }));
      expect(doc.nodes[0]?.color).toBeUndefined();
    },
  );

  it("drops blank and repeated ids, and says how many", () => {
    const outcome = built((b) => {
      b.node({ id: " " });
      b.node({ id: "\u200b" });
      b.node({ id: "a", label: "first" });
      b.node({ id: "a", label: "second" });
    });
    expect(outcome.doc.nodes.map((n) => n.label)).toEqual(["first"]);
    expect(notes(outcome)).toEqual([
      "warning: nodes with a blank id were dropped (2)",
      "warning: nodes with an id already used were dropped (1)",
    ]);
  });

  it("lets a file describe a node an edge named first, once", () => {
    const outcome = built((b) => {
      b.edge({ source: "a", target: "b", relation: "supports" });
      b.node({ id: "a", label: "Ada" });
      b.node({ id: "a", label: "again" });
    });
    expect(outcome.doc.nodes.map((n) => [n.id, n.label])).toEqual([
      ["a", "Ada"],
      ["b", "b"],
    ]);
    expect(notes(outcome)).toEqual([
      "warning: nodes with an id already used were dropped (1)",
      "info: nodes named only by an edge were added (1)",
    ]);
  });
});

describe("ImportBuilder dates", () => {
  it.each([
    [{ start: "2020", end: "2021" }, { start: "2020", end: "2021" }, []],
    [{ start: "2021-06-01", end: "2021-06-01" }, { start: "2021-06-01", end: "2021-06-01" }, []],
    // Overlapping spans are not swapped: the end's last day is after the start's first.
    [{ start: "2021-06", end: "2021" }, { start: "2021-06", end: "2021" }, []],
    [
      { start: "2021-06-02", end: "2021-06-01" },
      { start: "2021-06-01", end: "2021-06-02" },
      ["warning: nodes: an end before its start — the two were swapped (1)"],
    ],
    [{ start: "", end: "" }, {}, []],
    [{ start: "soon" }, {}, ["warning: nodes: a start that is not a date was dropped (1)"]],
    [{ end: "later" }, {}, ["warning: nodes: an end that is not a date was dropped (1)"]],
    [
      { start: 12, end: "2020" },
      { end: "2020" },
      ["warning: nodes: a start that is not a date was dropped (1)"],
    ],
  ])("dates %j → %j", (given, dates, said) => {
    const outcome = built((b) => b.node({ id: "a", ...given }));
    const { start, end } = outcome.doc.nodes[0] ?? {};
    expect({ ...(start ? { start } : {}), ...(end ? { end } : {}) }).toEqual(dates);
    expect(notes(outcome)).toEqual(said);
  });

  it("names edges in their date warnings, and makes the timeline from every date", () => {
    const outcome = built((b) => {
      b.node({ id: "a", start: "2020-01" });
      b.edge({ source: "a", target: "b", relation: "allies", start: "x", end: "2020-03-10" });
      b.edge({ source: "a", target: "b", relation: "allies", start: "2020-03", end: "2020-02" });
    });
    expect(outcome.doc.edges.map((e) => [e.start, e.end])).toEqual([
      [undefined, "2020-03-10"],
      ["2020-02", "2020-03"],
    ]);
    expect(outcome.doc.periods?.map((p) => p.id)).toEqual(["2020-01", "2020-02", "2020-03"]);
    expect(notes(outcome)).toEqual([
      "warning: edges: a start that is not a date was dropped (1)",
      "warning: edges: an end before its start — the two were swapped (1)",
      "info: nodes named only by an edge were added (1)",
    ]);
  });
});

describe("ImportBuilder edges", () => {
  it("writes an edge in full", () => {
    const { doc } = built((b) =>
      b.edge({
        id: "e",
        source: "a",
        target: "b",
        relation: "funds",
        stance: "supports",
        color: "#ABCDEF",
        start: "2020",
        evidence: [{ quote: "paid", attribution: "bank", certainty: "confirmed" }],
      }),
    );
    expect(doc.edges).toEqual([
      {
        id: "e",
        source: "a",
        target: "b",
        stance: "alliance",
        relation: "funds",
        color: "#abcdef",
        start: "2020",
        approximate: false,
        evidence: [{ quote: "paid", attribution: "bank", certainty: "confirmed" }],
      },
    ]);
    expect(doc.nodes.map((n) => n.id)).toEqual(["a", "b"]);
  });

  it.each([
    // [relation, stance] → [stance, relation]
    [undefined, undefined, "neutral", "linked to"],
    [" ", " ", "neutral", "linked to"],
    ["opposes", undefined, "rivalry", "opposes"],
    ["opposes", "allies", "alliance", "opposes"],
    ["opposes", "whatever", "rivalry", "opposes"],
    [undefined, "-1", "rivalry", "-1"],
    [" ", "+", "alliance", "+"],
    ["-", undefined, "neutral", "-"],
    [" +2 ", undefined, "neutral", " +2 "],
    ["-x", undefined, "neutral", "-x"],
    ["x-1", undefined, "neutral", "x-1"],
    ["neutral", "rival", "rivalry", "neutral"],
    // A sign only counts as a connector when it is all the relation says.
    ["ally -", undefined, "alliance", "ally -"],
    ["- ally", undefined, "alliance", "- ally"],
  ])("relation %j, stance %j → %s, %j", (relation, stance, s, r) => {
    const { doc } = built((b) => b.edge({ source: "a", target: "b", relation, stance }));
    expect(doc.edges.map((e) => [e.stance, e.relation])).toEqual([[s, r]]);
  });

  it("drops edges with a blank end, and adds nodes for the others' ends once", () => {
    const outcome = built((b) => {
      b.node({ id: "a", label: "Ada" });
      b.edge({ source: " ", target: "a" });
      b.edge({ source: "a", target: "" });
      b.edge({ source: "a", target: "b", stance: "+" });
      b.edge({ source: "b", target: "a", stance: "+" });
    });
    expect(outcome.doc.nodes.map((n) => [n.id, n.label])).toEqual([
      ["a", "Ada"],
      ["b", "b"],
    ]);
    expect(outcome.doc.edges.map((e) => `${e.id} ${e.source} ${e.target}`)).toEqual([
      "e0 a b",
      "e1 b a",
    ]);
    expect(notes(outcome)).toEqual([
      "warning: edges with a blank source or target were dropped (2)",
      "info: nodes named only by an edge were added (1)",
    ]);
  });

  it("renames edge ids a node or an earlier edge took, past every id in use, and says how many", () => {
    const outcome = built((b) => {
      b.node({ id: "e0" });
      b.edge({ id: "e0", source: "e0", target: "x", stance: "+" });
      b.edge({ id: "k", source: "e0", target: "x", stance: "+" });
      b.edge({ id: "k", source: "e0", target: "x", stance: "+" });
      b.edge({ id: " ", source: "e0", target: "x", stance: "+" });
      b.edge({ id: "e1", source: "e0", target: "x", stance: "+" });
    });
    expect(outcome.doc.edges.map((e) => e.id)).toEqual(["e2", "k", "e3", "e4", "e1"]);
    expect(notes(outcome)).toContain("info: 2 edge ids already used by a node or edge renamed");
  });

  it("says so when one edge id is renamed", () => {
    const outcome = built((b) => {
      b.node({ id: "a" });
      b.edge({ id: "a", source: "a", target: "a", stance: "+" });
    });
    expect(outcome.doc.edges.map((e) => e.id)).toEqual(["e0"]);
    expect(notes(outcome)).toEqual(["info: 1 edge id already used by a node or edge renamed"]);
  });

  it("says when no edge names a stance, only if there are edges", () => {
    expect(notes(built((b) => b.edge({ source: "a", target: "b" })))).toEqual([
      "info: nodes named only by an edge were added (2)",
      "info: no edge names a stance: every relationship is shown as neutral",
    ]);
    expect(notes(built((b) => b.node({ id: "a" })))).toEqual([]);
  });
});

describe("ImportBuilder report", () => {
  it("notes, counts and maps once each", () => {
    const b = new ImportBuilder("test file");
    b.note("warning", "said once");
    b.count("info", "counted");
    b.count("warning", "counted");
    b.map("a", "b");
    b.map("a", "b");
    b.map("a", "c");
    b.map("d", "b");
    expect(b.hasNode("x")).toBe(false);
    b.node({ id: "x" });
    expect(b.hasNode("x")).toBe(true);
    const outcome = b.finish("", undefined);
    expect(outcome.report).toEqual({
      format: "test file",
      read: ["1 node", "0 edges"],
      mapped: [
        { from: "a", to: "b" },
        { from: "a", to: "c" },
        { from: "d", to: "b" },
      ],
      notes: [
        { severity: "warning", message: "said once" },
        { severity: "info", message: "counted (2)" },
      ],
    });
  });

  it.each([
    [" Title ", "f.gexf", "Title", "f.gexf"],
    ["", " f.gexf ", "f.gexf", "f.gexf"],
    [" ", undefined, "Imported graph", "Imported graph"],
    ["", " ", "Imported graph", "Imported graph"],
  ])("titles %j from file %j as %j, source %j", (title, file, name, source) => {
    const { doc } = built((b) => b.node({ id: "a" }), title, file);
    expect([doc.title, doc.source]).toEqual([name, { title: source, text: "" }]);
    expect(doc.imported).toStrictEqual({
      format: "test file",
      ...(file?.trim() ? { file } : {}),
    });
  });

  it("writes a whole document, with a timeline only when there are dates", () => {
    const outcome = built((b) => {
      b.node({ id: "a" });
      b.edge({ source: "a", target: "a", stance: "+", color: "blue", start: "" });
    }, "T");
    expect(outcome).toStrictEqual({
      ok: true,
      checked: "builder",
      doc: {
        format: "entente-graph",
        version: 1,
        title: "T",
        imported: { format: "test file" },
        source: { title: "T", text: "" },
        nodes: [{ id: "a", label: "a", kind: "person", approximate: false, evidence: [] }],
        edges: [
          {
            id: "e0",
            source: "a",
            target: "a",
            stance: "alliance",
            relation: "+",
            approximate: false,
            evidence: [],
          },
        ],
      },
      report: { format: "test file", read: ["1 node", "1 edge"], mapped: [], notes: [] },
    });
    expect(built((b) => b.node({ id: "a", start: "1999" })).doc.periods).toEqual([
      { id: "1999", label: "1999", start: "1999", end: "1999" },
    ]);
  });

  it("fails with what it read before the problem, every count as a note", () => {
    const b = new ImportBuilder("test file");
    b.node({ id: "a" });
    b.node({ id: "a" });
    b.node({ id: "a" });
    b.edge({ source: "a", target: "b" });
    b.note("info", "first");
    expect(b.failed("broken at line 3")).toEqual({
      ok: false,
      report: {
        format: "test file",
        read: ["2 nodes and 1 edge before the problem"],
        mapped: [],
        notes: [
          { severity: "info", message: "first" },
          { severity: "warning", message: "nodes with an id already used were dropped (2)" },
          { severity: "fatal", message: "broken at line 3" },
        ],
      },
    });
  });

  it("fails after as many nodes as edges with both counted", () => {
    const b = new ImportBuilder("test file");
    b.edge({ source: "a", target: "a" });
    expect(b.failed("stop").report.read).toEqual(["1 node and 1 edge before the problem"]);
  });

  it("fails without a count of what it read when it read nothing, and counts once", () => {
    const b = new ImportBuilder("test file");
    b.node({ id: "" });
    b.failed("one");
    expect(b.failed("two").report).toEqual({
      format: "test file",
      read: [],
      mapped: [],
      notes: [
        { severity: "warning", message: "nodes with a blank id were dropped (1)" },
        { severity: "fatal", message: "one" },
        { severity: "fatal", message: "two" },
      ],
    });
  });
});
