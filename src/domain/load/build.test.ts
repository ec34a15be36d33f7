import { describe, expect, it } from "vitest";
import { buildGraph, guarded } from "./build";
import { formatProblem, parseGraphText } from "./load";
import type { GraphDocument } from "./schema";
import {
  SOURCE_TEXT,
  makeEdgeDoc,
  makeEvidenceDoc,
  makeGraphDoc,
  makeNodeDoc,
  toText,
} from "../../../tests/fixtures/factory";

/** A file from the factory, checked as the loader checks it, ready to build. */
function checked(more: Record<string, unknown> = {}): GraphDocument {
  const parsed = parseGraphText(toText(makeGraphDoc(more)));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join("\n"));
  return parsed.doc;
}

const REPORT = "please report this file to the developers";

describe("guarded", () => {
  it("returns what the run returns when it does not throw", () => {
    expect(
      guarded(
        () => 5,
        () => 0,
      ),
    ).toBe(5);
  });

  it.each([
    ["an Error, by its message", new Error("boom"), "the file could not be read: boom"],
    ["anything else, as text", "oops", "the file could not be read: oops"],
  ])("turns a throw of %s into one problem with the whole file", (_, thrown, message) => {
    const run = (): number => {
      throw thrown;
    };
    expect(guarded<unknown>(run, (p) => p)).toEqual({
      severity: "error",
      path: "",
      message,
      fix: REPORT,
    });
  });
});

describe("buildGraph", () => {
  it("never throws, even on a document that does not keep to its type", () => {
    const doc = {
      ...checked(),
      get nodes(): never {
        throw new Error("boom");
      },
    };
    expect(buildGraph(doc, SOURCE_TEXT)).toEqual({
      ok: false,
      problems: [
        { severity: "error", path: "", message: "the file could not be read: boom", fix: REPORT },
      ],
    });
  });

  it("fails a strict build of an imported graph with elements that have no quote yet", () => {
    const doc = checked({
      imported: { format: "GEXF file" },
      nodes: [makeNodeDoc("alice", { evidence: [] }), makeNodeDoc("bob")],
      edges: [makeEdgeDoc("alice-bob", "alice", "bob", { evidence: [] })],
    });
    const result = buildGraph(doc, SOURCE_TEXT, { strict: true });
    expect(result.ok).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual([
      'error nodes[0].evidence: no source yet — fix: add a quote from the source text ("Edit this graph")',
      'error edges[0].evidence: no source yet — fix: add a quote from the source text ("Edit this graph")',
    ]);
    expect(Object.keys(result)).toEqual(["ok", "problems"]);
  });

  it("names the edge of a quote it cannot find", () => {
    const evidence = [makeEvidenceDoc("Carol met Dave")];
    const doc = checked({ edges: [makeEdgeDoc("alice-bob", "alice", "bob", { evidence })] });
    expect(buildGraph(doc, SOURCE_TEXT).problems.map(formatProblem)).toEqual([
      'warning edges[0].evidence[0].quote: quote not found in the source text (unverified): "Carol met Dave" — fix: copy the passage exactly from the source; quote marks, dashes and spacing may differ, nothing else',
    ]);
  });

  it("copies the document's elements unless asked to adopt them", () => {
    const doc = checked();
    const result = buildGraph(doc, SOURCE_TEXT);
    if (!result.ok) throw new Error("not built");
    expect(result.graph.nodes[0]).not.toBe(doc.nodes[0]);
    expect(result.graph.edges[0]).not.toBe(doc.edges[0]);
    expect(doc.nodes[0]).not.toHaveProperty("approximate");
  });

  it("gives the graph no key for an optional part the file leaves out", () => {
    const result = buildGraph(checked(), SOURCE_TEXT);
    if (!result.ok) throw new Error("not built");
    expect(Object.keys(result.graph)).toEqual([
      "title",
      "source",
      "periods",
      "periodsDerived",
      "nodes",
      "edges",
      "nodeById",
      "edgeById",
    ]);
  });

  it("keeps every optional part the file gives", () => {
    const story = [{ title: "Step", nodes: ["alice"], edges: [] }];
    const periods = [{ id: "p", label: "P", start: "2025", end: "2025" }];
    const doc = checked({
      $schema: "https://example.org/graph.schema.json",
      imported: { format: "GEXF file" },
      periods,
      story,
      openingStep: "p",
    });
    const result = buildGraph(doc, SOURCE_TEXT);
    if (!result.ok) throw new Error("not built");
    const { imported, schemaUrl, periodsDerived, openingStep } = result.graph;
    expect({ imported, schemaUrl, periodsDerived, openingStep }).toEqual({
      imported: { format: "GEXF file" },
      schemaUrl: "https://example.org/graph.schema.json",
      periodsDerived: false,
      openingStep: "p",
    });
    expect(result.graph.story).toEqual(story);
    expect(result.graph.periods).toEqual(periods);
  });
});
