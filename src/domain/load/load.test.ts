import { describe, expect, it } from "vitest";
import {
  buildGraph,
  checkBuiltDocument,
  checkGraphValue,
  formatProblem,
  loadGraph,
  parseGraphText,
} from "./load";
import type { LoadResult, Problem } from "../model/types";
import {
  DEFAULT_QUOTE,
  SOURCE_TEXT,
  makeEdgeDoc,
  makeEvidenceDoc,
  makeGraphDoc,
  makeNodeDoc,
  toText,
} from "../../../tests/fixtures/factory";

const load = (doc: unknown, options = {}) => loadGraph(toText(doc), options);
const summary = (problems: Problem[]) =>
  problems.map((p) => `${p.severity} ${p.path}: ${p.message}`);

function loaded(result: LoadResult) {
  if (!result.ok) throw new Error(summary(result.problems).join("\n"));
  return result.graph;
}

describe("loadGraph: the file as a whole", () => {
  it.each([
    ["a list", "[]", "the file must be a JSON object ({ ... }), not a list"],
    ["null", "null", "not null"],
    ["a string", '"graph"', "not text"],
    ["a number", "42", "not a number"],
  ])("rejects a top-level %s", (_, text, message) => {
    const result = loadGraph(text);
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toContain(message);
  });

  it.each([
    ["missing version", { version: undefined }, 'version: missing "version"'],
    ["future version", { version: 2 }, "version: version 2 is newer than this app supports (1)"],
    ["version as text", { version: "1" }, 'version: version must be the number 1, not "1"'],
    ["version 0", { version: 0 }, "version: version must be the number 1, not 0"],
    ["missing format", { format: undefined }, 'format: missing "format"'],
    ["wrong format", { format: "gexf" }, 'format: format is "gexf", not "entente-graph"'],
  ])("reports a %s on its own", (_, change, message) => {
    const result = load({ ...makeGraphDoc(change), nodes: "not checked" });
    expect(result.ok).toBe(false);
    expect(summary(result.problems)).toEqual([`error ${message}`]);
  });

  it("turns malformed JSON into one problem with line and column", () => {
    const result = loadGraph('{\n  "format": "entente-graph",\n}');
    expect(summary(result.problems)).toEqual([
      'error : invalid JSON at line 2, column 28: trailing comma before "}"',
    ]);
  });

  it("accepts a byte order mark", () => {
    expect(loadGraph("\uFEFF" + toText(makeGraphDoc())).ok).toBe(true);
  });

  it.each([
    ["empty", ""],
    ["HTML", "<!DOCTYPE html><html></html>"],
    ["deeply nested", "[".repeat(100_000)],
    ["lone surrogates and control characters", '{"\\ud800": "\u0000"}'],
  ])("never throws on %s input", (_, text) => {
    expect(() => loadGraph(text)).not.toThrow();
    expect(loadGraph(text).ok).toBe(false);
  });

  it("reports every problem at once, not just the first", () => {
    const doc = makeGraphDoc({
      nodes: [makeNodeDoc("alice", { kind: "persn" }), makeNodeDoc("bob", { date: "2023-02-29" })],
      edges: [makeEdgeDoc("e1", "alice", "muskk")],
    });
    expect(summary(load(doc).problems)).toEqual([
      expect.stringMatching(/^error nodes\[0\]\.kind: unknown kind "persn"/),
      'error nodes[1].date: "2023-02-29" is not a real calendar date',
      'error edges[0].target: unknown node "muskk"',
    ]);
  });
});

describe("loadGraph: graph shapes", () => {
  it("loads an empty graph", () => {
    const graph = loaded(load(makeGraphDoc({ nodes: [], edges: [] })));
    expect(graph.nodes).toEqual([]);
    expect(graph.periods).toEqual([]);
    expect(graph.periodsDerived).toBe(true);
  });

  it("loads self-loops and several edges between the same nodes", () => {
    const edges = [
      makeEdgeDoc("self", "alice", "alice"),
      makeEdgeDoc("first", "alice", "bob"),
      makeEdgeDoc("second", "alice", "bob", { stance: "rivalry" }),
      makeEdgeDoc("back", "bob", "alice"),
    ];
    const graph = loaded(load(makeGraphDoc({ edges })));
    expect(graph.edges.map((e) => e.id)).toEqual(["self", "first", "second", "back"]);
  });

  it.each([
    "__proto__",
    "constructor",
    "toString",
    "has space",
    "#hash",
    'say "hi"',
    "hasOwnProperty",
  ])("accepts %j as an id without touching Object.prototype", (id) => {
    const doc = makeGraphDoc({
      nodes: [makeNodeDoc(id), makeNodeDoc("bob")],
      edges: [makeEdgeDoc(`${id}-edge`, id, "bob")],
    });
    const graph = loaded(load(doc));
    expect(graph.nodeById.get(id)?.id).toBe(id);
    expect(graph.edgeById.get(`${id}-edge`)?.source).toBe(id);
    expect(graph.nodeById.has("valueOf")).toBe(false);
  });

  it("ignores __proto__ keys anywhere, leaving Object.prototype clean", () => {
    const poison = '"__proto__": {"polluted": 1}, ';
    const text = toText(makeGraphDoc())
      .replace("{", `{${poison}`)
      .replaceAll('"quote"', `${poison}"quote"`)
      .replace('"title": "Test article"', `${poison}"title": "Test article"`);
    const result = loadGraph(text);
    expect(result.ok).toBe(true);
    expect(result.problems.length).toBeGreaterThanOrEqual(4);
    expect(result.problems.every((p) => p.message === 'unknown field "__proto__"')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(loaded(result))).toBe(Object.prototype);
  });
});

