import { describe, expect, it } from "vitest";
import { importTables, needsMapping, readTable, shapeOf, type Mapping, type Table } from "./csv";
import type { ImportOutcome } from "./report";

const table = (
  name: string,
  headers: string[],
  rows: string[][],
  errors: string[] = [],
): Table => ({
  name,
  headers,
  rows: rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ""]))),
  errors,
});
const done = (outcome: ImportOutcome) => {
  if (!outcome.ok) throw new Error(`not imported: ${JSON.stringify(outcome.report)}`);
  return outcome;
};
const edgesOf = (outcome: ImportOutcome) =>
  done(outcome).doc.edges.map((e) => [e.source, e.target, e.relation, e.stance]);
const nodesOf = (outcome: ImportOutcome) =>
  done(outcome).doc.nodes.map((n) => [n.id, n.label, n.kind, n.summary]);
const messages = (outcome: ImportOutcome) => outcome.report.notes.map((n) => n.message);

describe("readTable", () => {
  it("reads headers trimmed, rows, and skips blank lines", () => {
    expect(
      readTable({ name: "a.csv", text: "\uFEFF Source , Target \nx,y\n\n , \n  \nz,w\n" }),
    ).toEqual({
      name: "a.csv",
      headers: ["Source", "Target"],
      rows: [
        { Source: "x", Target: "y" },
        { Source: "z", Target: "w" },
      ],
      errors: [],
    });
  });

  it("strips a byte-order mark only at the start", () => {
    expect(readTable({ name: "a.csv", text: "a,b\nx\uFEFFy,z\n" }).rows).toEqual([
      { a: "x\uFEFFy", b: "z" },
    ]);
  });

  it("reports Papaparse's first five complaints, with the row's line number where it has one", () => {
    const text = `a,b\n${"1,2,3\n".repeat(6)}`;
    expect(readTable({ name: "a.csv", text }).errors).toEqual([
      "Too many fields: expected 2 fields but parsed 3 (row 2)",
      "Too many fields: expected 2 fields but parsed 3 (row 3)",
      "Too many fields: expected 2 fields but parsed 3 (row 4)",
      "Too many fields: expected 2 fields but parsed 3 (row 5)",
      "Too many fields: expected 2 fields but parsed 3 (row 6)",
    ]);
    expect(readTable({ name: "one.csv", text: "a\n1\n" }).errors).toEqual([
      "Unable to auto-detect delimiting character; defaulted to ','",
    ]);
  });

  it("drops the cells of a row beyond its header, which its error names", () => {
    const table = readTable({ name: "a.csv", text: "id,label\nn1,Bezos,3\nn2,Musk\n" });
    expect(table.rows).toEqual([
      { id: "n1", label: "Bezos" },
      { id: "n2", label: "Musk" },
    ]);
    expect(table.errors).toEqual(["Too many fields: expected 2 fields but parsed 3 (row 2)"]);
    const nodes = done(importTables([table])).doc.nodes;
    expect(nodes.map((n) => [n.id, n.label, n.summary])).toEqual([
      ["n1", "Bezos", undefined],
      ["n2", "Musk", undefined],
    ]);
  });

  it("reads an empty file as no headers and no rows", () => {
    expect(readTable({ name: "e.csv", text: "" })).toMatchObject({ headers: [], rows: [] });
  });
});

describe("shapeOf and needsMapping", () => {
  it.each([
    [["From", "To", "Type"], "connections"],
    [["source", "target"], "connections"],
    [["Source", "Label"], "elements"],
    [["Target", "Id"], "elements"],
    [["Name"], "elements"],
    [["Key"], "elements"],
    [["Source", "Weight"], "unknown"],
    [["Weight"], "unknown"],
    [[], "unknown"],
  ])("%j → %s", (headers, shape) => {
    expect(shapeOf(headers)).toBe(shape);
  });

  it("asks for a mapping when any sheet's shape is unknown", () => {
    const known = table("a.csv", ["Label"], []);
    const unknown = table("b.csv", ["Weight"], []);
    expect(needsMapping([known])).toBe(false);
    expect(needsMapping([known, unknown])).toBe(true);
    expect(needsMapping([unknown, known])).toBe(true);
    expect(needsMapping([])).toBe(false);
  });
});

