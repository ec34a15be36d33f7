import { describe, expect, it } from "vitest";
import { loadGraph } from "./load";
import type { LoadResult, Problem } from "../model/types";
import {
  SOURCE_TEXT,
  makeEdgeDoc,
  makeEvidenceDoc,
  makeGraphDoc,
  makeNodeDoc,
  toText,
} from "../../../tests/fixtures/factory";

// The catalogue of bad files users actually produce, each with the exact problem they should see.
// load.test.ts covers how the loader works; this file pins down what people are told.

type Fields = Record<string, unknown>;

const load = (doc: unknown, options = {}) => loadGraph(toText(doc), options);

/** A document whose first node is changed by `more` (the second node keeps the edge valid). */
const withNode = (more: Fields) =>
  makeGraphDoc({ nodes: [makeNodeDoc("alice", more), makeNodeDoc("bob")] });

const withEdge = (edge: Fields) => makeGraphDoc({ edges: [edge] });

const withSource = (more: Fields) =>
  makeGraphDoc({ source: { title: "Test article", text: SOURCE_TEXT, ...more } });

function loaded(result: LoadResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return result.graph;
}

interface Expected {
  ok: boolean;
  severity?: Problem["severity"];
  path: string;
  message: string;
  fix: string | RegExp;
}

/** The result is ok (or not) and has exactly one problem, the one expected. */
function expectOnly(result: LoadResult, expected: Expected): void {
  expect(result.ok).toBe(expected.ok);
  expect(result.problems).toHaveLength(1);
  const [problem] = result.problems;
  expect(problem).toMatchObject({
    severity: expected.severity ?? "error",
    path: expected.path,
    message: expected.message,
  });
  expect(problem?.fix).toMatch(expected.fix);
}

const NOT_AN_OBJECT = 'start from the example in docs/data-format.md: { "format": ... }';

describe("files that are not graph JSON", () => {
  it.each([
    ["an empty file", "", "the file is empty", "put the graph JSON in the file"],
    ["whitespace only", " \n\t\r\n ", "the file is empty", "put the graph JSON in the file"],
    [
      "an HTML page",
      "<!DOCTYPE html>\n<html><body>Not found</body></html>",
      "this looks like HTML, not JSON",
      "check the address points at the .json file itself, not a web page",
    ],
    [
      "a trailing comma",
      '{\n  "format": "entente-graph",\n  "version": 1,\n}',
      'invalid JSON at line 3, column 15: trailing comma before "}"',
      "remove the comma after the last item",
    ],
    [
      "a top-level array",
      "[]",
      "the file must be a JSON object ({ ... }), not a list",
      NOT_AN_OBJECT,
    ],
    ["top-level null", "null", "the file must be a JSON object ({ ... }), not null", NOT_AN_OBJECT],
    [
      "a top-level string",
      '"entente-graph"',
      "the file must be a JSON object ({ ... }), not text",
      NOT_AN_OBJECT,
    ],
  ])("refuses %s", (_, text, message, fix) => {
    expectOnly(loadGraph(text), { ok: false, path: "", message, fix });
  });

  it("loads a file saved with a UTF-8 byte order mark", () => {
    const result = loadGraph(`\uFEFF${toText(makeGraphDoc())}`);
    expect(result).toMatchObject({ ok: true, problems: [] });
  });
});

describe("the envelope", () => {
  it.each([
    ["a missing version", { version: undefined }, 'missing "version"', 'add "version": 1'],
    [
      "a future version 2",
      { version: 2 },
      "version 2 is newer than this app supports (1)",
      "open it with a newer version of the app",
    ],
    [
      'version as text "1"',
      { version: "1" },
      'version must be the number 1, not "1"',
      'write "version": 1 (a number, no quotes)',
    ],
  ])("refuses %s", (_, change, message, fix) => {
    expectOnly(load(makeGraphDoc(change)), { ok: false, path: "version", message, fix });
  });
});

describe("ids and references", () => {
  it.each([
    [
      "a duplicate node id",
      makeGraphDoc({ nodes: [makeNodeDoc("alice"), makeNodeDoc("alice")], edges: [] }),
      "nodes[1].id",
      'duplicate id "alice" — already used by nodes[0]',
      "give every node and edge its own id",
    ],
    [
      "an edge id equal to a node id",
      withEdge(makeEdgeDoc("bob", "alice", "bob")),
      "edges[0].id",
      'duplicate id "bob" — already used by nodes[1]',
      "give every node and edge its own id",
    ],
    [
      "an edge to a missing node",
      withEdge(makeEdgeDoc("e", "alice", "bobb")),
      "edges[0].target",
      'unknown node "bobb"',
      'did you mean "bob"?',
    ],
    [
      "an edge to a missing node with no near match",
      withEdge(makeEdgeDoc("e", "zed", "bob")),
      "edges[0].source",
      'unknown node "zed"',
      "use the id of one of the nodes",
    ],
    [
      "an edge to a node named like a prototype key",
      withEdge(makeEdgeDoc("e", "alice", "toString")),
      "edges[0].target",
      'unknown node "toString"',
      "use the id of one of the nodes",
    ],
  ])("refuses %s", (_, doc, path, message, fix) => {
    expectOnly(load(doc), { ok: false, path, message, fix });
  });
});

