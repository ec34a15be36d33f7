import { describe, expect, it } from "vitest";
import { storyGraph } from "../../../tests/fixtures/factory";
import { foldForSearch, searchGraph } from "./search";

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