describe("importTables: one sheet of connections", () => {
  it("reads rows with both ends, drops the rest, and reports what it read", () => {
    const outcome = importTables([
      table(
        "edges.csv",
        ["Id", "source", "target", "relation", "weight"],
        [
          ["r1", " a ", "b", "funds", "2"],
          ["r2", "", "c", "x", "1"],
          ["r3", "c", " ", "x", "1"],
          ["r4", "b", "a", "opposes", ""],
        ],
      ),
    ]);
    expect(outcome.report.format).toBe("CSV spreadsheet");
    expect(edgesOf(outcome)).toEqual([
      ["a", "b", "funds", "neutral"],
      ["b", "a", "opposes", "rivalry"],
    ]);
    expect(done(outcome).doc.edges.map((e) => e.id)).toEqual(["e0", "e1"]);
    expect(done(outcome).doc.title).toBe("edges.csv");
    expect(outcome.report.read).toEqual([
      "2 nodes",
      "2 edges",
      "edges.csv: 4 rows, columns Id, source, target, relation, weight",
    ]);
    expect(outcome.report.notes).toEqual([
      {
        severity: "info",
        message: 'edge attribute "weight" dropped: relationships have no place for it (1)',
      },
      { severity: "warning", message: "edges.csv: rows without both ends were dropped (2)" },
      { severity: "info", message: "nodes named only by an edge were added (2)" },
    ]);
  });

  it.each([
    ["edges.tsv", "TSV spreadsheet"],
    ["EDGES.TSV", "TSV spreadsheet"],
    ["edges.tsv.csv", "CSV spreadsheet"],
    ["edges.csv", "CSV spreadsheet"],
  ])("names %s a %s", (name, format) => {
    const outcome = importTables([table(name, ["source", "target"], [["a", "b"]])]);
    expect(outcome.report.format).toBe(format);
  });

  it("names the graph after the file given, else the sheets", () => {
    const sheet = table("edges.csv", ["source", "target"], [["a", "b"]]);
    expect(done(importTables([sheet], [], "picked.csv")).doc.title).toBe("picked.csv");
    expect(done(importTables([sheet])).doc.title).toBe("edges.csv");
  });

  it("passes Papaparse's complaints on as warnings", () => {
    const outcome = importTables([
      table("e.csv", ["source", "target"], [["a", "b"]], ["Too few fields (row 3)", "Oops"]),
    ]);
    expect(outcome.report.notes.slice(0, 2)).toEqual([
      { severity: "warning", message: "e.csv: Too few fields (row 3)" },
      { severity: "warning", message: "e.csv: Oops" },
    ]);
  });
});

describe("importTables: Kumu's A|B ends", () => {
  const kumu = (headers: string[], rows: string[][], elements: string[] = []) =>
    importTables([
      table(
        "elements.csv",
        ["Label"],
        elements.map((e) => [e]),
      ),
      table("connections.csv", headers, rows),
    ]);

  it("draws one connection to each element a From or To cell lists, in any case", () => {
    const outcome = kumu(
      ["FROM", "to"],
      [
        ["a|b", "c"],
        ["d", " e | | f "],
      ],
    );
    expect(edgesOf(outcome).map(([s, t]) => `${s}>${t}`)).toEqual(["a>c", "b>c", "d>e", "d>f"]);
    expect(outcome.report.notes).toContainEqual({
      severity: "info",
      message: "connections to several elements (A|B) became one relationship each (2)",
    });
  });

  it("keeps a cell whole that names an element, or that holds no name between its bars", () => {
    const outcome = kumu(
      ["From", "To"],
      [
        ["R|D", "x|"],
        ["|", "y"],
      ],
      ["R|D"],
    );
    expect(edgesOf(outcome).map(([s, t]) => `${s}>${t}`)).toEqual(["R|D>x", "|>y"]);
    expect(messages(outcome).filter((m) => m.startsWith("connections to several"))).toEqual([]);
  });

  it("splits only under From and To", () => {
    const outcome = importTables([
      table("c.csv", ["Source", "Target", "Fromage"], [["a|b", "c|d", "x"]]),
    ]);
    expect(edgesOf(outcome).map(([s, t]) => `${s}>${t}`)).toEqual(["a|b>c|d"]);
    const mapped = importTables(
      [table("c.csv", ["Fromage", "Sent to"], [["a|b", "c|d"]])],
      [{ Fromage: "source", "Sent to": "target" }],
    );
    expect(edgesOf(mapped).map(([s, t]) => `${s}>${t}`)).toEqual(["a|b>c|d"]);
  });
});

