import { describe, expect, it } from "vitest";
import { ImportBuilder } from "./builder";
import { edgeFields, nodeFields, type Fields } from "./fields";

const builder = () => new ImportBuilder("test file");
/** The notes a builder's counts become once it finishes. */
const notesOf = (b: ImportBuilder) => {
  const outcome = b.finish("");
  return outcome.report.notes;
};

describe("nodeFields", () => {
  it("sorts a node's fields into label, kind, summary, colour, dates and the rest", () => {
    const b = builder();
    const node = nodeFields(
      "n1",
      [
        ["Id", "ignored"],
        ["Name", "Ada"],
        ["Category", "Person"],
        ["Bio", "Mathematician"],
        ["Colour", "#ff0000"],
        ["Start Date", "1833"],
        ["Until", "1852"],
        ["Weight", 3],
        ["Scale", Infinity],
        ["Active", true],
        ["Tags", ["a", "b"]],
        ["Nothing", null],
        ["Missing", undefined],
        ["Blank", ""],
      ],
      b,
    );
    expect(node).toEqual({
      id: "n1",
      label: "Ada",
      type: "Person",
      summary: "Mathematician",
      color: "#ff0000",
      start: "1833",
      end: "1852",
      extra: [
        ["Weight", "3"],
        ["Scale", "Infinity"],
        ["Active", "true"],
        ["Tags", '["a","b"]'],
      ],
    });
    expect(b.report.mapped).toEqual([
      { from: "node Name", to: "label" },
      { from: "node Category", to: "kind" },
      { from: "node Bio", to: "summary" },
      { from: "node Colour", to: "colour" },
      { from: "node Start Date", to: "start" },
      { from: "node Until", to: "end" },
      { from: "node Weight", to: "summary" },
      { from: "node Scale", to: "summary" },
      { from: "node Active", to: "summary" },
      { from: "node Tags", to: "summary" },
    ]);
  });

  it("keeps the first of each and puts later ones in the summary", () => {
    const b = builder();
    const node = nodeFields(
      "n",
      [
        ["label", "A"],
        ["name", "B"],
        ["type", "person"],
        ["kind", "org"],
        ["notes", "one"],
        ["summary", "two"],
        ["color", "#000000"],
        ["colour", "#ffffff"],
      ],
      b,
    );
    expect(node).toEqual({
      id: "n",
      label: "A",
      type: "person",
      summary: "one",
      color: "#000000",
      extra: [
        ["name", "B"],
        ["kind", "org"],
        ["summary", "two"],
        ["colour", "#ffffff"],
      ],
    });
    expect(b.report.mapped).toEqual([
      { from: "node label", to: "label" },
      { from: "node name", to: "summary" },
      { from: "node type", to: "kind" },
      { from: "node kind", to: "summary" },
      { from: "node notes", to: "summary" },
      { from: "node summary", to: "summary" },
      { from: "node color", to: "colour" },
      { from: "node colour", to: "summary" },
    ]);
  });

  it("reads a single date as both start and end, unless a start came first", () => {
    const b = builder();
    expect(nodeFields("a", [["Date", "2020-05"]], b)).toEqual({
      id: "a",
      start: "2020-05",
      end: "2020-05",
      extra: [],
    });
    expect(b.report.mapped).toEqual([{ from: "node Date", to: "start and end" }]);
    expect(
      nodeFields(
        "b",
        [
          ["Start", "2019"],
          ["Year", "2020"],
        ],
        b,
      ),
    ).toEqual({ id: "b", start: "2019", extra: [["Year", "2020"]] });
    expect(nodeFields("c", [["End", 2021]], b)).toEqual({ id: "c", end: 2021, extra: [] });
  });

  it("places a node where numeric x and y say, only with both", () => {
    const b = builder();
    expect(
      nodeFields(
        "a",
        [
          ["x", 10],
          ["y", -5.5],
        ],
        b,
      ),
    ).toEqual({ id: "a", extra: [], position: { x: 10, y: -5.5 } });
    expect(b.report.mapped).toEqual([{ from: "node x, y", to: "position" }]);
    const only = builder();
    expect(nodeFields("b", [["x", 10]], only)).toEqual({ id: "b", extra: [] });
    expect(nodeFields("c", [["y", 0]], only)).toEqual({ id: "c", extra: [] });
    expect(only.report.mapped).toEqual([]);
  });

  it("keeps x and y that are not numbers in the summary", () => {
    const b = builder();
    expect(
      nodeFields(
        "a",
        [
          ["x", "10"],
          ["y", "20"],
        ],
        b,
      ),
    ).toEqual({
      id: "a",
      extra: [
        ["x", "10"],
        ["y", "20"],
      ],
    });
    expect(b.report.mapped).toEqual([
      { from: "node x", to: "summary" },
      { from: "node y", to: "summary" },
    ]);
  });

  it("writes nothing into the report for an id field or no fields", () => {
    const b = builder();
    expect(nodeFields("a", [["ID", "a"]], b)).toEqual({ id: "a", extra: [] });
    expect(nodeFields("b", [], b)).toEqual({ id: "b", extra: [] });
    expect(b.report.mapped).toEqual([]);
  });
});

