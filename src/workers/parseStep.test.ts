import { describe, expect, it } from "vitest";
import harbourText from "../../data/examples/harbour-cooperative.json?raw";
import textFileGraph from "../../tests/fixtures/graphs/text-file.json?raw";
import article from "../../tests/fixtures/graphs/article.txt?raw";
import { loadGraph } from "../domain/load/load";
import { handOver, parseStep } from "./parseStep";

describe("parseStep", () => {
  it("builds a graph with its text inline, as loadGraph does", () => {
    const outcome = parseStep({ text: harbourText });
    expect(outcome).toEqual({ kind: "done", result: loadGraph(harbourText) });
  });

  it("asks for the text file a graph names, then builds with the text supplied", () => {
    expect(parseStep({ text: textFileGraph })).toEqual({
      kind: "needs-text",
      textFile: "article.txt",
      problems: [],
    });
    const outcome = parseStep({ text: textFileGraph, sourceText: article });
    const expected = loadGraph(textFileGraph, { readTextFile: () => article });
    expect(outcome).toEqual({ kind: "done", result: expected });
    expect(expected.ok).toBe(true);
  });

  it("reports every problem of a broken file", () => {
    const outcome = parseStep({ text: '{"format": "entente-graph", "version": 1}' });
    expect(outcome.kind === "done" && !outcome.result.ok && outcome.result.problems.length).toBe(
      loadGraph('{"format": "entente-graph", "version": 1}').problems.length,
    );
  });

  // What the worker posts back arrives through structured clone: the graph must survive it.
  it("produces a graph that survives structured cloning with its id maps and shared objects", () => {
    const outcome = parseStep({ text: harbourText });
    if (outcome.kind !== "done" || !outcome.result.ok) throw new Error("expected a graph");
    const copy = structuredClone(outcome.result.graph);
    expect(copy).toEqual(outcome.result.graph);
    expect(copy.nodeById).toBeInstanceOf(Map);
    const [first] = copy.nodes;
    expect(first && copy.nodeById.get(first.id)).toBe(first);
  });

  it("hands over a long problem list as its first 200 and a digest, a short one whole", () => {
    const doc = JSON.parse(harbourText) as { edges: { id: string; target: string }[] };
    const [first] = doc.edges;
    for (let i = 0; i < 300; i++) doc.edges.push({ ...first!, id: `x${i}`, target: `ghost${i}` });
    const broken = JSON.stringify(doc);
    const outcome = handOver(parseStep({ text: broken }));
    expect(outcome.kind).toBe("done");
    if (outcome.kind !== "done") return;
    expect(outcome.result.problems).toHaveLength(200);
    expect(outcome.digest?.total).toBeGreaterThanOrEqual(300);
    const few = handOver(parseStep({ text: harbourText }));
    expect(few.kind === "done" && few.digest).toBe(undefined);
  });

  it("hands over an import report's notes past 200 as the first 200 and a digest of them all", () => {
    const notes = Array.from({ length: 300 }, (_, i) => ({
      severity: "info" as const,
      message: `row ${i} skipped`,
    }));
    const report = { format: "CSV spreadsheet", read: [], mapped: [], notes };
    const result = { ok: false as const, problems: [] };
    const outcome = handOver({ kind: "done", result, report });
    const handed = outcome.kind === "done" ? outcome.report : undefined;
    expect(handed?.notes).toEqual(notes.slice(0, 200));
    expect(handed?.notesDigest?.total).toBe(300);
    expect(handed?.notesDigest?.kinds).toEqual([["info: row # skipped", 300]]);
    expect(handed?.notesDigest?.lines.split("\n").at(-1)).toBe("info: row 299 skipped");
    const few = { ...report, notes: notes.slice(0, 200) };
    const kept = handOver({ kind: "done", result, report: few });
    expect(kept.kind === "done" && kept.report).toBe(few);
  });
});
