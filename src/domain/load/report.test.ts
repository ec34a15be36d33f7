import { describe, expect, it } from "vitest";
import type { Problem } from "../model/types";
import { error, formatProblem, warning } from "./problems";
import { digestGroups, digestProblems, digestReport, groupLines, problemReport } from "./report";

const unknown = (i: number) =>
  error(["edges", i, "target"], `unknown node "ghost${i}"`, "use the id of one of the nodes");

describe("groupLines", () => {
  it("groups the first problems by kind, each with its count over the whole list", () => {
    const problems = [
      ...Array.from({ length: 120_000 }, (_, i) => unknown(i)),
      warning(
        ["nodes", 0, "evidence", 0, "quote"],
        "quote occurs 3 times; anchored to the first",
        "lengthen it",
      ),
    ];
    const groups = groupLines(problems, 200);
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

describe("digestProblems", () => {
  const ghost = (i: number): Problem => ({
    severity: "warning",
    path: `story[0].elements[${i}]`,
    message: `unknown element "ghost${i}"`,
    fix: "remove it",
  });
  const spoke = (i: number): Problem => ({
    severity: "error",
    path: `nodes[${i}].label`,
    message: "label is blank",
    fix: "name it",
  });

  it("hands a short list over whole, with no digest", () => {
    const few = [ghost(0), spoke(1)];
    expect(digestProblems(few)).toEqual({ problems: few });
  });

  it("hands over the first 200, every kind's count and every problem as a line", () => {
    const many = [...Array.from({ length: 250 }, (_, i) => ghost(i)), spoke(250)];
    const { problems, digest } = digestProblems(many);
    expect(problems).toHaveLength(200);
    expect(digest?.total).toBe(251);
    expect(digest?.kinds).toEqual([
      ['warning: unknown element "…"', 250],
      ["error: label is blank", 1],
    ]);
    expect(digest?.lines.split("\n")).toHaveLength(251);
    expect(digest?.lines.split("\n").at(-1)).toBe(formatProblem(spoke(250)));
    const groups = digest ? digestGroups(problems, digest) : [];
    expect(groups.map((g) => [g.kind, g.total, g.shown.length])).toEqual([
      ['warning: unknown element "…"', 250, 200],
      ["error: label is blank", 1, 0],
    ]);
    expect(digest ? digestReport("Opened x.json", digest) : "").toBe(
      problemReport("Opened x.json", many),
    );
  });
});