describe("importTables: rows Papaparse read short", () => {
  it("drops a connection whose row lacks an end's column", () => {
    const outcome = importTables([
      {
        name: "short.csv",
        headers: ["source", "target"],
        rows: [{ source: "a" }, { target: "b" }, { source: "a", target: "b" }],
        errors: [],
      },
    ]);
    expect(edgesOf(outcome)).toEqual([["a", "b", "linked to", "neutral"]]);
    expect(messages(outcome)).toContain("short.csv: rows without both ends were dropped (2)");
  });

  it("names an element by its label when its row lacks the Id column, and drops one with neither", () => {
    const outcome = importTables([
      {
        name: "short.csv",
        headers: ["Name", "Key"],
        rows: [{ Name: "Ada" }, { Key: " " }],
        errors: [],
      },
    ]);
    expect(nodesOf(outcome)).toEqual([["Ada", "Ada", "person", undefined]]);
    expect(messages(outcome)).toEqual(["short.csv: rows without a name were dropped (1)"]);
  });

  it("splits A|B under From and To columns whose names came with spaces", () => {
    const outcome = importTables([table("c.csv", [" From ", " To "], [["a|b", "c"]])]);
    expect(edgesOf(outcome).map(([s, t]) => `${s}>${t}`)).toEqual(["a>c", "b>c"]);
  });

  it("names an element by its label when the sheet has no Id column, whatever the others", () => {
    const outcome = importTables([table("u.csv", ["Name", "undefined"], [["Ada", "zzz"]])]);
    expect(done(outcome).doc.nodes.map((n) => n.id)).toEqual(["Ada"]);
  });
});

