import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../../tests/fixtures/factory";
import type { Evidence } from "../model/types";
import { initialView } from "../view/filters";
import { filterGraph } from "../view/pipeline";
import { hopQuote, pathHops, shortestPaths } from "./paths";
import { articleGraph } from "../../../tests/fixtures/article";

// a reaches d in two hops two ways (through b, whose two parallel edges to d make one route; through
// c, against an edge's direction) and in three hops through e and f; x stands alone.
const graph = makeGraph({
  nodes: ["a", "b", "c", "d", "e", "f", "x"].map((id) => makeNode({ id })),
  edges: [
    makeEdge({ id: "ab", source: "a", target: "b" }),
    makeEdge({ id: "ca", source: "c", target: "a" }),
    makeEdge({ id: "bd1", source: "b", target: "d" }),
    makeEdge({ id: "bd2", source: "d", target: "b" }),
    makeEdge({ id: "cd", source: "c", target: "d" }),
    makeEdge({ id: "ae", source: "a", target: "e" }),
    makeEdge({ id: "ef", source: "e", target: "f" }),
    makeEdge({ id: "fd", source: "f", target: "d" }),
  ],
});

const showing = (hidden: string[] = []) => ({
  nodes: new Set(graph.nodes.map((n) => n.id).filter((id) => !hidden.includes(id))),
  edges: new Set(graph.edges.map((e) => e.id).filter((id) => !hidden.includes(id))),
});
const all = showing();
const walks = (paths: { edges: string[] }[]) => paths.map((p) => p.edges.join(" "));

describe("shortestPaths", () => {
  it("lists every shortest walk, parallel edges as one route, edges taken in graph order", () => {
    expect(shortestPaths(graph, all, "a", "d")).toEqual([
      { nodes: ["a", "b", "d"], edges: ["ab", "bd2"] },
      { nodes: ["a", "c", "d"], edges: ["ca", "cd"] },
    ]);
  });

  it("walks relationships both ways", () => {
    expect(walks(shortestPaths(graph, all, "d", "a"))).toEqual(["bd2 ab", "cd ca"]);
  });

  it.each([
    ["stops at the limit", all, 1, ["ab bd2"]],
    ["goes around a hidden node", showing(["b"]), 5, ["ca cd"]],
    ["takes the parallel edge left on show", showing(["bd2", "cd"]), 5, ["ab bd1"]],
    ["takes the longer way when the short ones are hidden", showing(["b", "c"]), 5, ["ae ef fd"]],
    ["finds nothing when every way is hidden", showing(["b", "c", "ef"]), 5, []],
    ["finds nothing with a limit of 0", all, 0, []],
  ])("%s", (_, visible, limit, expected) => {
    expect(walks(shortestPaths(graph, visible, "a", "d", limit))).toEqual(expected);
  });

  it.each([
    ["the same node", "a", "a", [{ nodes: ["a"], edges: [] }]],
    ["an unconnected node", "a", "x", []],
    ["an unknown node", "a", "nope", []],
  ])("to %s", (_, from, to, expected) => {
    expect(shortestPaths(graph, all, from, to)).toEqual(expected);
  });

  it("finds nothing from a node to itself with a limit of 0", () => {
    expect(shortestPaths(graph, all, "a", "a", 0)).toEqual([]);
  });

  it("finds nothing when either end is hidden", () => {
    expect(shortestPaths(graph, showing(["a"]), "a", "d")).toEqual([]);
    expect(shortestPaths(graph, showing(["d"]), "a", "d")).toEqual([]);
    expect(shortestPaths(graph, showing(["a"]), "a", "a")).toEqual([]);
  });

  it("follows a 20,000-edge chain end to end without deep recursion", () => {
    const n = 20_000;
    const ids = Array.from({ length: n + 1 }, (_, i) => `n${i}`);
    const chain = makeGraph({
      nodes: ids.map((id) => makeNode({ id })),
      edges: ids.slice(1).map((id, i) => makeEdge({ id: `e${i}`, source: `n${i}`, target: id })),
    });
    const visible = { nodes: new Set(ids), edges: new Set(chain.edges.map((e) => e.id)) };
    const [path] = shortestPaths(chain, visible, "n0", `n${n}`);
    expect(path?.edges).toHaveLength(n);
    expect(path?.nodes.at(-1)).toBe(`n${n}`);
  });
});

// p reaches q directly over a pair whose feud ended and whose alliance is current, and the
// long way round through m; r only over an ended tie.
const dated = makeGraph({
  nodes: ["p", "q", "m", "r"].map((id) => makeNode({ id })),
  edges: [
    makeEdge({ id: "feud", source: "p", target: "q", start: "2020", end: "2021" }),
    makeEdge({ id: "ally", source: "q", target: "p", start: "2022" }),
    makeEdge({ id: "pm", source: "p", target: "m" }),
    makeEdge({ id: "mq", source: "m", target: "q" }),
    makeEdge({ id: "qr", source: "q", target: "r", start: "2020", end: "2021" }),
  ],
});
const at = (shown: string[], past: string[]) => ({
  nodes: new Set(["p", "q", "m", "r"]),
  edges: new Set(shown),
  past: new Set(past),
});

