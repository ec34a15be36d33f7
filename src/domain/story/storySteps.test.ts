import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import type { Evidence, Graph } from "../model/types";
import { inferPeriod } from "./stepPeriod";
import { hasStorySteps, paragraphTitle, storySteps } from "./storySteps";
import { articleGraph } from "../../../tests/fixtures/article";
import { quoteIn } from "../../../tests/fixtures/factory";

describe("paragraphTitle", () => {
  it.each([
    ["Amazon declined to comment.", "Amazon declined to comment."],
    [
      "One two three four five six seven eight nine ten",
      "One two three four five six seven eight nine ten",
    ],
    [
      "Flight data reviewed by aviation tracker Jack Sweeney showed a Gulfstream G700",
      "Flight data reviewed by aviation tracker Jack Sweeney…",
    ],
    [
      "In April, Trump publicly called Bezos, as it happens, “terrific” and more",
      "In April, Trump publicly called Bezos, as it…",
    ],
    ["  spaced   out\ttext  ", "spaced out text"],
  ])("%s", (paragraph, title) => {
    expect(paragraphTitle(paragraph)).toBe(title);
  });

  it("drops a comma or dash left dangling before the ellipsis", () => {
    expect(paragraphTitle("a b c d e f g h, i j k l")).toBe("a b c d e f g h…");
    expect(paragraphTitle("a b c d e f g — h i j k l")).toBe("a b c d e f g…");
  });
});

