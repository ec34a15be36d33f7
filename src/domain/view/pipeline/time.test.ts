import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../../../tests/fixtures/factory";
import type { GraphEdge } from "../../model/types";
import { initialView } from "../filters";
import type { TimeMode } from "../filters";
import { elementSpan, latestStart, periodWindow, timeStatus, timeStep } from "./time";

// April 2025: its first day is 2025-04-01, its last 2025-04-30.
const graph = makeGraph({
  periods: [{ id: "april", label: "April 2025", start: "2025-04", end: "2025-04" }],
  nodes: [],
});
const april = periodWindow(graph, "april");
const edge = (dates: Partial<GraphEdge>) =>
  makeEdge({ id: "e", source: "a", target: "b", ...dates });

describe("timeStatus at April 2025", () => {
  it.each([
    // [dates, during, up to]
    [{ start: "2025-04-30" }, "shown", "shown"], // starts on the last day
    [{ start: "2025-05-01" }, "hidden", "hidden"], // starts the day after
    [{ start: "2025-04-01" }, "shown", "shown"],
    [{ end: "2025-04-01" }, "shown", "shown"], // ends on the first day: not past yet
    [{ end: "2025-03-31" }, "hidden", "past"], // ends the day before
    [{ start: "2025-03-31", end: "2025-03-31" }, "hidden", "past"],
    [{ start: "2025-04-30", end: "2025-05-31" }, "shown", "shown"],
    [{ start: "2025-01", end: "2025-12" }, "shown", "shown"], // spans the whole period
    [{ start: "2024", end: "2025-03" }, "hidden", "past"],
    [{ start: "2026" }, "hidden", "hidden"],
    [{}, "shown", "shown"], // undated: always there
  ] as const)("%j is %s during and %s up to it", (dates, during, upto) => {
    expect(timeStatus(edge(dates), april, "during")).toBe(during);
    expect(timeStatus(edge(dates), april, "upto")).toBe(upto);
  });

  it.each([
    ["2025-04-01", "shown", "shown"],
    ["2025-04-30", "shown", "shown"],
    ["2025-03-31", "hidden", "shown"], // an event long ago is part of the story so far, not past
    ["2025-05-01", "hidden", "hidden"],
    ["2025", "shown", "shown"],
  ] as const)("an event on %s is %s during and %s up to it", (date, during, upto) => {
    const event = makeNode({ id: "ev", kind: "event", date });
    expect(timeStatus(event, april, "during")).toBe(during);
    expect(timeStatus(event, april, "upto")).toBe(upto);
  });

  it("shows everything at All time", () => {
    expect(timeStatus(edge({ start: "2026", end: "2027" }), null, "during")).toBe("shown");
    expect(periodWindow(graph, null)).toBeNull();
    expect(periodWindow(graph, "unknown")).toBeNull();
  });
});

describe("timeStep", () => {
  const dated = makeGraph({
    periods: graph.periods,
    nodes: [
      makeNode({ id: "old", start: "2020", end: "2025-03-31" }),
      makeNode({ id: "new", start: "2025-05-01" }),
      makeNode({ id: "now", start: "2025-04-30" }),
      makeNode({ id: "plain" }),
    ],
    edges: [makeEdge({ id: "ended", source: "old", target: "plain", end: "2025-04-01" })],
  });
  const stage = {
    nodes: new Set(["old", "new", "now", "plain"]),
    edges: new Set(["ended"]),
    past: new Set<string>(),
  };
  const run = (mode: TimeMode) => {
    const result = timeStep.apply(dated, { ...initialView, period: "april", mode }, stage);
    return { nodes: [...result.nodes], edges: [...result.edges], past: [...result.past] };
  };

  it.each([
    ["upto", { nodes: ["old", "now", "plain"], edges: ["ended"], past: ["old"] }],
    ["during", { nodes: ["now", "plain"], edges: ["ended"], past: [] }],
  ] as const)("in %s mode", (mode, expected) => {
    expect(run(mode)).toEqual(expected);
  });

  it("keeps out what an earlier step removed, and passes everything through at All time", () => {
    const without = { ...stage, nodes: new Set(["now"]) };
    expect([...timeStep.apply(dated, { ...initialView, period: "april" }, without).nodes]).toEqual([
      "now",
    ]);
    expect(timeStep.apply(dated, { ...initialView, mode: "during" }, stage)).toBe(stage);
  });
});

describe("All time, up to the end of the data", () => {
  const ended = makeGraph({
    nodes: [makeNode({ id: "a" }), makeNode({ id: "b" }), makeNode({ id: "c" })],
    edges: [
      makeEdge({ id: "old", source: "a", target: "b", start: "2020", end: "2021-03" }),
      // Ends on the last day anything starts: not past, it is the latest news.
      makeEdge({ id: "last", source: "b", target: "c", start: "2021-06-01", end: "2021-06-01" }),
    ],
  });
  const all = {
    nodes: new Set(["a", "b", "c"]),
    edges: new Set(["old", "last"]),
    past: new Set<string>(),
  };

  it("fades what ended before the latest start, even without periods", () => {
    expect([...timeStep.apply(ended, initialView, all).past]).toEqual(["old"]);
  });

  it("passes everything through when the graph has no dates", () => {
    const undated = makeGraph({ nodes: [makeNode({ id: "a" })] });
    const stage = { nodes: new Set(["a"]), edges: new Set<string>(), past: new Set<string>() };
    expect(timeStep.apply(undated, initialView, stage)).toBe(stage);
  });
});

describe("elementSpan and latestStart", () => {
  it("reads a range when a node's date field is present but unset", () => {
    const node = makeNode({ id: "n", date: undefined, start: "2025-04", end: "2025-04" });
    expect(elementSpan(node)).toEqual(periodWindow(graph, "april"));
  });

  it("finds the latest start wherever it comes in the graph", () => {
    const spread = makeGraph({
      nodes: [
        makeNode({ id: "late", start: "2025-04-30" }),
        makeNode({ id: "early", start: "2020" }),
      ],
      edges: [makeEdge({ id: "e", source: "late", target: "early", start: "2021" })],
    });
    expect(latestStart(spread)).toBe(elementSpan(makeNode({ id: "x", date: "2025-04-30" }))?.first);
  });
});
