import { describe, expect, it } from "vitest";
import {
  addValue,
  attributeTables,
  latestFields,
  Preview,
  PREVIEW_ROWS,
  splitEdge,
  type Timed,
  type Values,
} from "./attributes";
import { ImportBuilder } from "./builder";
import type { Mapping } from "./columns";
import type { ImportOutcome } from "./report";

const valuesOf = (entries: [string, Timed[]][]): Values => new Map(entries);

/** The builder's notes once finished, without the one every edge list without stances gets. */
const notesOf = (outcome: ImportOutcome) =>
  outcome.report.notes
    .filter((n) => !n.message.startsWith("no edge names a stance"))
    .map((n) => [n.severity, n.message]);

const latest = (values: Values, mapping?: Mapping, cls: "node" | "edge" = "node") => {
  const b = new ImportBuilder("test");
  const fields = latestFields(values, cls, mapping, b);
  return { fields, notes: notesOf(b.finish("")) };
};

describe("addValue", () => {
  it("adds a name's values in the order given, after the names before it", () => {
    const values: Values = new Map();
    addValue(values, "w", { value: 1 });
    addValue(values, "v", { value: "x" });
    addValue(values, "w", { value: 2, start: "2001" });
    expect([...values]).toEqual([
      ["w", [{ value: 1 }, { value: 2, start: "2001" }]],
      ["v", [{ value: "x" }]],
    ]);
  });
});

describe("latestFields", () => {
  it("keeps one value as it is, with no note", () => {
    expect(latest(valuesOf([["Weight", [{ value: 3 }]]]))).toEqual({
      fields: [["Weight", 3]],
      notes: [],
    });
  });

  it("counts the same value written as a number and as text as one value", () => {
    expect(latest(valuesOf([["w", [{ value: 1 }, { value: "1" }]]]))).toEqual({
      fields: [["w", "1"]],
      notes: [],
    });
  });

  it.each<[string, Timed[], unknown]>([
    ["the later of two undated values", [{ value: "a" }, { value: "b" }], "b"],
    [
      "the later of two values of one start",
      [
        { value: "a", start: "2001" },
        { value: "b", start: "2001" },
      ],
      "b",
    ],
    [
      "the latest start",
      [
        { value: "a", start: "2003" },
        { value: "b", start: "2001" },
      ],
      "a",
    ],
    ["a dated value over an undated one", [{ value: "a", start: "2001" }, { value: "b" }], "a"],
    ["a dated value after an undated one", [{ value: "a" }, { value: "b", start: "2001" }], "b"],
    [
      "the latest end when no value starts",
      [
        { value: "a", end: "2005" },
        { value: "b", end: "2001" },
      ],
      "a",
    ],
    [
      "a start over an end",
      [
        { value: "a", start: "2002", end: "2009" },
        { value: "b", end: "2005" },
      ],
      "b",
    ],
  ])("of a changing value keeps %s, with a warning", (_, timed, kept) => {
    expect(latest(valuesOf([["Level", timed]]), undefined, "edge")).toEqual({
      fields: [["Level", kept]],
      notes: [
        [
          "warning",
          'edge attribute "Level" changes over time: only its latest value was kept, on edges (1)',
        ],
      ],
    });
  });

  it.each<[string, Timed[]]>([
    ["a start", [{ value: "x", start: "2001" }]],
    ["an end", [{ value: "x", end: "2001" }]],
    ["a start, once of twice", [{ value: "x" }, { value: "x", start: "2001" }]],
  ])("keeps one value given for a time (%s) and says its time was dropped", (_, timed) => {
    expect(latest(valuesOf([["Level", timed]]))).toEqual({
      fields: [["Level", "x"]],
      notes: [
        [
          "info",
          'node attribute "Level" is given for a time: its value was kept, its time dropped, on nodes (1)',
        ],
      ],
    });
  });

  it("renames a value by the mapping, and leaves out what the reader chose to leave out", () => {
    const values = valuesOf([
      ["full name", [{ value: "Ada" }]],
      ["colour", [{ value: "red" }, { value: "blue" }]],
      ["age", [{ value: 36 }]],
    ]);
    expect(latest(values, { "full name": "label", colour: "ignore" })).toEqual({
      fields: [
        ["label", "Ada"],
        ["age", 36],
      ],
      notes: [],
    });
  });
});