describe("edgeFields", () => {
  const ends = { source: "a", target: "b" };

  it("takes relation, stance, colour, quote and dates, and reports what each became", () => {
    const b = builder();
    const fields: Fields = [
      ["ID", "e1"],
      ["Source", "x"],
      ["Interaction", "funds"],
      ["Sign", "-1"],
      ["Color", "#00ff00"],
      ["Evidence", "They said so."],
      ["Start", "2001"],
      ["End", "2002"],
    ];
    expect(edgeFields({ id: "e1", ...ends }, fields, b)).toEqual({
      id: "e1",
      source: "a",
      target: "b",
      relation: "funds",
      stance: "-1",
      color: "#00ff00",
      evidence: [{ quote: "They said so." }],
      start: "2001",
      end: "2002",
    });
    expect(b.report.mapped).toEqual([
      { from: "edge Interaction", to: "relation" },
      { from: "edge Sign", to: "stance" },
      { from: "edge Color", to: "colour" },
      { from: "edge Evidence", to: "evidence quote" },
      { from: "edge Start", to: "start" },
      { from: "edge End", to: "end" },
    ]);
    expect(notesOf(b)).toEqual([]);
  });

  it("takes a relation from a relation field before a label or type, whichever comes first", () => {
    const b = builder();
    const edge = edgeFields(
      ends,
      [
        ["name", "Ada (pp) Bo"],
        ["type", "kin"],
        ["interaction", "pp"],
      ],
      b,
    );
    expect(edge).toEqual({ ...ends, relation: "pp" });
    expect(b.report.mapped).toEqual([{ from: "edge interaction", to: "relation" }]);
    expect(notesOf(b)).toEqual([
      {
        severity: "info",
        message: 'edge attribute "name" dropped: relationships have no place for it (1)',
      },
      {
        severity: "info",
        message: 'edge attribute "type" dropped: relationships have no place for it (1)',
      },
    ]);
  });

  it.each([
    ["label", "knows"],
    ["Type", "employs"],
  ])("takes a relation from a %s field when there is no relation field", (name, value) => {
    const b = builder();
    expect(edgeFields(ends, [[name, value]], b)).toEqual({ ...ends, relation: value });
    expect(b.report.mapped).toEqual([{ from: `edge ${name}`, to: "relation" }]);
  });

  it("keeps the first stance, colour, quote and date, dropping the rest with a count", () => {
    const b = builder();
    const edge = edgeFields(
      ends,
      [
        ["stance", "rivalry"],
        ["polarity", "+"],
        ["color", "#111111"],
        ["colour", "#222222"],
        ["quote", "first"],
        ["citation", "second"],
        ["date", "2020"],
        ["year", "2021"],
      ],
      b,
    );
    expect(edge).toEqual({
      ...ends,
      stance: "rivalry",
      color: "#111111",
      evidence: [{ quote: "first" }],
      start: "2020",
      end: "2020",
    });
    expect(notesOf(b).map((n) => n.message)).toEqual([
      'edge attribute "polarity" dropped: relationships have no place for it (1)',
      'edge attribute "colour" dropped: relationships have no place for it (1)',
      'edge attribute "citation" dropped: relationships have no place for it (1)',
      'edge attribute "year" dropped: relationships have no place for it (1)',
    ]);
  });

  it("keeps a colour given with the ends over a colour field", () => {
    const b = builder();
    expect(edgeFields({ ...ends, color: "#abcdef" }, [["color", "#000000"]], b)).toEqual({
      ...ends,
      color: "#abcdef",
    });
    expect(b.report.mapped).toEqual([]);
  });

  it.each(["directed", "Undirected", "MUTUAL"])(
    "drops a type field that says only %s, with a count",
    (value) => {
      const b = builder();
      expect(edgeFields(ends, [["Type", value]], b)).toEqual(ends);
      expect(notesOf(b)).toEqual([
        {
          severity: "info",
          message: 'edge attribute "Type" dropped: relationships have no place for it (1)',
        },
      ]);
    },
  );

  it("keeps a type that merely contains a directedness word", () => {
    const b = builder();
    expect(edgeFields(ends, [["Type", "directed funding"]], b)).toEqual({
      ...ends,
      relation: "directed funding",
    });
  });

  it("passes over id, source and target fields, blank values and unknown ones", () => {
    const b = builder();
    expect(
      edgeFields(
        ends,
        [
          ["id", "e"],
          ["Source", "a"],
          ["to", "b"],
          ["weight", 2],
          ["weight", 3],
          ["label", ""],
          ["relation", null],
          ["stance", undefined],
        ],
        b,
      ),
    ).toEqual(ends);
    expect(b.report.mapped).toEqual([]);
    expect(notesOf(b)).toEqual([
      {
        severity: "info",
        message: 'edge attribute "weight" dropped: relationships have no place for it (2)',
      },
    ]);
  });

  it("writes values that are not text as text", () => {
    const b = builder();
    expect(
      edgeFields(
        ends,
        [
          ["relation", 7],
          ["stance", false],
          ["quote", { text: "q" }],
        ],
        b,
      ),
    ).toEqual({ ...ends, relation: "7", stance: "false", evidence: [{ quote: '{"text":"q"}' }] });
  });
});

describe("edgeFields: directedness words", () => {
  const ends = { source: "a", target: "b" };

  it.each(["bidirected", "not mutual"])(
    "keeps a type that only ends in a directedness word: %s",
    (value) => {
      expect(edgeFields(ends, [["Type", value]], builder())).toEqual({ ...ends, relation: value });
    },
  );

  it.each([
    ["Relation", "directed"],
    ["Label", "mutual"],
  ])("keeps a %s field that says only %s as the relation", (name, value) => {
    expect(edgeFields(ends, [[name, value]], builder())).toEqual({ ...ends, relation: value });
  });
});
