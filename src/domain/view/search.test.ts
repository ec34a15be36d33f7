import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import { foldForSearch, outlined, searchGraph } from "./search";

describe("searchGraph", () => {
  it("returns null for a blank query", () => {
    expect(searchGraph(storyGraph, "   ")).toBeNull();
  });

  it.each([
    ["zoe", ["zoe"]],
    ["ÅKESSON", ["zoe"]],
    ["jeff", ["bezos"]],
    ["white  house", ["meeting"]],
  ])("matches nodes for %j case- and accent-insensitively", (query, ids) => {
    expect([...(searchGraph(storyGraph, query)?.nodes ?? [])]).toEqual(ids);
  });

  it("matches edges by relation and by either end's label", () => {
    expect([...(searchGraph(storyGraph, "owns")?.edges ?? [])]).toEqual(["owns"]);
    expect([...(searchGraph(storyGraph, "trump")?.edges ?? [])].sort()).toEqual(["feud", "thaw"]);
  });

  it.each([
    // "owns" is the relation and "Jeff Bezos" its source: fields are not run together.
    ["a word across two fields", "ownsjeff"],
    ["words in no name", "was here"],
  ])("finds nothing for %s", (_, query) => {
    const matches = searchGraph(storyGraph, query);
    expect([matches?.nodes.size, matches?.edges.size]).toEqual([0, 0]);
  });

  it("answers a repeated question with the same matches", () => {
    expect(searchGraph(storyGraph, "trump")).toBe(searchGraph(storyGraph, "trump"));
    expect(searchGraph(storyGraph, "trump", true)).not.toBe(searchGraph(storyGraph, "trump"));
  });

  it("treats regular-expression characters literally", () => {
    expect(searchGraph(storyGraph, ".*")?.nodes.size).toBe(0);
    expect(() => searchGraph(storyGraph, "(")).not.toThrow();
  });

  it("matches names, not summaries", () => {
    expect(searchGraph(storyGraph, "bystander")?.nodes.size).toBe(0);
  });

  it("matches every word of the query, in any order", () => {
    expect([...(searchGraph(storyGraph, "house white")?.nodes ?? [])]).toEqual(["meeting"]);
    expect([...(searchGraph(storyGraph, "jeff trump")?.edges ?? [])].sort()).toEqual([
      "feud",
      "thaw",
    ]);
    expect(searchGraph(storyGraph, "jeff white")?.nodes.size).toBe(0);
  });

  it("matches an alias as it does the label", () => {
    const graph = makeGraph({
      nodes: [
        makeNode({ id: "musk", label: "Elon Musk", aliases: ["Tesla CEO", "Musk"] }),
        makeNode({ id: "doge", label: "DOGE", aliases: ["Department of Government Efficiency"] }),
      ],
    });
    expect([...(searchGraph(graph, "tesla")?.nodes ?? [])]).toEqual(["musk"]);
    expect([...(searchGraph(graph, "government efficiency")?.nodes ?? [])]).toEqual(["doge"]);
  });

  it("matches quote text only when asked, name matches first", () => {
    const graph = makeGraph({
      nodes: [
        makeNode({
          id: "said",
          label: "Someone",
          evidence: [{ quote: "Bezos said so", anchor: null }],
        }),
        makeNode({ id: "bezos", label: "Jeff Bezos" }),
      ],
      edges: [
        makeEdge({
          id: "e",
          source: "said",
          target: "said",
          relation: "x",
          evidence: [{ quote: "per Bezos aides", anchor: null }],
        }),
      ],
    });
    expect([...(searchGraph(graph, "bezos")?.nodes ?? [])]).toEqual(["bezos"]);
    expect([...(searchGraph(graph, "bezos")?.edges ?? [])]).toEqual([]);
    expect([...(searchGraph(graph, "bezos", true)?.nodes ?? [])]).toEqual(["bezos", "said"]);
    expect([...(searchGraph(graph, "bezos", true)?.edges ?? [])]).toEqual(["e"]);
    expect(searchGraph(graph, "aides bezos", true)?.edges.size).toBe(1);
  });

  it("folds combining marks and width", () => {
    expect(foldForSearch("Zoe\u0308  ÅKE")).toBe("zoe ake");
  });
});

describe("outlined", () => {
  it("keeps the first 200 matches on show, in order", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `n${i}`);
    const shown = new Set(ids.filter((_, i) => i % 2 === 1));
    const result = [...outlined(ids, shown)];
    expect(result).toHaveLength(200);
    expect(result.slice(0, 2)).toEqual(["n1", "n3"]);
    expect(result.at(-1)).toBe("n399");
  });
});