describe("loadGraph: source text", () => {
  const withFile = makeGraphDoc({ source: { title: "Article", textFile: "article.txt" } });

  it("reads textFile through the callback", () => {
    const graph = loaded(
      load(withFile, {
        readTextFile: (p: string) => (p === "article.txt" ? SOURCE_TEXT : undefined),
      }),
    );
    expect(graph.source.text).toBe(SOURCE_TEXT);
    expect(graph.source.textFile).toBe("article.txt");
  });

  it.each([
    ["no reader", {}],
    ["a reader that finds nothing", { readTextFile: () => undefined }],
    [
      "a reader that throws",
      {
        readTextFile: () => {
          throw new Error("EACCES");
        },
      },
    ],
  ])("asks to inline source.text when there is %s", (_, options) => {
    const result = load(withFile, options);
    expect(result.ok).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual([
      'error source.textFile: could not read the source text file "article.txt" — fix: put the article inline as "source.text" instead of "textFile"',
    ]);
  });
});

describe("loadGraph: anchoring evidence", () => {
  const quoted = (quote: string) =>
    makeGraphDoc({
      nodes: [makeNodeDoc("alice", { evidence: [makeEvidenceDoc(quote)] }), makeNodeDoc("bob")],
    });

  it("anchors quotes to offsets in the original text, through curly quotes and dashes", () => {
    const graph = loaded(load(quoted('praised Alice "warmly" - twice')));
    const anchor = graph.nodeById.get("alice")?.evidence[0]?.anchor;
    expect(anchor && SOURCE_TEXT.slice(anchor.start, anchor.end)).toBe(
      "praised Alice “warmly” — twice",
    );
  });

  it("warns about a quote not in the text, and fails on it in strict mode", () => {
    const lenient = load(quoted("Alice met Carol"));
    expect(loaded(lenient).nodes[0]?.evidence[0]?.anchor).toBeNull();
    expect(summary(lenient.problems)).toEqual([
      'warning nodes[0].evidence[0].quote: quote not found in the source text (unverified): "Alice met Carol"',
    ]);
    const strict = load(quoted("Alice met Carol"), { strict: true });
    expect(strict.ok).toBe(false);
    expect(strict.problems[0]?.severity).toBe("error");
  });

  it("warns about a quote found twice and anchors the first", () => {
    const result = load(quoted("Bob"), { strict: true });
    expect(loaded(result).nodes[0]?.evidence[0]?.anchor).toEqual({ start: 10, end: 13 });
    expect(result.problems.map(formatProblem)).toEqual([
      "warning nodes[0].evidence[0].quote: quote occurs 2 times; anchored to the first — fix: lengthen it to make it unique",
    ]);
  });

  it("buildGraph anchors edges too and defaults approximate to false", () => {
    const parsed = parseGraphText(toText(makeGraphDoc()));
    if (!parsed.ok) throw new Error("fixture must parse");
    const graph = loaded(buildGraph(parsed.doc, `Intro. ${DEFAULT_QUOTE}`));
    expect(graph.edges[0]?.evidence[0]?.anchor).toEqual({
      start: 7,
      end: 7 + DEFAULT_QUOTE.length,
    });
    expect(graph.edges[0]?.approximate).toBe(false);
  });
});

describe("the loader's other doors", () => {
  const boom = {
    severity: "error",
    path: "",
    message: "the file could not be read: boom",
    fix: "please report this file to the developers",
  };
  /** `base` that throws as soon as its nodes are read, as a buggy importer's output might. */
  const throwing = <T extends object>(base: T): T =>
    Object.defineProperty({ ...base }, "nodes", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
  const parsedDoc = () => {
    const parsed = parseGraphText(toText(makeGraphDoc()));
    if (!parsed.ok) throw new Error("fixture must parse");
    return parsed.doc;
  };

  it("parseGraphText keeps its promise not to throw for a caller that passes no text", () => {
    const result = parseGraphText(undefined as unknown as string);
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/^the file could not be read: /);
    expect(result.problems[0]?.fix).toBe("please report this file to the developers");
  });

  it("checkGraphValue passes a good value with no problems when given no warnings", () => {
    const result = checkGraphValue(makeGraphDoc());
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
  });

  it("checkGraphValue turns a value that throws into one problem", () => {
    expect(checkGraphValue(throwing(makeGraphDoc()))).toEqual({ ok: false, problems: [boom] });
  });

  it("checkBuiltDocument passes an importer's good document on as it is", () => {
    const doc = parsedDoc();
    const result = checkBuiltDocument(doc);
    expect(result).toEqual({ ok: true, doc, problems: [] });
    expect(result.ok && result.doc).toBe(doc);
  });

  it("checkBuiltDocument runs the loader's own checks", () => {
    const doc = parsedDoc();
    const duplicate = { ...doc, edges: doc.edges.map((e) => ({ ...e, id: "alice" })) };
    expect(checkBuiltDocument(duplicate)).toEqual({
      ok: false,
      problems: [
        {
          severity: "error",
          path: "edges[0].id",
          message: 'duplicate id "alice" — already used by nodes[0]',
          fix: "give every node and edge its own id",
        },
      ],
    });
  });

  it("checkBuiltDocument turns a document that throws into one problem", () => {
    expect(checkBuiltDocument(throwing(parsedDoc()))).toEqual({ ok: false, problems: [boom] });
  });
});