describe("splitEdge", () => {
  // Each edge's own fields (a GEXF edge's end, here) come before its attributes.
  const split = (values: Values, mapping?: Mapping, id: string | null = "ab") => {
    const b = new ImportBuilder("test");
    const ends = { ...(id === null ? {} : { id }), source: "a", target: "b" };
    splitEdge(ends, values, [["end", "2020"]], mapping, b);
    const outcome = b.finish("");
    if (!outcome.ok) throw new Error("failed");
    return {
      edges: outcome.doc.edges.map((e) => [e.id, e.relation, e.stance, e.start, e.end]),
      notes: notesOf(outcome).filter(([, m]) => !String(m).startsWith("nodes named only")),
    };
  };

  it("passes an edge whose values do not change on whole, with its own fields first", () => {
    expect(split(valuesOf([["relation", [{ value: "helps" }]]]))).toEqual({
      edges: [["ab", "helps", "neutral", undefined, "2020"]],
      notes: [],
    });
  });

  it("keeps the latest value of a changing attribute that is no relationship", () => {
    const values = valuesOf([
      ["Weight", [{ value: 1 }, { value: 2 }]],
      ["stance", [{ value: "rivals" }]],
    ]);
    expect(split(values)).toEqual({
      edges: [["ab", "rivals", "rivalry", undefined, "2020"]],
      notes: [
        [
          "warning",
          'edge attribute "Weight" changes over time: only its latest value was kept, on edges (1)',
        ],
        ["info", 'edge attribute "Weight" dropped: relationships have no place for it (1)'],
      ],
    });
  });

  it.each([["stance"], ["relation"], ["label"]])(
    "splits an edge whose %s changes into one dated relationship per value, in order of start",
    (title) => {
      const values = valuesOf([
        ["Weight", [{ value: 1 }, { value: 2 }]],
        [
          title,
          [
            { value: "friends", start: "2005", end: "2009" },
            { value: "rivals", start: "2001" },
            { value: "allies" },
          ],
        ],
      ]);
      const { edges, notes } = split(values, undefined, title === "label" ? null : "ab");
      const ids = title === "label" ? ["e0", "e1", "e2"] : ["ab", "ab#2", "ab#3"];
      expect(edges).toEqual([
        [ids[0], "allies", "alliance", undefined, "2020"],
        [ids[1], "rivals", "rivalry", "2001", "2020"],
        [ids[2], "friends", "alliance", "2005", "2009"],
      ]);
      expect(notes).toEqual([
        [
          "warning",
          'edge attribute "Weight" changes over time: only its latest value was kept, on edges (1)',
        ],
        ["info", 'edge attribute "Weight" dropped: relationships have no place for it (3)'],
        [
          "info",
          `edge attribute "${title}" changes over time: such edges became one relationship per value, each dated by it (edges split) (1)`,
        ],
      ]);
    },
  );

  it("splits by the name the mapping gives, and not by an attribute left out", () => {
    const values = valuesOf([
      [
        "relationship",
        [
          { value: "a", start: "2001" },
          { value: "b", start: "2002" },
        ],
      ],
      [
        "feeling",
        [
          { value: "allies", start: "2001" },
          { value: "rivals", start: "2002" },
        ],
      ],
    ]);
    expect(split(values, { feeling: "stance", relationship: "ignore" })).toEqual({
      edges: [
        ["ab", "allies", "alliance", "2001", "2020"],
        ["ab#2", "rivals", "rivalry", "2002", "2020"],
      ],
      notes: [
        [
          "info",
          'edge attribute "feeling" changes over time: such edges became one relationship per value, each dated by it (edges split) (1)',
        ],
      ],
    });
  });
  it("keeps the file's order of values that start at the same time", () => {
    const values = valuesOf([
      [
        "stance",
        [
          { value: "allies", start: "2001" },
          { value: "rivals", start: "2001" },
        ],
      ],
    ]);
    expect(split(values).edges).toEqual([
      ["ab", "allies", "alliance", "2001", "2020"],
      ["ab#2", "rivals", "rivalry", "2001", "2020"],
    ]);
  });
  it.each<[string, Timed[]]>([
    ["after", [{ value: "allies", start: "2001" }, { value: "rivals" }]],
    ["before", [{ value: "rivals" }, { value: "allies", start: "2001" }]],
  ])("puts an undated value first, given %s a dated one", (_, timed) => {
    expect(split(valuesOf([["stance", timed]])).edges).toEqual([
      ["ab", "rivals", "rivalry", undefined, "2020"],
      ["ab#2", "allies", "alliance", "2001", "2020"],
    ]);
  });
});

describe("attribute tables", () => {
  it("are not offered when every attribute's name says what it is", () => {
    const [nodes, edges] = [new Preview(), new Preview()];
    nodes.declare("label");
    edges.add(valuesOf([["stance", [{ value: "x" }]]]));
    expect(attributeTables(nodes, edges)).toBeUndefined();
  });

  it.each([["nodes"], ["edges"]])(
    "are offered when a name on %s says nothing Entente knows",
    (where) => {
      const [nodes, edges] = [new Preview(), new Preview()];
      nodes.declare("label");
      edges.declare("stance");
      (where === "nodes" ? nodes : edges).declare("shoe size");
      expect(attributeTables(nodes, edges)).toEqual([
        {
          name: "nodes",
          headers: where === "nodes" ? ["label", "shoe size"] : ["label"],
          rows: [],
          errors: [],
        },
        {
          name: "edges",
          headers: where === "edges" ? ["stance", "shoe size"] : ["stance"],
          rows: [],
          errors: [],
        },
      ]);
    },
  );

  it(`keep the first ${PREVIEW_ROWS} rows, each value its latest, and every name seen in them`, () => {
    const [nodes, edges] = [new Preview(), new Preview()];
    nodes.declare("size");
    for (let i = 1; i <= 7; i++) {
      const values = valuesOf([["n", [{ value: i }, { value: i * 10, start: "2001" }]]]);
      if (i === 2) values.set("extra", [{ value: true }]);
      if (i === 7) values.set("late", [{ value: "x" }]);
      nodes.add(values);
    }
    expect(attributeTables(nodes, edges)).toEqual([
      {
        name: "nodes",
        headers: ["size", "n", "extra"],
        rows: [{ n: "10" }, { n: "20", extra: "true" }, { n: "30" }, { n: "40" }, { n: "50" }],
        errors: [],
      },
      { name: "edges", headers: [], rows: [], errors: [] },
    ]);
  });
});
