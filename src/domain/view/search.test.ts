import { describe, expect, it } from "vitest";
import { storyGraph } from "../../../tests/fixtures/memoryGraph";
import { foldForSearch, searchGraph } from "./search";

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

  it("folds combining marks and width", () => {
    expect(foldForSearch("Zoe\u0308  ÅKE")).toBe("zoe ake");
  });
});
