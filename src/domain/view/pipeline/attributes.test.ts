import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../../../tests/fixtures/factory";
import type { Certainty } from "../../model/types";
import { initialView } from "../filters";
import type { ViewFilters, VisibleSet } from "../filters";
import { certaintyStep, kindStep, stanceStep } from "./attributes";

const says = (...levels: (Certainty | undefined)[]) =>
  levels.map((certainty) => ({ quote: "q", anchor: null, ...(certainty ? { certainty } : {}) }));

const graph = makeGraph({
  nodes: [
    makeNode({ id: "p" }),
    makeNode({ id: "o", kind: "organization" }),
    makeNode({ id: "m", kind: "media" }),
  ],
  edges: [
    makeEdge({
      id: "ally",
      source: "p",
      target: "o",
      stance: "alliance",
      evidence: says("confirmed"),
    }),
    makeEdge({
      id: "rival",
      source: "p",
      target: "m",
      stance: "rivalry",
      evidence: says("reported"),
    }),
    makeEdge({ id: "guess", source: "o", target: "m", evidence: says("speculative", undefined) }),
    makeEdge({ id: "hunch", source: "o", target: "p", evidence: says("speculative") }),
  ],
});
const all: VisibleSet = {
  nodes: new Set(["p", "o", "m"]),
  edges: new Set(["ally", "rival", "guess", "hunch"]),
  past: new Set(["rival", "m"]),
};
const apply = (step: typeof kindStep, filters: Partial<ViewFilters>) => {
  const result = step.apply(graph, { ...initialView, ...filters }, all);
  return { nodes: [...result.nodes], edges: [...result.edges], past: [...result.past] };
};

describe("kindStep", () => {
  it.each([
    [["media"], ["p", "o"], ["rival"]],
    [["person", "organization"], ["m"], ["rival", "m"]],
  ] as const)("hiding %j keeps %j", (hiddenKinds, nodes, past) => {
    // Edges stay: the pipeline drops those left without an end when it settles.
    expect(apply(kindStep, { hiddenKinds })).toEqual({ nodes, edges: [...all.edges], past });
  });
  it("is a no-op with nothing hidden", () => {
    expect(kindStep.apply(graph, initialView, all)).toBe(all);
  });
});

describe("stanceStep", () => {
  it.each([
    [["rivalry"], ["ally", "guess", "hunch"], ["m"]],
    [["alliance", "neutral"], ["rival"], ["rival", "m"]],
  ] as const)("hiding %j keeps %j", (hiddenStances, edges, past) => {
    expect(apply(stanceStep, { hiddenStances })).toEqual({ nodes: [...all.nodes], edges, past });
  });
  it("is a no-op with nothing hidden", () => {
    expect(stanceStep.apply(graph, initialView, all)).toBe(all);
  });
});

describe("certaintyStep", () => {
  it.each([
    // An unspecified quote is the source's own voice: as strong as confirmed.
    ["confirmed", ["ally", "guess"]],
    ["reported", ["ally", "rival", "guess"]],
  ] as const)("at %s keeps %j", (certainty, edges) => {
    expect(apply(certaintyStep, { certainty }).edges).toEqual(edges);
  });
  it("is a no-op at all", () => {
    expect(certaintyStep.apply(graph, initialView, all)).toBe(all);
  });
});