describe("shortestPaths in the present", () => {
  it.each([
    [
      "the current of two parallel ties",
      at(["feud", "ally", "pm", "mq"], ["feud"]),
      "p",
      "q",
      ["ally"],
    ],
    ["the most recent of two current parallel ties", at(["feud", "ally"], []), "p", "q", ["ally"]],
    [
      "a longer current route over a shorter ended one",
      at(["feud", "pm", "mq"], ["feud"]),
      "p",
      "q",
      ["pm mq"],
    ],
    ["an ended tie when no current route exists", at(["feud"], ["feud"]), "p", "q", ["feud"]],
    ["current ties up to an ended last step", at(["ally", "qr"], ["qr"]), "p", "r", ["ally qr"]],
    [
      "a pair's current tie over its more recent ended one on a route that needs an ended tie",
      at(["feud", "ally", "qr"], ["ally", "qr"]),
      "p",
      "r",
      ["feud qr"],
    ],
    [
      "every tie alike without a past set",
      { nodes: new Set(["p", "q"]), edges: new Set(["feud"]) },
      "p",
      "q",
      ["feud"],
    ],
  ])("takes %s", (_, visible, from, to, expected) => {
    expect(walks(shortestPaths(dated, visible, from, to))).toEqual(expected);
  });
});

describe("connections in the article", () => {
  const article = articleGraph();
  const allTime = filterGraph(article, initialView);

  it("links Jack Sweeney to Elon Musk through the flight and Bezos", () => {
    const paths = shortestPaths(article, allTime, "sweeney", "musk");
    expect(paths).toEqual([
      {
        nodes: ["sweeney", "g700-flight", "g700", "bezos", "musk"],
        edges: [
          "e-sweeney-tracked-flight",
          "e-g700-flew",
          "e-g700-linked-bezos",
          "e-bezos-rival-musk",
        ],
      },
    ]);
    const hops = pathHops(article, paths[0] ?? { nodes: [], edges: [] });
    expect(hops.map((h) => [h.from, h.to, h.edge.stance, h.reversed, h.quote?.certainty])).toEqual([
      ["sweeney", "g700-flight", "neutral", false, "confirmed"],
      ["g700-flight", "g700", "neutral", true, "reported"],
      ["g700", "bezos", "neutral", false, "confirmed"],
      ["bezos", "musk", "rivalry", false, "speculative"],
    ]);
  });

  it("finds Bezos and Musk directly linked, and through the administration with confirmed current ties only", () => {
    expect(walks(shortestPaths(article, allTime, "bezos", "musk"))).toEqual(["e-bezos-rival-musk"]);
    const confirmed = filterGraph(article, { ...initialView, certainty: "confirmed" });
    expect(walks(shortestPaths(article, confirmed, "bezos", "musk", 10))).toEqual([
      // Through Trump only over ties that have ended; the administration's are current.
      "e-admin-praised-bezos e-musk-falters-admin",
    ]);
  });

  it("finds no path when one end is not on the graph yet", () => {
    const before2025 = filterGraph(article, { ...initialView, period: "background" });
    expect(before2025.nodes.has("sweeney")).toBe(false);
    expect(shortestPaths(article, before2025, "sweeney", "musk")).toEqual([]);
  });
});

describe("pathHops", () => {
  // A path kept from before an edit may name an edge the graph no longer has.
  it.each([
    [
      "every hop of a whole path",
      { nodes: ["a", "c", "d"], edges: ["ca", "cd"] },
      ["a-c back", "c-d"],
    ],
    [
      "the hops left when an edge is gone",
      { nodes: ["a", "b", "d"], edges: ["ab", "gone"] },
      ["a-b"],
    ],
    ["no hop past the last node", { nodes: ["a"], edges: ["ab"] }, []],
  ])("gives %s", (_, path, expected) => {
    expect(
      pathHops(graph, path).map((h) => `${h.from}-${h.to}${h.reversed ? " back" : ""}`),
    ).toEqual(expected);
  });
});

describe("hopQuote", () => {
  const quote = (text: string, certainty?: Evidence["certainty"]): Evidence => ({
    quote: text,
    anchor: null,
    ...(certainty ? { certainty } : {}),
  });
  it.each([
    ["the surest, not the first", [quote("s", "speculative"), quote("c", "confirmed")], "c"],
    ["reported over speculative", [quote("s", "speculative"), quote("r", "reported")], "r"],
    ["the first of equals", [quote("r1", "reported"), quote("r2", "reported")], "r1"],
    ["no certainty as the source's own word", [quote("r", "reported"), quote("plain")], "plain"],
  ])("%s", (_, evidence, expected) => {
    expect(hopQuote(makeEdge({ id: "e", source: "a", target: "b", evidence }))?.quote).toBe(
      expected,
    );
  });

  it("is null for an edge without quotes", () => {
    expect(hopQuote(makeEdge({ id: "e", source: "a", target: "b", evidence: [] }))).toBeNull();
  });
});