describe("importTables: elements", () => {
  it("leaves out an elements sheet's Source or Target column", () => {
    const outcome = importTables([
      table("s.csv", ["Name", "Source"], [["Ada", "x"]]),
      table("t.csv", ["Name", "Target"], [["Bo", "y"]]),
    ]);
    expect(nodesOf(outcome)).toEqual([
      ["Ada", "Ada", "person", undefined],
      ["Bo", "Bo", "person", undefined],
    ]);
  });

  it("names a row by the column mapped to its label, wherever that column stands", () => {
    const outcome = importTables([table("k.csv", ["Type", "Name"], [["Person", "Ada"]])]);
    expect(nodesOf(outcome)).toEqual([["Ada", "Ada", "person", undefined]]);
  });

  it("names a row by its Id column, else its label, and drops rows with neither", () => {
    const outcome = importTables([
      table(
        "people.csv",
        ["Name", "Key", "Type", "Notes"],
        [
          ["Ada", "k1", "Person", "first"],
          ["Bo", " ", "Organization", ""],
          [" ", "", "Person", "x"],
        ],
      ),
    ]);
    expect(nodesOf(outcome)).toEqual([
      ["k1", "Ada", "person", "first"],
      ["Bo", "Bo", "organization", undefined],
    ]);
    expect(outcome.report.notes).toEqual([
      { severity: "warning", message: "people.csv: rows without a name were dropped (1)" },
    ]);
  });

  it("reads elements before connections, whichever sheet comes first", () => {
    const outcome = importTables([
      table("connections.csv", ["From", "To", "Type"], [["Ada", "Bo", "funds"]]),
      table(
        "elements.csv",
        ["Label", "Type"],
        [
          ["Ada", "Person"],
          ["Bo", "Organization"],
        ],
      ),
    ]);
    expect(outcome.report.format).toBe(
      "pair of spreadsheets (Kumu-style elements and connections)",
    );
    expect(outcome.report.read).toEqual([
      "2 nodes",
      "1 edge",
      "elements.csv: 2 rows, columns Label, Type",
      "connections.csv: 1 row, columns From, To, Type",
    ]);
    expect(nodesOf(outcome)).toEqual([
      ["Ada", "Ada", "person", undefined],
      ["Bo", "Bo", "organization", undefined],
    ]);
    expect(edgesOf(outcome)).toEqual([["Ada", "Bo", "funds", "neutral"]]);
    expect(done(outcome).doc.title).toBe("connections.csv + elements.csv");
    expect(messages(outcome).filter((m) => m.startsWith("nodes named only"))).toEqual([]);
  });

  it("stops with a fatal note when a sheet gives neither names nor both ends", () => {
    const outcome = importTables([
      table("a.csv", ["Label"], [["Ada"]]),
      table("b.csv", ["Weight", "Source"], [["1", "x"]]),
    ]);
    expect(outcome).toEqual({
      ok: false,
      report: {
        format: "pair of spreadsheets (Kumu-style elements and connections)",
        read: ["a.csv: 1 row, columns Label", "b.csv: 1 row, columns Weight, Source"],
        mapped: [{ from: "node Label", to: "label" }],
        notes: [
          {
            severity: "fatal",
            message: "b.csv: no column gives a name (label) or both ends (source, target)",
          },
        ],
      },
    });
  });
});

describe("importTables: a mapping the reader chose", () => {
  it("reads columns under the roles chosen, and leaves out the ignored ones with a note", () => {
    const mapping: Mapping = {
      Who: "source",
      Whom: "target",
      Weight: "stance",
      Notes: "ignore",
      Extra: "ignore",
    };
    const outcome = importTables(
      [table("m.csv", ["Who", "Whom", "Weight", "Notes", "Extra"], [["a", "b", "-1", "n", "e"]])],
      [mapping],
    );
    expect(edgesOf(outcome)).toEqual([["a", "b", "-1", "rivalry"]]);
    expect(outcome.report.mapped).toEqual([{ from: "edge stance", to: "stance" }]);
    expect(outcome.report.notes[0]).toEqual({
      severity: "info",
      message: "m.csv: left out as chosen: Notes, Extra",
    });
    expect(messages(outcome).filter((m) => m.startsWith("edge attribute"))).toEqual([]);
  });

  it("writes no note when nothing is left out, and drops columns the mapping does not name", () => {
    const outcome = importTables(
      [table("m.csv", ["Who", "Kind", "Other"], [["Ada", "media", "x"]])],
      [{ Who: "label", Kind: "kind" }],
    );
    expect(nodesOf(outcome)).toEqual([["Ada", "Ada", "media", undefined]]);
    expect(outcome.report.notes).toEqual([]);
  });

  it("guesses the mapping of a sheet the reader gave none for", () => {
    const outcome = importTables(
      [
        table("e.csv", ["Label", "Colour"], [["Ada", "#ff0000"]]),
        table("c.csv", ["From", "To"], [["Ada", "Bo"]]),
      ],
      [{ Label: "label", Colour: "ignore" }],
    );
    expect(edgesOf(outcome)).toEqual([["Ada", "Bo", "linked to", "neutral"]]);
    expect(nodesOf(outcome)).toEqual([
      ["Ada", "Ada", "person", undefined],
      ["Bo", "Bo", "person", undefined],
    ]);
    expect(done(outcome).doc.nodes[0]?.color).toBeUndefined();
  });
});
