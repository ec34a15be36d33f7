import { describe, expect, it } from "vitest";
import { error, warning } from "./problems";
import { groupProblems, problemReport } from "./report";

const unknown = (i: number) =>
  error(["edges", i, "target"], `unknown node "ghost${i}"`, "use the id of one of the nodes");

describe("groupProblems", () => {
  it("groups the first problems by kind, each with its count over the whole list", () => {
    const problems = [
      ...Array.from({ length: 120_000 }, (_, i) => unknown(i)),
      warning(
        ["nodes", 0, "evidence", 0, "quote"],
        "quote occurs 3 times; anchored to the first",
        "lengthen it",
      ),
    ];
    const groups = groupProblems(problems, 200);
    expect(groups.map(({ kind, total, shown }) => [kind, total, shown.length])).toEqual([
      ['error: unknown node "…"', 120_000, 200],
      ["warning: quote occurs # times; anchored to the first", 1, 0],
    ]);
    expect(groups[0]?.shown[199]?.path).toBe("edges[199].target");
  });
});

describe("problemReport", () => {
  it("writes every problem on its own line", () => {
    expect(problemReport("Could not open big.json", [unknown(0), unknown(1)])).toBe(
      [
        "Could not open big.json",
        "2 problems",
        "",
        'error edges[0].target: unknown node "ghost0" — fix: use the id of one of the nodes',
        'error edges[1].target: unknown node "ghost1" — fix: use the id of one of the nodes',
        "",
      ].join("\n"),
    );
  });
});