describe("storySteps derived from the article", () => {
  const graph = articleGraph();
  const steps = storySteps(graph);
  const stepStarting = (words: string) => {
    const step = steps.find((s) => s.text?.startsWith(words));
    if (!step) throw new Error(`no step starting "${words}"`);
    return step;
  };

  it("has one step per paragraph that quotes something, in article order", () => {
    expect(steps).toHaveLength(13);
    const starts = steps.map((s) => s.range?.start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(steps.every((s) => !s.authored && s.range !== null)).toBe(true);
    // "Getty Images" and the closing paragraph quote nothing.
    expect(steps.some((s) => s.text === "Getty Images")).toBe(false);
    expect(steps.at(-1)?.title).toBe("The private White House meeting between Jeff Bezos…");
  });

  it("gives each step its paragraph's text and range", () => {
    for (const step of steps) {
      if (!step.range) throw new Error("derived step without a range");
      expect(graph.source.text.slice(step.range.start, step.range.end)).toBe(step.text);
    }
  });

  it.each([
    ["Amazon founder Jeff Bezos met privately", "jul-2025", "e-bezos-met-trump"],
    ["In January, Bezos joined", "jan-2025", "e-bezos-on-stage"],
    ["In April, Trump publicly called Bezos", "apr-2025", "e-trump-praised-bezos"],
    [
      "Bezos and Trump were once locked in a highly public feud",
      "background",
      "e-bezos-feud-trump",
    ],
    ["This meeting also comes amid a dramatic breakdown", "jul-2025", "e-musk-fell-out-trump"],
    ["Flight data reviewed by aviation tracker", "jul-2025", "e-sweeney-tracked-flight"],
  ])("places “%s…” in %s", (words, period, edge) => {
    const step = stepStarting(words);
    expect(step.period).toBe(period);
    expect(step.edges).toContain(edge);
  });

  it("is computed once per graph", () => {
    expect(storySteps(graph)).toBe(steps);
  });
});

describe("storySteps from the file's own story", () => {
  const text = "The feud began.\nThen they met.";
  const edges = storyGraph.edges.map((e) =>
    e.id === "thaw" ? { ...e, evidence: [quoteIn(text, "they met")] } : e,
  );
  const withStory = (story: Graph["story"]): Graph => ({
    ...storyGraph,
    source: { title: "S", text },
    edges,
    edgeById: new Map(edges.map((e) => [e.id, e])),
    ...(story ? { story } : {}),
  });

  it("keeps titles, text, elements and a known period as written", () => {
    const [step] = storySteps(
      withStory([
        { title: "Thaw", text: "Look here", nodes: ["bezos"], edges: ["thaw"], period: "before" },
      ]),
    );
    expect(step).toEqual({
      title: "Thaw",
      text: "Look here",
      nodes: ["bezos"],
      edges: ["thaw"],
      period: "before",
      range: { start: 16, end: 30 },
      authored: true,
    });
  });

  it.each([
    // The thaw runs on from January 2025: current at every later step, so the latest wins.
    ["no period", undefined, "jul"],
    ["an unknown period", "nope", "jul"],
  ])("infers the period when the step has %s", (_, period, expected) => {
    const [step] = storySteps(
      withStory([{ title: "T", nodes: [], edges: ["thaw"], ...(period ? { period } : {}) }]),
    );
    expect(step?.period).toBe(expected);
  });

  it("has no range when none of its quotes is anchored", () => {
    const [step] = storySteps(withStory([{ title: "T", nodes: ["zoe"], edges: ["feud"] }]));
    expect(step?.range).toBeNull();
  });
});

describe("the paragraph a step reads from", () => {
  // Three paragraphs, the middle one indented (a derived step's text is trimmed); the first quote
  // starts at its paragraph's first character.
  const text = "The feud began.\n  Then they met.\nLater they made up.";
  const [feud, met, madeUp] = ["The feud began", "Then they met", "Later they made up"].map((q) =>
    quoteIn(text, q),
  ) as [Evidence, Evidence, Evidence];
  const graph = makeGraph({
    text,
    nodes: [
      makeNode({ id: "a", evidence: [met] }),
      makeNode({ id: "b", evidence: [] }),
      makeNode({ id: "c", evidence: [madeUp] }),
    ],
    edges: [
      // Quoted middle, first, last: the earliest quote, not the first or last listed, decides.
      makeEdge({ id: "ab", source: "a", target: "b", evidence: [met, feud, madeUp] }),
      makeEdge({ id: "bc", source: "b", target: "c", evidence: [madeUp] }),
    ],
  });
  const rangeOf = (nodes: string[], edges: string[]) =>
    storySteps({ ...graph, story: [{ title: "T", nodes, edges }] })[0]?.range;
  const second = { start: 16, end: 32 };

  it.each([
    ["the earliest quote of its relationships", ["c"], ["ab"], { start: 0, end: 15 }],
    ["its relationships' quotes before its entities'", ["a"], ["bc"], { start: 33, end: 52 }],
    ["its entities' quotes when its relationships have none", ["a"], [], second],
    ["past an id the graph does not have", ["a"], ["nope"], second],
  ])("%s", (_, nodes, edges, range) => {
    expect(rangeOf(nodes, edges)).toEqual(range);
  });

  it("gives a derived step to a paragraph quoting only an entity or only a relationship", () => {
    const derived = makeGraph({
      text,
      nodes: [makeNode({ id: "a", evidence: [met] }), makeNode({ id: "b", evidence: [] })],
      edges: [makeEdge({ id: "ab", source: "a", target: "b", evidence: [feud] })],
    });
    expect(storySteps(derived).map(({ text, nodes, edges }) => ({ text, nodes, edges }))).toEqual([
      { text: "The feud began.", nodes: [], edges: ["ab"] },
      { text: "Then they met.", nodes: ["a"], edges: [] },
    ]);
  });
});

describe("inferPeriod", () => {
  const graph = makeGraph({
    periods: [
      { id: "y2020", label: "2020", start: "2020", end: "2020" },
      { id: "y2021", label: "2021", start: "2021", end: "2021" },
      { id: "y2022", label: "2022", start: "2022", end: "2022" },
    ],
    nodes: [
      makeNode({ id: "a" }),
      makeNode({ id: "b" }),
      makeNode({ id: "ev2020", kind: "event", date: "2020-05" }),
      makeNode({ id: "ev2021", kind: "event", date: "2021-03" }),
      makeNode({ id: "evLate", kind: "event", date: "2030" }),
      // An event whose date was cleared, leaving its start: no longer an event.
      makeNode({ id: "cleared", kind: "event", date: undefined, start: "2020" }),
    ],
    edges: [
      makeEdge({ id: "old", source: "a", target: "b", start: "2020", end: "2020" }),
      makeEdge({ id: "older", source: "a", target: "b", start: "2019", end: "2021" }),
      makeEdge({ id: "open", source: "a", target: "b", start: "2021" }),
      makeEdge({ id: "open2022", source: "a", target: "b", start: "2022" }),
      makeEdge({ id: "undated", source: "a", target: "b" }),
    ],
  });

  it.each([
    ["the newest event", ["ev2020", "ev2021"], ["old"], "y2021"],
    ["events over relationships", ["ev2020"], ["open"], "y2020"],
    ["relationships: most current", [], ["old", "older"], "y2020"],
    ["relationships: fewest past on a tie", [], ["old", "open"], "y2020"],
    ["relationships: the latest on a full tie", [], ["open"], "y2022"],
    ["relationships: most current before fewest past", [], ["old", "open", "open2022"], "y2022"],
    ["relationships when no event ever shows", ["evLate"], ["older"], "y2021"],
    ["a date key holding nothing read as no event", ["cleared"], [], "y2022"],
    ["nothing dated", ["a", "b"], ["undated"], null],
    ["unknown ids", ["nope"], ["nope"], null],
  ])("%s", (_, nodes, edges, expected) => {
    expect(inferPeriod(graph, nodes, edges)).toBe(expected);
  });

  it("takes the step with the most current, whatever order the file lists the periods in", () => {
    const newestFirst = makeGraph({
      periods: [
        { id: "y2022", label: "2022", start: "2022", end: "2022" },
        { id: "y2020", label: "2020", start: "2020", end: "2020" },
      ],
      nodes: [makeNode({ id: "a" }), makeNode({ id: "b" })],
      edges: [
        makeEdge({ id: "since2020", source: "a", target: "b", start: "2020" }),
        makeEdge({ id: "since2022", source: "a", target: "b", start: "2022" }),
      ],
    });
    expect(inferPeriod(newestFirst, [], ["since2020", "since2022"])).toBe("y2022");
  });
});

describe("hasStorySteps", () => {
  const text = "The feud began.\nThen they met.";
  const feud = quoteIn(text, "The feud began");
  const unanchored: Evidence = { quote: "nowhere", anchor: null };
  const graphWith = (evidence: Evidence[], story?: Graph["story"]): Graph => ({
    ...makeGraph({ text, nodes: [makeNode({ id: "a", evidence })] }),
    ...(story ? { story } : {}),
  });

  it.each([
    ["a quote anchored in a paragraph", graphWith([feud]), true],
    ["only quotes that are not anchored", graphWith([unanchored]), false],
    ["no quotes", graphWith([]), false],
    ["an empty story of its own, quotes or not", graphWith([feud], []), false],
    [
      "a story of its own without quotes",
      graphWith([], [{ title: "T", nodes: ["a"], edges: [] }]),
      true,
    ],
    ["the article", articleGraph(), true],
  ])("%s: %s", (_, graph, expected) => {
    expect(hasStorySteps(graph)).toBe(expected);
    expect(storySteps(graph).length > 0).toBe(expected);
    // Asked again once the steps are resolved, it reads them.
    expect(hasStorySteps(graph)).toBe(expected);
  });
});
