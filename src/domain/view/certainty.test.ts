import { describe, expect, it } from "vitest";
import { makeEdge } from "../../../tests/fixtures/factory";
import type { Certainty, Evidence } from "../model/types";
import { articleGraph } from "../../../tests/fixtures/article";
import { initialView } from "./filters";
import { filterGraph } from "./pipeline";
import { CERTAINTY_LEVELS, edgeCertainty, isSpeculative, passesCertainty } from "./certainty";

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
    [["confirmed", undefined], "confirmed", true, true, false],
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

describe("the certainty step on the article", () => {
  it("hides the article's conjectures at confirmed, and keeps its reports at reported", () => {
    const article = articleGraph();
    const allTime = filterGraph(article, initialView);
    const confirmed = filterGraph(article, { ...initialView, certainty: "confirmed" });
    const reported = filterGraph(article, { ...initialView, certainty: "reported" });
    expect(confirmed.edges.has("e-bezos-rival-musk")).toBe(false);
    expect(confirmed.edges.has("e-bezos-met-trump")).toBe(false);
    expect(reported.edges.has("e-bezos-met-trump")).toBe(true);
    expect(reported.edges.has("e-bezos-warms-trump")).toBe(true);
    expect(reported.edges.has("e-meeting-discussed-contracts")).toBe(false);
    expect(allTime.edges.size - reported.edges.size).toBe(2);
    expect(confirmed.nodes.has("bezos")).toBe(true);
  });
});
