import { describe, expect, it } from "vitest";
import { formatProblem, parseGraphText } from "./load";
import { makeEdgeDoc, makeGraphDoc, makeNodeDoc, toText } from "../../../tests/fixtures/factory";

/** The problems of a file, formatted the way the validate CLI prints them. */
const problemsOf = (doc: unknown, strict = false) =>
  parseGraphText(toText(doc), { strict }).problems.map(formatProblem);

const twoPeople = [makeNodeDoc("alice"), makeNodeDoc("bob")];

describe("ids and references", () => {
  it.each([
    [
      "two nodes with one id",
      { nodes: [makeNodeDoc("alice"), makeNodeDoc("alice")], edges: [] },
      'error nodes[1].id: duplicate id "alice" — already used by nodes[0]',
    ],
    [
      "an edge named like a node",
      { edges: [makeEdgeDoc("bob", "alice", "bob")] },
      'error edges[0].id: duplicate id "bob" — already used by nodes[1]',
    ],
    [
      "two edges with one id",
      { edges: [makeEdgeDoc("e", "alice", "bob"), makeEdgeDoc("e", "bob", "alice")] },
      'error edges[1].id: duplicate id "e" — already used by edges[0]',
    ],
    [
      "an edge to a missing node",
      { nodes: [...twoPeople, makeNodeDoc("musk")], edges: [makeEdgeDoc("e", "alice", "muskk")] },
      'error edges[0].target: unknown node "muskk" — fix: did you mean "musk"?',
    ],
    [
      "an edge from a missing node with nothing close",
      { edges: [makeEdgeDoc("e", "zelda", "bob")] },
      'error edges[0].source: unknown node "zelda" — fix: use the id of one of the nodes',
    ],
    [
      "an edge pointing at an edge",
      { edges: [makeEdgeDoc("e", "alice", "bob"), makeEdgeDoc("f", "alice", "e")] },
      'error edges[1].target: unknown node "e"',
    ],
  ])("rejects %s", (_, change, expected) => {
    const problems = problemsOf(makeGraphDoc({ nodes: twoPeople, ...change }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });
});

describe("dates", () => {
  it.each([
    ["nodes[0].date", { date: "2025-02-30" }, '"2025-02-30" is not a real calendar date'],
    ["nodes[0].date", { date: "2023-02-29" }, '"2023-02-29" is not a real calendar date'],
    ["nodes[0].start", { start: "2025-13" }, '"2025-13" is not a real calendar date'],
    [
      "nodes[0].date",
      { date: "05/06/2024" },
      '"05/06/2024" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD — fix: write the date like 2025-07-14',
    ],
    [
      "nodes[0].end",
      { start: "2025-03", end: "2024-12-31" },
      "end 2024-12-31 is before start 2025-03",
    ],
  ])("%s %j is an error", (path, fields, message) => {
    const doc = makeGraphDoc({ nodes: [makeNodeDoc("alice", fields), makeNodeDoc("bob")] });
    expect(problemsOf(doc)).toEqual([expect.stringContaining(`error ${path}: ${message}`)]);
  });

  it.each([
    { start: "2025", end: "2025-01" },
    { start: "2025-07-14", end: "2025-07" },
    { start: "2025-07-14", end: "2025-07-14" },
    { start: "2024-02-29" },
  ])("accepts the range %j", (fields) => {
    const doc = makeGraphDoc({ edges: [makeEdgeDoc("e", "alice", "bob", fields)] });
    expect(problemsOf(doc)).toEqual([]);
  });

  it("checks period and publication dates too", () => {
    const doc = makeGraphDoc({
      source: { title: "A", text: "x", published: "2025-06-31" },
      periods: [{ id: "p", label: "P", start: "2025-05", end: "2025-04" }],
    });
    expect(problemsOf(doc)).toEqual([
      expect.stringContaining("error source.published:"),
      expect.stringContaining("error periods[0].end: end 2025-04 is before start 2025-05"),
    ]);
  });
});

describe("source and story", () => {
  it.each([
    [{ title: "A" }, 'error source: missing the source text ("text" or "textFile")'],
    [{ title: "A", text: "x", textFile: "a.txt" }, 'error source: has both "text" and "textFile"'],
    [
      { title: "A", text: "x", url: "javascript:alert(1)" },
      'error source.url: "javascript:alert(1)" is not an http: or https: address',
    ],
    [{ title: "A", text: "x", url: "data:text/html,hi" }, "error source.url:"],
  ])("rejects the source %j", (source, message) => {
    expect(problemsOf(makeGraphDoc({ source }))).toEqual([expect.stringContaining(message)]);
  });

  it("accepts an https url", () => {
    const source = { title: "A", text: "x", url: "https://example.org/story?id=1" };
    expect(problemsOf(makeGraphDoc({ source }))).toEqual([]);
  });

  it("checks story references against nodes, edges and the periods in use", () => {
    const doc = makeGraphDoc({
      nodes: [makeNodeDoc("alice", { date: "2025-04-02" }), makeNodeDoc("bob")],
      story: [
        {
          title: "Derived period is fine",
          nodes: ["alice"],
          edges: ["alice-bob"],
          period: "2025-04",
        },
        { title: "Bad", nodes: ["alice-bob", "bob"], edges: ["alice"], period: "2025-05" },
      ],
    });
    expect(problemsOf(doc)).toEqual([
      expect.stringContaining('error story[1].nodes[0]: unknown node "alice-bob"'),
      expect.stringContaining('error story[1].edges[0]: unknown edge "alice"'),
      expect.stringContaining(
        'error story[1].period: unknown period "2025-05" — fix: did you mean "2025-04"?',
      ),
    ]);
  });

  it("checks openingStep against the periods in use", () => {
    const nodes = [makeNodeDoc("alice", { date: "2025-04-02" }), makeNodeDoc("bob")];
    expect(problemsOf(makeGraphDoc({ nodes, openingStep: "2025-04" }))).toEqual([]);
    expect(problemsOf(makeGraphDoc({ nodes, openingStep: "2025-05" }))).toEqual([
      expect.stringContaining(
        'error openingStep: unknown period "2025-05" — fix: did you mean "2025-04"?',
      ),
    ]);
  });

  it("rejects duplicate period ids", () => {
    const period = { id: "p", label: "P", start: "2025", end: "2025" };
    expect(problemsOf(makeGraphDoc({ periods: [period, period] }))).toEqual([
      expect.stringContaining('error periods[1].id: duplicate period id "p"'),
    ]);
  });
});

describe("checks that keep out of the schema's way", () => {
  const period = (id: string | undefined, more: Record<string, unknown> = {}) => ({
    ...(id === undefined ? {} : { id }),
    label: "P",
    start: "2025",
    end: "2025",
    ...more,
  });

  it.each([
    [
      "no source at all",
      makeGraphDoc({ source: undefined }),
      ['error source: missing required field "source" — fix: add "source" as an object in { }'],
    ],
    [
      "two nodes without ids",
      makeGraphDoc({
        nodes: [makeNodeDoc("alice", { id: undefined }), makeNodeDoc("bob", { id: undefined })],
        edges: [],
      }),
      [
        'error nodes[0].id: missing required field "id" — fix: add "id" as text in double quotes',
        'error nodes[1].id: missing required field "id" — fix: add "id" as text in double quotes',
      ],
    ],
    [
      "an edge without a source",
      makeGraphDoc({ edges: [makeEdgeDoc("e", "alice", "bob", { source: undefined })] }),
      [
        'error edges[0].source: missing required field "source" — fix: add "source" as text in double quotes',
      ],
    ],
    [
      "a node without an id, then a misspelt reference",
      makeGraphDoc({
        nodes: [makeNodeDoc("x", { id: undefined }), ...twoPeople],
        edges: [makeEdgeDoc("e", "alice", "bobb")],
      }),
      [
        'error nodes[0].id: missing required field "id" — fix: add "id" as text in double quotes',
        'error edges[0].target: unknown node "bobb" — fix: did you mean "bob"?',
      ],
    ],
    [
      "a period without an id, then a misspelt period",
      makeGraphDoc({
        periods: [period(undefined), period("p1")],
        story: [{ title: "t", nodes: [], edges: [], period: "p2" }],
      }),
      [
        'error periods[0].id: missing required field "id" — fix: add "id" as text in double quotes',
        'error story[0].period: unknown period "p2" — fix: did you mean "p1"?',
      ],
    ],
    [
      "a story step naming a month of the node dates when the file lists its own periods",
      makeGraphDoc({
        nodes: [makeNodeDoc("alice", { date: "2025-04-02" }), makeNodeDoc("bob")],
        periods: [period("2025")],
        story: [{ title: "t", nodes: [], edges: [], period: "2025-04" }],
      }),
      ['error story[0].period: unknown period "2025-04" — fix: use the id of one of the periods'],
    ],
  ])("reports %s, and nothing more", (_, doc, expected) => {
    expect(problemsOf(doc)).toEqual(expected);
  });

  it.each([
    [
      { text: "x", textFile: "a.txt" },
      'has both "text" and "textFile" — fix: keep only one of them',
    ],
    [
      {},
      'missing the source text ("text" or "textFile") — fix: add the article as "text", or "textFile" naming a text file next to the graph file',
    ],
  ])("tells how to fix the source %j", (more, expected) => {
    expect(problemsOf(makeGraphDoc({ source: { title: "A", ...more } }))).toEqual([
      `error source: ${expected}`,
    ]);
  });

  it("tells how to fix a duplicate period id", () => {
    expect(problemsOf(makeGraphDoc({ periods: [period("p"), period("p")] }))).toEqual([
      'error periods[1].id: duplicate period id "p" — fix: give every period its own id',
    ]);
  });

  const notReal = (path: string, value: string) =>
    `error ${path}: "${value}" is not a real calendar date — fix: use a date that exists, written YYYY-MM-DD (e.g. 2025-07-14), YYYY-MM or YYYY`;

  it("checks the calendar of every date of nodes, edges and periods", () => {
    const doc = makeGraphDoc({
      nodes: [makeNodeDoc("alice", { end: "2025-02-30" }), makeNodeDoc("bob")],
      edges: [makeEdgeDoc("e", "alice", "bob", { start: "2025-13", end: "2025-04-31" })],
      periods: [period("p", { start: "2025-00", end: "2026-02-29" })],
    });
    expect(problemsOf(doc)).toEqual([
      notReal("nodes[0].end", "2025-02-30"),
      notReal("edges[0].start", "2025-13"),
      notReal("edges[0].end", "2025-04-31"),
      notReal("periods[0].start", "2025-00"),
      notReal("periods[0].end", "2026-02-29"),
    ]);
  });
});
