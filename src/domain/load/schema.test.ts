import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatProblem, loadGraph, parseGraphText } from "./load";
import { graphDocumentSchema, graphJsonSchema } from "./schema";
import {
  SOURCE_TEXT,
  makeEdgeDoc,
  makeGraphDoc,
  makeNodeDoc,
  toText,
} from "../../../tests/fixtures/factory";

const problemsOf = (doc: unknown, strict = false) =>
  parseGraphText(toText(doc), { strict }).problems.map(formatProblem);

const withAlice = (fields: Record<string, unknown>) =>
  makeGraphDoc({ nodes: [{ ...makeNodeDoc("alice"), ...fields }, makeNodeDoc("bob")] });

describe("field checks, in plain language", () => {
  it.each([
    [
      "an unknown kind",
      withAlice({ kind: "persn" }),
      'error nodes[0].kind: unknown kind "persn" — allowed: person, organization, media, government, program, event, place, asset — fix: use one of the allowed values',
    ],
    [
      "an unknown stance",
      makeGraphDoc({ edges: [makeEdgeDoc("e", "alice", "bob", { stance: "friends" })] }),
      'error edges[0].stance: unknown stance "friends" — allowed: alliance, rivalry, neutral',
    ],
    [
      "an unknown certainty",
      withAlice({ evidence: [{ quote: "Alice", certainty: "sure" }] }),
      'error nodes[0].evidence[0].certainty: unknown certainty "sure" — allowed: confirmed, reported, speculative',
    ],
    [
      "a missing label",
      withAlice({ label: undefined }),
      'error nodes[0].label: missing required field "label" — fix: add "label" as text in double quotes',
    ],
    ["a blank label", withAlice({ label: "  " }), "error nodes[0].label: must not be blank"],
    [
      "an empty id",
      makeGraphDoc({ nodes: [makeNodeDoc("")], edges: [] }),
      "error nodes[0].id: must not be empty",
    ],
    [
      "a number for text",
      withAlice({ summary: 7 }),
      "error nodes[0].summary: expected text in double quotes, got 7",
    ],
    [
      "text for true/false",
      withAlice({ approximate: "yes" }),
      'error nodes[0].approximate: expected true or false, got "yes"',
    ],
    [
      "empty evidence",
      withAlice({ evidence: [] }),
      "error nodes[0].evidence: needs at least one piece of evidence",
    ],
    [
      "nodes that are not a list",
      makeGraphDoc({ nodes: {} }),
      "error nodes: expected a list in [ ], got an object",
    ],
  ])("reports %s", (_, doc, expected) => {
    expect(problemsOf(doc)).toEqual([expect.stringContaining(expected)]);
  });
});

describe("unknown fields", () => {
  const doc = makeGraphDoc({
    colour: "red",
    nodes: [makeNodeDoc("alice", { "my note": 1 }), makeNodeDoc("bob")],
  });

  it("are warnings naming the field and path in a lenient load, and are dropped", () => {
    const result = parseGraphText(toText(doc));
    expect(result.problems.map(formatProblem)).toEqual([
      'warning nodes[0]["my note"]: unknown field "my note" — fix: check its spelling against docs/data-format.md, or remove it',
      'warning colour: unknown field "colour" — fix: check its spelling against docs/data-format.md, or remove it',
    ]);
    expect(result.ok && Object.hasOwn(result.doc, "colour")).toBe(false);
  });

  it("are errors in strict mode", () => {
    const result = parseGraphText(toText(doc), { strict: true });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.severity)).toEqual(["error", "error"]);
  });

  it("do not include $schema, which editors use", () => {
    expect(problemsOf(makeGraphDoc({ $schema: "./graph.schema.json" }), true)).toEqual([]);
  });
});

describe("public/graph.schema.json", () => {
  it("matches the zod schema (run `npm run schema` after changing it)", () => {
    const committed: unknown = JSON.parse(readFileSync("public/graph.schema.json", "utf8"));
    expect(committed).toEqual(graphJsonSchema());
  });

  it("describes the contract: closed objects, enums and required fields", () => {
    const schema = graphJsonSchema() as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(["format", "version", "title", "source", "nodes", "edges"]);
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.stringify(schema)).toContain('"enum":["alliance","rivalry","neutral"]');
  });
});

describe("docs/data-format.md", () => {
  it("has a complete example that loads strictly without a single problem", () => {
    const docs = readFileSync("docs/data-format.md", "utf8");
    const example = /## A complete example\s+```json\n([\s\S]*?)\n```/.exec(docs)?.[1] ?? "";
    const result = loadGraph(example, { strict: true });
    expect(result.problems).toEqual([]);
    expect(result.ok && result.graph.periods.map((p) => p.label)).toEqual(["March 2025"]);
  });
});

describe("source.url", () => {
  const withUrl = (url: string) =>
    makeGraphDoc({ source: { title: "Test article", text: SOURCE_TEXT, url } });

  it.each([
    ["a user name alone", "https://user@news.example/story"],
    ["a password alone", "https://:pw@news.example/story"],
    ["both", "https://user:pw@news.example/story"],
  ])("refuses an address carrying %s", (_, url) => {
    expect(problemsOf(withUrl(url))).toEqual([
      "error source.url: must not contain a user name or password (user:password@) — fix: remove the user:password@ part from the address",
    ]);
  });

  it.each([
    ["a scheme that only starts with http", "httpx://news.example/story"],
    ["a scheme that only ends with https", "git+https://news.example/story"],
    ["ftp", "ftp://news.example/story"],
  ])("refuses %s", (_, url) => {
    expect(problemsOf(withUrl(url))).toEqual([
      `error source.url: ${JSON.stringify(url)} is not an http: or https: address — fix: use a web address starting with https://, or remove url`,
    ]);
  });

  it("accepts http and https addresses", () => {
    expect(problemsOf(withUrl("http://news.example/story"), true)).toEqual([]);
    expect(problemsOf(withUrl("https://news.example/story?a=1"), true)).toEqual([]);
  });

  it("has one complaint about text that is no address at all, not a second about a password", () => {
    const result = graphDocumentSchema.safeParse(withUrl("not a link"));
    expect(result.error?.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["source.url", "invalid_format"],
    ]);
  });
});

describe("zod configuration", () => {
  it("is jitless, so a strict Content-Security-Policy (no eval) does not block validation", () => {
    expect(z.config().jitless).toBe(true);
  });
});
