import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode, storyGraph } from "../../../../tests/fixtures/factory";
import { initialView } from "../filters";
import type { ViewFilters, VisibleSet } from "../filters";
import type { FilterStep } from "./index";
import {
  filterGraph,
  filterKey,
  filterLists,
  GRAPH_STEPS,
  keepWhere,
  LIST_STEPS,
  settle,
} from "./index";

const applyFilters = (graph: typeof storyGraph, filters: ViewFilters) => {
  const shown = filterGraph(graph, filters);
  return { shown, listed: filterLists(graph, filters, shown) };
};

const view = (over: Partial<ViewFilters>): ViewFilters => ({ ...initialView, ...over });
const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe("filterGraph", () => {
  it.each([
    // [period, mode, nodes, edges, past]
    [
      null,
      "upto",
      ["bezos", "meeting", "paper", "trump", "zoe"],
      ["attends", "feud", "owns", "thaw"],
      // Up to All time is up to the end of the data: the feud has ended there too.
      ["feud"],
    ],
    [
      null,
      "during",
      ["bezos", "meeting", "paper", "trump", "zoe"],
      ["attends", "feud", "owns", "thaw"],
      [],
    ],
    ["before", "upto", ["bezos", "paper", "trump", "zoe"], ["feud", "owns"], []],
    ["jan", "upto", ["bezos", "paper", "trump", "zoe"], ["feud", "owns", "thaw"], ["feud"]],
    [
      "jul",
      "upto",
      ["bezos", "meeting", "paper", "trump", "zoe"],
      ["attends", "feud", "owns", "thaw"],
      ["feud"],
    ],
    ["before", "during", ["bezos", "paper", "trump", "zoe"], ["feud", "owns"], []],
    ["jan", "during", ["bezos", "paper", "trump", "zoe"], ["owns", "thaw"], []],
    [
      "jul",
      "during",
      ["bezos", "meeting", "paper", "trump", "zoe"],
      ["attends", "owns", "thaw"],
      [],
    ],
  ] as const)("at %s in %s mode", (period, mode, nodes, edges, past) => {
    const result = filterGraph(storyGraph, view({ period, mode }));
    expect(sorted(result.nodes)).toEqual(nodes);
    expect(sorted(result.edges)).toEqual(edges);
    expect(sorted(result.past)).toEqual(past);
  });

  it("shows a lone undated entity whatever the step, and never strands a linked one", () => {
    const graph = makeGraph({
      periods: [{ id: "p", label: "P", start: "2020", end: "2020" }],
      nodes: [
        makeNode({ id: "alone" }),
        makeNode({ id: "linked" }),
        makeNode({ id: "e", kind: "event", date: "2021-03" }),
      ],
      edges: [makeEdge({ id: "x", source: "linked", target: "e" })],
    });
    expect(sorted(filterGraph(graph, view({ period: "p" })).nodes)).toEqual(["alone"]);
    expect(sorted(filterGraph(graph, view({ period: "p", mode: "during" })).nodes)).toEqual([
      "alone",
    ]);
  });

  it("hides a kind with the edges that touch it", () => {
    const result = filterGraph(storyGraph, view({ hiddenKinds: ["media"] }));
    expect(result.nodes.has("paper")).toBe(false);
    expect(result.edges.has("owns")).toBe(false);
    expect(result.nodes.has("bezos")).toBe(true);
  });

  it("hides a stance, and undated entities left with no relationship (a lone one stays)", () => {
    const result = filterGraph(storyGraph, view({ hiddenStances: ["neutral", "alliance"] }));
    expect(sorted(result.edges)).toEqual(["feud"]);
    expect(sorted(result.nodes)).toEqual(["bezos", "meeting", "trump", "zoe"]);
  });

  it("treats an unknown period as All time", () => {
    expect(filterGraph(storyGraph, view({ period: "nope" })).edges.size).toBe(4);
  });

  it("handles ids that are special to objects", () => {
    const graph = makeGraph({
      nodes: [makeNode({ id: "__proto__" }), makeNode({ id: "constructor" })],
      edges: [makeEdge({ id: "toString", source: "__proto__", target: "constructor" })],
    });
    const result = filterGraph(graph, initialView);
    expect(sorted(result.nodes)).toEqual(["__proto__", "constructor"]);
    expect(sorted(result.edges)).toEqual(["toString"]);
  });

  it("is empty for an empty graph", () => {
    const result = filterGraph(makeGraph({ nodes: [] }), initialView);
    expect(result.nodes.size + result.edges.size).toBe(0);
  });
});

