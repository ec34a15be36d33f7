import { describe, expect, it } from "vitest";
import type { Problem } from "../model/types";
import { error, formatProblem, warning } from "./problems";
import {
  SHOWN_PROBLEMS,
  digestGroups,
  digestNotes,
  digestProblems,
  digestReport,
  formatNote,
  groupLines,
  noteReport,
  problemReport,
} from "./report";

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

describe("kinds of lines", () => {
  it("blanks a number of several digits as one #, and quoted text with digits as one quote", () => {
    const lines = [
      { severity: "warning", message: 'quote occurs 12 times in "part 2"' },
      { severity: "warning", message: 'quote occurs 345 times in "x"' },
    ];
    expect(groupLines(lines).map(({ kind, total }) => [kind, total])).toEqual([
      ['warning: quote occurs # times in "…"', 2],
    ]);
  });
});

describe("digestProblems at the limit", () => {
  it(`hands over exactly ${SHOWN_PROBLEMS} problems whole, with no digest`, () => {
    const exactly = Array.from({ length: SHOWN_PROBLEMS }, (_, i) => unknown(i));
    expect(digestProblems(exactly)).toEqual({ problems: exactly });
  });
});

describe("import notes", () => {
  const notes = [
    { severity: "warning", message: "dropped 3 attributes" },
    { severity: "info", message: "read 2 nodes" },
  ];

  it("writes a note as its severity and message", () => {
    expect(formatNote(notes[0]!)).toBe("warning: dropped 3 attributes");
  });

  it("lists every note on its own line under a count", () => {
    expect(noteReport("Imported x.gexf", notes)).toBe(
      "Imported x.gexf\n2 notes\n\nwarning: dropped 3 attributes\ninfo: read 2 nodes\n",
    );
  });

  it("hands a short list of notes over whole", () => {
    expect(digestNotes(notes)).toEqual({ first: notes });
  });

  it("digests a long list of notes, each as a note line", () => {
    const many = Array.from({ length: SHOWN_PROBLEMS + 1 }, (_, i) => ({
      severity: "warning",
      message: `dropped attribute "a${i}"`,
    }));
    const { first, digest } = digestNotes(many);
    expect(first).toEqual(many.slice(0, SHOWN_PROBLEMS));
    expect(digest?.kinds).toEqual([['warning: dropped attribute "…"', SHOWN_PROBLEMS + 1]]);
    expect(digest?.lines.split("\n").slice(0, 2)).toEqual([
      'warning: dropped attribute "a0"',
      'warning: dropped attribute "a1"',
    ]);
    expect(digest ? digestReport("Imported y.csv", digest, "notes") : "").toBe(
      noteReport("Imported y.csv", many),
    );
  });
});
