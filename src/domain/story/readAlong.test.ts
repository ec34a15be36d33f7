import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../../tests/fixtures/factory";
import { segmentParagraphs } from "../view/segments";
import type { Evidence } from "../model/types";
import { anyQuoteInRange, elementsInRange, paragraphRanges } from "./readAlong";
import { articleGraph } from "../../../tests/fixtures/article";
import { quoteIn } from "../../../tests/fixtures/factory";

describe("paragraphRanges", () => {
  it.each([
    ["one line", "Alpha beta", [[0, 10]]],
    [
      "blank lines dropped",
      "A\n\nB\n",
      [
        [0, 1],
        [3, 4],
      ],
    ],
    ["whitespace-only lines dropped", "  \nxy\n\t", [[3, 5]]],
    ["empty text", "", []],
  ] as const)("%s", (_, text, expected) => {
    expect(paragraphRanges(text).map((r) => [r.start, r.end])).toEqual(expected);
  });

  it("cuts the article exactly where the Source panel does", () => {
    const { text } = articleGraph().source;
    const ranges = paragraphRanges(text);
    const panel = segmentParagraphs(text, []);
    expect(ranges.map((r) => r.start)).toEqual(panel.map((p) => p.start));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(
      panel.map((p) => p.segments.map((s) => s.text).join("")),
    );
    expect(ranges).toHaveLength(15);
  });
});

const TEXT = "Ann met Bob. Bob met Cy. Cy left.";
const smallGraph = makeGraph({
  text: TEXT,
  nodes: [
    makeNode({ id: "cy", evidence: [quoteIn(TEXT, "Cy left.")] }),
    makeNode({ id: "ann", evidence: [quoteIn(TEXT, "Ann met Bob.")] }),
    makeNode({ id: "bob", evidence: [quoteIn(TEXT, "Bob"), quoteIn(TEXT, "Bob met Cy.")] }),
    makeNode({ id: "ghost", evidence: [{ quote: "not in the text", anchor: null }] }),
  ],
  edges: [
    makeEdge({ id: "ann-bob", source: "ann", target: "bob", evidence: [quoteIn(TEXT, "met")] }),
  ],
});

describe("elementsInRange", () => {
  it.each([
    ["the whole text", 0, TEXT.length, ["cy", "ann", "bob"], ["ann-bob"]],
    ["the first sentence", 0, 12, ["ann", "bob"], ["ann-bob"]],
    [
      "a range ending where a quote starts",
      0,
      13 /* "Bob met Cy." starts at 13 */,
      ["ann", "bob"],
      ["ann-bob"],
    ],
    ["a range starting where a quote ends", 12, 13, [], []],
    // "met" (4–7) ends where the range starts, inside "Ann met Bob." (0–12), which the scan reaches.
    ["a range starting where a quote inside a longer one ends", 7, 8, ["ann"], []],
    ["one character inside a quote", 26, 27, ["cy"], []],
    ["an empty range", 5, 5, [], []],
    ["an inverted range", 20, 10, [], []],
    ["a range past the text", 100, 200, [], []],
  ] as const)("%s", (_, start, end, nodes, edges) => {
    expect(elementsInRange(smallGraph, start, end)).toEqual({ nodes, edges });
  });

  it.each([
    ["a range inside a quote", 26, 27, true],
    ["a range ending where a quote starts", 12, 13, false],
    ["a quote inside a longer one ending where the range starts", 7, 8, true],
    ["an empty range", 5, 5, false],
    ["a range past the text", 100, 200, false],
  ] as const)("anyQuoteInRange: %s", (_, start, end, any) => {
    expect(anyQuoteInRange(smallGraph, start, end)).toBe(any);
  });

  it("lists an element quoted twice in the range once, in graph order not text order", () => {
    // "Bob" at 8 and "Bob met Cy." at 13 both fall in [0, 26), as does the start of "Cy left.".
    expect(elementsInRange(smallGraph, 0, 26).nodes).toEqual(["cy", "ann", "bob"]);
  });

  it("finds the inauguration paragraph's elements in the article", () => {
    const graph = articleGraph();
    const start = graph.source.text.indexOf("In January, Bezos joined");
    const end = graph.source.text.indexOf("\n", start);
    const found = elementsInRange(graph, start, end);
    expect(found.nodes).toEqual(
      expect.arrayContaining(["inauguration", "donation", "tech-leaders"]),
    );
    expect(found.edges).toEqual(
      expect.arrayContaining(["e-bezos-on-stage", "e-bezos-made-donation"]),
    );
    expect(found.edges).not.toContain("e-bezos-met-trump");
    expect(elementsInRange(graph, 0, "Getty Images".length)).toEqual({ nodes: [], edges: [] });
  });

  const anchored = (start: number, length: number): Evidence => ({
    quote: "q",
    anchor: { start, end: start + length },
  });
  const quotes = fc.array(fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 80 })), { maxLength: 6 });

  test.prop([
    fc.array(quotes, { maxLength: 12 }),
    fc.array(quotes, { maxLength: 12 }),
    fc.nat(300),
    fc.nat(300),
  ])(
    "agrees with checking every quote, whatever the overlaps and nesting",
    (nodeQuotes, edgeQuotes, a, b) => {
      const graph = makeGraph({
        nodes: nodeQuotes.map((q, i) =>
          makeNode({ id: `n${i}`, evidence: q.map(([s, l]) => anchored(s, l)) }),
        ),
        edges: edgeQuotes.map((q, i) =>
          makeEdge({
            id: `e${i}`,
            source: "n0",
            target: "n0",
            evidence: q.map(([s, l]) => anchored(s, l)),
          }),
        ),
      });
      const hits = (elements: typeof graph.nodes | typeof graph.edges) =>
        elements
          .filter((e) =>
            e.evidence.some((q) => a < b && q.anchor && q.anchor.start < b && a < q.anchor.end),
          )
          .map((e) => e.id);
      expect(elementsInRange(graph, a, b)).toEqual({
        nodes: hits(graph.nodes),
        edges: hits(graph.edges),
      });
      expect(anyQuoteInRange(graph, a, b)).toBe(
        hits(graph.nodes).length + hits(graph.edges).length > 0,
      );
    },
  );
});