describe("values from fixed lists", () => {
  it.each([
    [
      "an unknown kind",
      withNode({ kind: "persn" }),
      "nodes[0].kind",
      'unknown kind "persn" — allowed: person, organization, media, government, program, event, place, asset',
    ],
    [
      "an unknown stance",
      withEdge(makeEdgeDoc("e", "alice", "bob", { stance: "friendly" })),
      "edges[0].stance",
      'unknown stance "friendly" — allowed: alliance, rivalry, neutral',
    ],
  ])("refuses %s, listing the allowed values", (_, doc, path, message) => {
    expectOnly(load(doc), { ok: false, path, message, fix: "use one of the allowed values" });
  });

  it.each([
    ["kind", withNode({ kind: undefined }), "nodes[0].kind", "person, organization, media"],
    [
      "stance",
      withEdge(makeEdgeDoc("e", "alice", "bob", { stance: undefined })),
      "edges[0].stance",
      "alliance, rivalry, neutral",
    ],
  ])("reports a missing %s as missing, with the allowed values", (field, doc, path, allowed) => {
    expectOnly(load(doc), {
      ok: false,
      path,
      message: `missing required field "${field}"`,
      fix: `add "${field}": one of ${allowed}`,
    });
  });
});

describe("dates", () => {
  const REAL_DATE = "use a date that exists, written YYYY-MM-DD (e.g. 2025-07-14), YYYY-MM or YYYY";
  it.each([
    [
      "29 February in a common year",
      { date: "2023-02-29" },
      "nodes[0].date",
      '"2023-02-29" is not a real calendar date',
      REAL_DATE,
    ],
    [
      "a day/month/year date",
      { date: "05/06/2024" },
      "nodes[0].date",
      '"05/06/2024" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD',
      "write the date like 2025-07-14, 2025-07 or 2025",
    ],
    [
      "an end before the start",
      { start: "2024-05", end: "2024-04-30" },
      "nodes[0].end",
      "end 2024-04-30 is before start 2024-05",
      "swap start and end, or correct one of them",
    ],
  ])("refuses %s", (_, change, path, message, fix) => {
    expectOnly(load(withNode(change)), { ok: false, path, message, fix });
  });
});

describe("evidence", () => {
  it("loads a quote that is not in the text, unanchored, with a warning", () => {
    const result = load(withNode({ evidence: [makeEvidenceDoc("Alice met Bob on the moon.")] }));
    expectOnly(result, {
      ok: true,
      severity: "warning",
      path: "nodes[0].evidence[0].quote",
      message: 'quote not found in the source text (unverified): "Alice met Bob on the moon."',
      fix: /^copy the passage exactly from the source/,
    });
    expect(loaded(result).nodes[0]?.evidence[0]?.anchor).toBeNull();
  });

  it("refuses an empty evidence list", () => {
    expectOnly(load(withNode({ evidence: [] })), {
      ok: false,
      path: "nodes[0].evidence",
      message: "needs at least one piece of evidence",
      fix: 'add { "quote": "..." } with a passage copied from the source text; a graph from another tool may say "imported": { "format": "..." } instead',
    });
  });
});

describe("the source", () => {
  it.each([
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
  ])("refuses a %s url", (_, url) => {
    expectOnly(load(withSource({ url })), {
      ok: false,
      path: "source.url",
      message: `"${url}" is not an http: or https: address`,
      fix: "use a web address starting with https://, or remove url",
    });
  });

  const withFile = makeGraphDoc({ source: { title: "Test article", textFile: "article.txt" } });
  it.each([
    ["has no reader (a file opened in the browser)", {}],
    ["has a reader that finds nothing", { readTextFile: () => undefined }],
    [
      "has a reader that throws",
      {
        readTextFile: () => {
          throw new Error("EACCES");
        },
      },
    ],
  ])("asks for the text inline when textFile is set and the caller %s", (_, options) => {
    expectOnly(load(withFile, options), {
      ok: false,
      path: "source.textFile",
      message: 'could not read the source text file "article.txt"',
      fix: 'put the article inline as "source.text" instead of "textFile"',
    });
  });
});

