import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { normalizeQuote } from "./anchor";
import { exportJson } from "../formats/json";
import { loadGraph } from "./load";
import { hasErrors } from "./problems";
import { isBlank } from "./schema";
import type { Graph, LoadResult } from "../model/types";
import { almostValidDocument, validGraphDocument } from "../../../tests/fixtures/arbitraries";

// Properties over generated input. A failure prints the seed and the shrunk counterexample;
// replay with `{ seed, path }` in the test's parameters.

/** What every load result must look like, whatever went in. */
function expectWellFormed(result: LoadResult): void {
  expect(result.ok).toBe(!hasErrors(result.problems));
  for (const p of result.problems) {
    expect(typeof p.path).toBe("string");
    expect(p.message).not.toBe("");
    expect(p.fix).toBeTruthy();
    // The loader's last-resort catch: reaching it means a bug, not a bad file.
    expect(p.message).not.toMatch(/^the file could not be read/);
    // Outside the quoted values it echoes, a message must not show JavaScript's internals.
    const own = p.message.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(own).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]/);
  }
}

function loaded(result: LoadResult): Graph {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return result.graph;
}

// Pieces of JSON, so that random text gets far enough into the parser to hit its error paths.
const jsonToken = fc.constantFrom(
  ...'{}[]:,"\\ \n'.split(""),
  "1",
  "-0.5e3",
  "true",
  "null",
  '"format"',
  '"entente-graph"',
  '"version"',
  '"nodes"',
  '"__proto__"',
  "\uFEFF",
  "'",
  "//",
);

describe("the loader never throws", () => {
  test.prop(
    [
      fc.oneof(
        fc.string(),
        fc.string({ unit: "grapheme" }),
        fc.string({ unit: "binary" }),
        fc.array(jsonToken, { maxLength: 40 }).map((tokens) => tokens.join("")),
      ),
    ],
    { numRuns: 300 },
  )("on any string", (text) => {
    expectWellFormed(loadGraph(text));
  });

  test.prop(
    [
      fc.oneof(
        fc.json(),
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
    ],
    {
      numRuns: 300,
    },
  )("on any JSON", (text) => {
    const result = loadGraph(text);
    expectWellFormed(result);
  });

  test.prop([almostValidDocument], { numRuns: 200 })(
    "on a valid document with one field replaced by any JSON value",
    ({ doc }) => {
      expectWellFormed(loadGraph(JSON.stringify(doc)));
      expectWellFormed(loadGraph(JSON.stringify(doc), { strict: true }));
    },
  );

  test.prop([validGraphDocument, fc.nat()], { numRuns: 200 })(
    "on a valid document cut short, reporting where the JSON breaks off",
    (doc, at) => {
      const text = JSON.stringify(doc, null, 2);
      const result = loadGraph(text.slice(0, at % text.length));
      expect(result.ok).toBe(false);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]?.message).toMatch(
        /^(the file is empty|invalid JSON at line \d+, column \d+: .+)$/,
      );
    },
  );
});

// A mutation of a file's text: what a careless edit, a bad merge or a truncated download does.
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(jsonToken, fc.string({ unit: "binary", maxLength: 4 })),
  }),
  fc.record({
    kind: fc.constant("delete" as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({
    kind: fc.constant("repeat" as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
);

function mutate(
  text: string,
  change: typeof mutation extends fc.Arbitrary<infer M> ? M : never,
): string {
  const at = change.at % (text.length + 1);
  switch (change.kind) {
    case "insert":
      return text.slice(0, at) + change.text + text.slice(at);
    case "delete":
      return text.slice(0, at) + text.slice(at + change.length);
    case "repeat":
      return text.slice(0, at + change.length) + text.slice(at);
  }
}

describe("mutated files (fuzz, fixed seed)", () => {
  test.prop([validGraphDocument, fc.array(mutation, { minLength: 1, maxLength: 4 })], {
    numRuns: 400,
    seed: 1414,
  })("never throw, and anything accepted is a whole graph", (doc, changes) => {
    const text = changes.reduce(mutate, JSON.stringify(doc, null, 1));
    const result = loadGraph(text);
    expectWellFormed(result);
    if (!result.ok) return;
    for (const edge of result.graph.edges) {
      expect(result.graph.nodeById.has(edge.source)).toBe(true);
      expect(result.graph.nodeById.has(edge.target)).toBe(true);
    }
    for (const node of result.graph.nodes) expect(isBlank(node.label)).toBe(false);
  });
});

describe("valid documents", () => {
  test.prop([validGraphDocument], { numRuns: 200 })(
    "load without errors, every id found and every quote anchored",
    (doc) => {
      const result = loadGraph(JSON.stringify(doc));
      expectWellFormed(result);
      const graph = loaded(result);
      expect(graph.nodes.map((n) => n.id)).toEqual(doc.nodes.map((n) => n.id));
      expect(graph.edges.map((e) => e.id)).toEqual(doc.edges.map((e) => e.id));
      for (const node of graph.nodes) expect(graph.nodeById.get(node.id)).toBe(node);
      for (const edge of graph.edges) expect(graph.edgeById.get(edge.id)).toBe(edge);
      for (const { quote, anchor } of [...graph.nodes, ...graph.edges].flatMap((x) => x.evidence)) {
        expect(anchor).not.toBeNull();
        const passage = graph.source.text.slice(anchor?.start, anchor?.end);
        expect(normalizeQuote(passage)).toBe(normalizeQuote(quote));
      }
    },
  );

  test.prop([validGraphDocument], { numRuns: 200 })(
    "survive export and import unchanged",
    (doc) => {
      const first = loaded(loadGraph(JSON.stringify(doc)));
      const again = loaded(loadGraph(exportJson(first)));
      expect(again.title).toBe(first.title);
      expect(again.source).toStrictEqual(first.source);
      expect(again.nodes).toStrictEqual(first.nodes);
      expect(again.edges).toStrictEqual(first.edges);
      expect(again.periods).toStrictEqual(first.periods);
      expect(again).toEqual(first);
    },
  );
});
