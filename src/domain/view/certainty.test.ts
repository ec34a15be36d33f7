import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../../tests/fixtures/memoryGraph";
import type { Certainty, Evidence } from "../model/types";
import { initialView } from "./filters";
import { visibleSet } from "./visible";
import {
  CERTAINTY_LEVELS,
  edgeCertainty,
  filterVisibleByCertainty,
  isSpeculative,
  passesCertainty,
} from "./certainty";
import { articleGraph } from "../../../tests/helpers/articleGraph";

const quotes = (...certainties: (Certainty | undefined)[]): Evidence[] =>
  certainties.map((certainty, i) => ({
    quote: `q${i}`,
    anchor: null,
    ...(certainty ? { certainty } : {}),
  }));
const edgeWith = (...certainties: (Certainty | undefined)[]) =>
  makeEdge({ id: "e", source: "a", target: "b", evidence: quotes(...certainties) });

describe("edge certainty", () => {
  it.each([
    // [quotes, strongest, passes confirmed, passes reported, speculative]
    [["confirmed"], "confirmed", true, true, false],
    [["speculative", "confirmed"], "confirmed", true, true, false],
    [["speculative", "reported", "speculative"], "reported", false, true, false],
    [["speculative"], "speculative", false, false, true],
    [[undefined], "unspecified", true, true, false],
    [[undefined, "confirmed"], "confirmed", true, true, false],
    [["reported", undefined], "unspecified", true, true, false],
    [[], "unspecified", true, true, false],
  ] as const)("%j → %s", (certainties, strongest, confirmed, reported, speculative) => {
    const edge = edgeWith(...certainties);
    expect(edgeCertainty(edge)).toBe(strongest);
    expect(passesCertainty(edge, "confirmed")).toBe(confirmed);
    expect(passesCertainty(edge, "reported")).toBe(reported);
    expect(passesCertainty(edge, "all")).toBe(true);
    expect(isSpeculative(edge)).toBe(speculative);
  });

  it("offers the levels strictest first", () => {
    expect(CERTAINTY_LEVELS).toEqual(["confirmed", "reported", "all"]);
  });
});

describe("filterVisibleByCertainty", () => {
  const graph = makeGraph({
    periods: [{ id: "p", label: "2021", start: "2021", end: "2021" }],
    nodes: [
      makeNode({ id: "hub" }),
      makeNode({ id: "rumoured" }),
      makeNode({ id: "dated", start: "2020" }),
      makeNode({ id: "alone" }),
      makeNode({ id: "old" }),
    ],
    edges: [
      makeEdge({
        id: "sure",
        source: "hub",
        target: "old",
        evidence: quotes("confirmed"),
        end: "2020",
      }),
      makeEdge({ id: "said", source: "hub", target: "rumoured", evidence: quotes("reported") }),
      makeEdge({ id: "guess", source: "hub", target: "dated", evidence: quotes("speculative") }),
    ],
  });
  const visible = visibleSet(graph, { ...initialView, period: "p" });
  const sorted = (set: ReadonlySet<string>) => [...set].sort();

  it.each([
    ["confirmed", ["alone", "dated", "hub", "old"], ["sure"], ["sure"]],
    ["reported", ["alone", "dated", "hub", "old", "rumoured"], ["said", "sure"], ["sure"]],
  ] as const)(
    "at %s drops weaker edges and the undated entities they alone showed",
    (level, nodes, edges, past) => {
      const result = filterVisibleByCertainty(graph, visible, level);
      expect(sorted(result.nodes)).toEqual(nodes);
      expect(sorted(result.edges)).toEqual(edges);
      expect(sorted(result.past)).toEqual(past);
    },
  );

  it("drops a past mark with its element", () => {
    const pastOnly = { ...visible, past: new Set(["guess", "sure"]) };
    expect(sorted(filterVisibleByCertainty(graph, pastOnly, "confirmed").past)).toEqual(["sure"]);
  });

  it("returns the same set for all", () => {
    expect(filterVisibleByCertainty(graph, visible, "all")).toBe(visible);
  });

  it("hides the article's conjectures at confirmed, and keeps its reports at reported", () => {
    const article = articleGraph();
    const allTime = visibleSet(article, initialView);
    const confirmed = filterVisibleByCertainty(article, allTime, "confirmed");
    const reported = filterVisibleByCertainty(article, allTime, "reported");
    expect(confirmed.edges.has("e-bezos-rival-musk")).toBe(false);
    expect(confirmed.edges.has("e-bezos-met-trump")).toBe(false);
    expect(reported.edges.has("e-bezos-met-trump")).toBe(true);
    expect(reported.edges.has("e-bezos-warms-trump")).toBe(true);
    expect(reported.edges.has("e-meeting-discussed-contracts")).toBe(false);
    expect(allTime.edges.size - reported.edges.size).toBe(2);
    expect(confirmed.nodes.has("bezos")).toBe(true);
  });
});