describe("deep nesting", () => {
  const DEPTH = 100_000;
  it.each([
    ["lists", `${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`, "line 1, column 65"],
    ["objects", `${'{"a":'.repeat(DEPTH)}1${"}".repeat(DEPTH)}`, "line 1, column 321"],
    ["unclosed lists", "[".repeat(DEPTH), "line 1, column 65"],
  ])("refuses 100,000 nested %s quickly, without throwing", (_, text, where) => {
    const started = performance.now();
    const result = loadGraph(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expectOnly(result, {
      ok: false,
      path: "",
      message: `nesting deeper than 64 levels at ${where}`,
      fix: /runaway brackets/,
    });
  });

  it("does not count brackets inside text", () => {
    const label = "[{".repeat(50_000);
    expect(loaded(load(withNode({ label }))).nodes[0]?.label).toBe(label);
  });
});

describe("markup in labels and quotes", () => {
  // The loader keeps strings exactly as written; showing them as text, never as HTML, is the UI's job.
  const SCRIPT = "<script>alert(1)</script>";
  const IMG = "<img src=x onerror=alert(1)>";
  const text = `Before ${SCRIPT} between ${IMG} after.`;

  it("loads them unchanged and anchors them like any other text", () => {
    const doc = makeGraphDoc({
      source: { title: IMG, text },
      nodes: [
        makeNodeDoc("a", { label: SCRIPT, summary: IMG, evidence: [makeEvidenceDoc(SCRIPT)] }),
        makeNodeDoc("b", { label: IMG, evidence: [makeEvidenceDoc(`${IMG} after.`)] }),
      ],
      edges: [makeEdgeDoc(SCRIPT, "a", "b", { relation: IMG, evidence: [makeEvidenceDoc(IMG)] })],
    });
    const result = load(doc);
    expect(result).toMatchObject({ ok: true, problems: [] });
    const graph = loaded(result);
    expect(graph.source.title).toBe(IMG);
    expect(graph.nodes.map((n) => n.label)).toEqual([SCRIPT, IMG]);
    expect(graph.nodes[0]?.summary).toBe(IMG);
    expect(graph.edges[0]).toMatchObject({ id: SCRIPT, relation: IMG });
    const passages = [...graph.nodes, ...graph.edges].map((item) => {
      const { quote, anchor } = item.evidence[0] ?? { quote: "", anchor: null };
      return [quote, anchor && text.slice(anchor.start, anchor.end)];
    });
    expect(passages).toEqual([
      [SCRIPT, SCRIPT],
      [`${IMG} after.`, `${IMG} after.`],
      [IMG, IMG],
    ]);
  });
});

describe("prototype keys", () => {
  it("accepts __proto__, constructor and toString as ids, and finds them by id", () => {
    const ids = ["__proto__", "constructor", "toString"];
    const doc = makeGraphDoc({
      nodes: ids.map((id) => makeNodeDoc(id)),
      edges: [makeEdgeDoc("hasOwnProperty", "__proto__", "constructor")],
      story: [{ title: "Step", nodes: ids, edges: ["hasOwnProperty"] }],
    });
    const graph = loaded(load(doc));
    for (const id of ids) expect(graph.nodeById.get(id)?.id).toBe(id);
    expect(graph.edgeById.get("hasOwnProperty")).toMatchObject({
      source: "__proto__",
      target: "constructor",
    });
    expect(graph.nodeById.get("valueOf")).toBeUndefined();
  });

  it("does not pollute Object.prototype through __proto__ or constructor fields", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const pollute =
      '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}';
    const text = toText(makeGraphDoc())
      .replace(/^\{/, `{ ${pollute},`)
      .replace('"id": "alice",', `"id": "alice", ${pollute},`);
    expect(text.match(/"__proto__"/g)).toHaveLength(2);

    const result = loadGraph(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => `${p.severity} ${p.path}: ${p.message}`)).toEqual([
      'warning nodes[0].__proto__: unknown field "__proto__"',
      'warning nodes[0].constructor: unknown field "constructor"',
      'warning __proto__: unknown field "__proto__"',
      'warning constructor: unknown field "constructor"',
    ]);
    const alice = loaded(result).nodes[0];
    expect(Object.getPrototypeOf(alice)).toBe(Object.prototype);
    expect(alice && Object.hasOwn(alice, "polluted")).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("makes them errors in a strict load", () => {
    const text = toText(makeGraphDoc()).replace(/^\{/, '{ "__proto__": {"polluted": true},');
    const result = loadGraph(text, { strict: true });
    expect(result.ok).toBe(false);
    expect(result.problems).toMatchObject([{ severity: "error", path: "__proto__" }]);
  });
});

describe("ids with spaces and punctuation", () => {
  it("loads them and finds them by id", () => {
    const ids = ["Blue Origin", 'say "hi"', "#1", "a,b", "a.b[0]", " x "];
    const doc = makeGraphDoc({
      nodes: ids.map((id) => makeNodeDoc(id)),
      edges: [makeEdgeDoc("Blue Origin → #1", "Blue Origin", "#1")],
    });
    const graph = loaded(load(doc));
    for (const id of ids) expect(graph.nodeById.get(id)?.id).toBe(id);
    expect(graph.edgeById.get("Blue Origin → #1")?.target).toBe("#1");
  });

  it("quotes odd ids in problem paths and messages", () => {
    const doc = makeGraphDoc({
      nodes: [makeNodeDoc('say "hi"'), makeNodeDoc('say "hi"')],
      edges: [],
    });
    expectOnly(load(doc), {
      ok: false,
      path: "nodes[1].id",
      message: 'duplicate id "say \\"hi\\"" — already used by nodes[0]',
      fix: "give every node and edge its own id",
    });
  });
});

describe("scripts, emoji and combining marks", () => {
  const ARABIC = "قال المتحدث إن الاتفاق «تاريخي»";
  const HEBREW = "הוא אמר שההסכם היסטורי";
  const FAMILY = "👩‍👩‍👧‍👦"; // a ZWJ sequence: 4 people, 11 UTF-16 units, one grapheme
  const FLAG = "🇺🇦";
  const THUMBS = "👍🏽";
  const MATH = "𝒳𝒴"; // astral letters, surrogate pairs
  const CAFE_NFD = "cafe\u0301"; // e + combining acute
  const ZURICH_NFD = "Zu\u0308rich";
  const text = [
    `${FAMILY}${FLAG} ${THUMBS} ${MATH}: ${ARABIC}.`,
    `${HEBREW}. Coffee at the ${CAFE_NFD} in ${ZURICH_NFD} ${FAMILY} was “excellent”.`,
  ].join("\n");

  /** The exact passage each quote anchors to. */
  function passages(quotes: readonly string[]): (string | null)[] {
    const doc = makeGraphDoc({
      source: { title: `${ARABIC} ${FAMILY}`, text },
      nodes: [
        makeNodeDoc("a", { evidence: quotes.map((q) => makeEvidenceDoc(q)) }),
        makeNodeDoc("b"),
      ],
      edges: [],
    });
    const graph = loaded(load(doc));
    return (graph.nodes[0]?.evidence ?? []).map(
      ({ anchor }) => anchor && text.slice(anchor.start, anchor.end),
    );
  }

  it("anchors quotes at the right UTF-16 offsets after emoji and surrogate pairs", () => {
    const quotes = [ARABIC, HEBREW, `${FAMILY}${FLAG}`, THUMBS, `${MATH}: ${ARABIC}`, FLAG];
    expect(passages(quotes)).toEqual(quotes);
  });

  it("anchors quotes that contain combining marks, whichever form the quote is typed in", () => {
    const nfc = `${CAFE_NFD} in ${ZURICH_NFD}`.normalize("NFC");
    expect(nfc).not.toBe(`${CAFE_NFD} in ${ZURICH_NFD}`);
    expect(passages([`the ${CAFE_NFD}`, nfc, `${ZURICH_NFD} ${FAMILY} was "excellent"`])).toEqual([
      `the ${CAFE_NFD}`,
      `${CAFE_NFD} in ${ZURICH_NFD}`,
      `${ZURICH_NFD} ${FAMILY} was “excellent”`,
    ]);
  });

  it("never anchors half a character: a base letter does not match the accented one", () => {
    expect(passages(["the cafe in"])).toEqual([null]);
  });

  it("keeps right-to-left text, emoji and combining marks in labels unchanged", () => {
    const labels = [ARABIC, HEBREW, FAMILY, `${CAFE_NFD} ${THUMBS}`];
    const doc = makeGraphDoc({
      nodes: labels.map((label, i) => makeNodeDoc(`n${i}`, { label })),
      edges: [makeEdgeDoc(FAMILY, "n0", "n1", { relation: HEBREW })],
    });
    const graph = loaded(load(doc));
    expect(graph.nodes.map((n) => n.label)).toEqual(labels);
    expect(graph.edgeById.get(FAMILY)?.relation).toBe(HEBREW);
  });
});

describe("a 10,000-character label", () => {
  // Format v1 sets no length limit, and a long label is not wrong, only unwieldy: the loader
  // accepts it silently and the canvas and panels are responsible for truncating what they show.
  it("loads with no problems and is kept whole", () => {
    const label = "Very long name ".repeat(667).slice(0, 10_000);
    const result = load(withNode({ label }));
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(loaded(result).nodes[0]?.label).toHaveLength(10_000);
  });
});

describe("promises the format makes", () => {
  it("anchors a quote typed in decomposed Hangul in composed text", () => {
    const text = "대통령은 한국 방문을 발표했다.";
    const quote = "한국 방문".normalize("NFD");
    const doc = makeGraphDoc({
      source: { title: "기사", text },
      nodes: [
        makeNodeDoc("a", { evidence: [makeEvidenceDoc(quote)] }),
        makeNodeDoc("b", { evidence: [makeEvidenceDoc(text)] }),
      ],
      edges: [],
    });
    const anchor = loaded(load(doc)).nodes[0]?.evidence[0]?.anchor;
    expect(anchor && text.slice(anchor.start, anchor.end)).toBe("한국 방문");
  });

  it("warns about a field written twice in one object, naming where", () => {
    const text = toText(makeGraphDoc()).replace(
      '"label": "Label of bob"',
      '"label": "Bob", "label": "Label of bob"',
    );
    expectOnly(loadGraph(text), {
      ok: true,
      severity: "warning",
      path: "nodes[1].label",
      message: 'field "label" is written twice in the same object; the last one is used',
      fix: "remove the copy you do not mean",
    });
  });

  it.each([
    ["a zero-width space", "\u200B"],
    ["a word joiner and a soft hyphen", "\u2060\u00AD"],
    ["a Hangul filler between spaces", " \u3164 "],
  ])("refuses a label of only %s", (_, label) => {
    expectOnly(load(withNode({ label })), {
      ok: false,
      path: "nodes[0].label",
      message: "must not be blank (spaces and invisible characters only)",
      fix: "write some text for label",
    });
  });

  it("refuses an id of only invisible characters", () => {
    const doc = makeGraphDoc({
      nodes: [makeNodeDoc("\u200B\u200C"), makeNodeDoc("bob")],
      edges: [],
    });
    expectOnly(load(doc), {
      ok: false,
      path: "nodes[0].id",
      message: "must not be blank (spaces and invisible characters only)",
      fix: "write some text for id",
    });
  });

  it.each([
    ["1e309", "a number too large to read"],
    ["1.5", "1.5"],
    ["1e100", "1e+100"],
  ])("refuses version %s", (version, shown) => {
    const text = toText(makeGraphDoc()).replace('"version": 1', `"version": ${version}`);
    expectOnly(loadGraph(text), {
      ok: false,
      path: "version",
      message: `version must be a small whole number (1), not ${shown}`,
      fix: 'write "version": 1 (a number, no quotes)',
    });
  });

  it("refuses a source link carrying a user name and password", () => {
    expectOnly(load(withSource({ url: "https://user:pw@news.example/story" })), {
      ok: false,
      path: "source.url",
      message: "must not contain a user name or password (user:password@)",
      fix: "remove the user:password@ part from the address",
    });
  });
});

describe("files with very many problems", () => {
  // 130,000 arguments spread into push() overflowed the stack ("Maximum call stack size exceeded").
  it("lists 130,000 unknown story references, each with its path", () => {
    const refs = Array.from({ length: 130_000 }, (_, i) => `ghost${i}`);
    const doc = makeGraphDoc({ story: [{ title: "All", nodes: refs, edges: [] }] });
    const result = load(doc);
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(130_000);
    expect(result.problems[129_999]).toMatchObject({
      path: "story[0].nodes[129999]",
      message: 'unknown node "ghost129999"',
    });
  });

  // Each "did you mean" costs edit distances against every id: only the first few unknown
  // references get one, the rest the plain hint.
  it("suggests a near id for the first unknown references only", () => {
    const nodes = Array.from({ length: 50 }, (_, i) => makeNodeDoc(`node-${i}`));
    const edges = Array.from({ length: 50 }, (_, i) =>
      makeEdgeDoc(`e${i}`, `node-${i}`, `nodd-${i}`),
    );
    const { problems } = load(makeGraphDoc({ nodes, edges }));
    expect(problems).toHaveLength(50);
    expect(problems[0]?.fix).toBe('did you mean "node-0"?');
    expect(problems[19]?.fix).toBe('did you mean "node-19"?');
    expect(problems[20]?.fix).toBe("use the id of one of the nodes");
    expect(problems[49]?.fix).toBe("use the id of one of the nodes");
  });
});
