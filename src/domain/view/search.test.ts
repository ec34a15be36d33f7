import { describe, expect, it } from "vitest";
import { storyGraph } from "../../../tests/fixtures/factory";
import { foldForSearch, outlined, searchGraph } from "./search";

describe("searchGraph", () => {
  it("returns null for a blank query", () => {
    expect(searchGraph(storyGraph, "   ")).toBeNull();
  });

  it.each([
    ["zoe", ["zoe"]],
    ["ÅKESSON", ["zoe"]],
    ["bystander", ["zoe"]],
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

  it("does not match across a label and a summary", () => {
    expect(searchGraph(storyGraph, "akesson a bystander")?.nodes.size).toBe(0);
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