describe("settle", () => {
  const graph = makeGraph({
    nodes: [
      makeNode({ id: "a" }),
      makeNode({ id: "b" }),
      makeNode({ id: "dated", start: "2020" }),
      makeNode({ id: "lone" }),
    ],
    edges: [
      makeEdge({ id: "ab", source: "a", target: "b" }),
      makeEdge({ id: "a-dated", source: "a", target: "dated" }),
    ],
  });
  const stage = (nodes: string[], edges: string[], past: string[] = []): VisibleSet => ({
    nodes: new Set(nodes),
    edges: new Set(edges),
    past: new Set(past),
  });

  it.each([
    // [nodes in, edges in, nodes out, edges out]
    [
      ["a", "b", "dated", "lone"],
      ["ab", "a-dated"],
      ["a", "b", "dated", "lone"],
      ["a-dated", "ab"],
    ],
    [["a", "b", "dated", "lone"], [], ["dated", "lone"], []], // undated and linked: stranded
    [["a", "dated"], ["ab", "a-dated"], ["a", "dated"], ["a-dated"]], // an edge needs both ends
    [["b", "dated"], ["ab"], ["dated"], []],
    [[], ["ab"], [], []],
  ])("%j %j → %j %j", (nodesIn, edgesIn, nodesOut, edgesOut) => {
    const result = settle(graph, stage(nodesIn, edgesIn));
    expect(sorted(result.nodes)).toEqual(nodesOut);
    expect(sorted(result.edges)).toEqual(edgesOut);
  });

  it("drops a past mark with its element", () => {
    expect(sorted(settle(graph, stage(["a", "b"], [], ["a", "ab", "lone"])).past)).toEqual([]);
    expect(sorted(settle(graph, stage(["a", "b"], ["ab"], ["ab", "b"])).past)).toEqual(["ab", "b"]);
  });
});

describe("certainty in the pipeline", () => {
  const sure = (certainty: "confirmed" | "reported" | "speculative") => [
    { quote: certainty, anchor: null, certainty },
  ];
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
        evidence: sure("confirmed"),
        end: "2020",
      }),
      makeEdge({ id: "said", source: "hub", target: "rumoured", evidence: sure("reported") }),
      makeEdge({ id: "guess", source: "hub", target: "dated", evidence: sure("speculative") }),
    ],
  });

  it.each([
    ["all", ["alone", "dated", "hub", "old", "rumoured"], ["guess", "said", "sure"], ["sure"]],
    ["reported", ["alone", "dated", "hub", "old", "rumoured"], ["said", "sure"], ["sure"]],
    ["confirmed", ["alone", "dated", "hub", "old"], ["sure"], ["sure"]],
  ] as const)(
    "at %s drops weaker edges and the undated entities they alone showed",
    (certainty, nodes, edges, past) => {
      const result = filterGraph(graph, view({ period: "p", certainty }));
      expect(sorted(result.nodes)).toEqual(nodes);
      expect(sorted(result.edges)).toEqual(edges);
      expect(sorted(result.past)).toEqual(past);
    },
  );
});

describe("filterLists after filterGraph", () => {
  it("narrows the lists by search, not the graph", () => {
    const { shown, listed } = applyFilters(storyGraph, view({ query: "jeff" }));
    expect(shown.nodes.size).toBe(5);
    expect([...listed.nodes]).toEqual(["bezos"]);
    // A relationship matches by either end's name.
    expect([...listed.edges]).toEqual(["feud", "thaw", "attends", "owns"]);
  });

  it("lists only what the graph shows", () => {
    const { listed } = applyFilters(storyGraph, view({ query: "o", hiddenKinds: ["media"] }));
    expect(sorted(listed.nodes)).toEqual(["bezos", "meeting", "trump", "zoe"]);
    expect(sorted(listed.edges)).toEqual(["attends", "feud", "thaw"]);
  });

  it("lists everything shown for an empty search", () => {
    const { shown, listed } = applyFilters(storyGraph, view({ period: "jan" }));
    expect(listed).toBe(shown);
  });
});

describe("a new step", () => {
  it("is one more entry in the list, and its removals settle like any other", () => {
    const noPaper: FilterStep = {
      name: "no paper",
      reads: [],
      apply: (graph, _filters, stage) => keepWhere(graph, stage, { node: (n) => n.id !== "paper" }),
    };
    const result = filterGraph(storyGraph, initialView, [...GRAPH_STEPS, noPaper]);
    expect(result.nodes.has("paper")).toBe(false);
    expect(result.edges.has("owns")).toBe(false);
    expect(result.nodes.size).toBe(4);
  });
});

describe("the steps and their keys", () => {
  it("runs the graph's steps in order, and the search on the lists only", () => {
    expect(GRAPH_STEPS.map((step) => step.name)).toEqual([
      "time",
      "kind",
      "stance",
      "certainty",
      "sourcing",
    ]);
    expect(LIST_STEPS.map((step) => step.name)).toEqual(["search"]);
  });

  // The store recomputes a half of the pipeline only when its key changes.
  it.each([
    ["period", { period: "jan" }, GRAPH_STEPS],
    ["mode", { mode: "during" }, GRAPH_STEPS],
    ["kinds", { hiddenKinds: ["media"] }, GRAPH_STEPS],
    ["stances", { hiddenStances: ["rivalry"] }, GRAPH_STEPS],
    ["certainty", { certainty: "confirmed" }, GRAPH_STEPS],
    ["sources", { sourcing: "sourced" }, GRAPH_STEPS],
    ["search", { query: "x" }, LIST_STEPS],
    ["quote search", { searchQuotes: true }, LIST_STEPS],
  ] as const)("changes with the %s filter", (_name, change, steps) => {
    const before = filterKey(initialView, steps);
    const after = filterKey({ ...initialView, ...change } as ViewFilters, steps);
    expect(after).not.toEqual(before);
    expect(after.filter((v, i) => v !== before[i])).toEqual(Object.values(change));
  });

  it("ignores what no step reads", () => {
    const key = filterKey(initialView, GRAPH_STEPS);
    expect(filterKey({ ...initialView, query: "x" }, GRAPH_STEPS)).toEqual(key);
    expect(key).toEqual([null, "upto", [], [], "all", "all"]);
  });
});
