import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import { CHANGE_TAGS, compareSteps, describeChange, tagOf, type Change } from "./changes";
import { articleGraph } from "../../../tests/fixtures/article";

const summary = (c: Change) =>
  [c.kind, c.direction ?? "-", c.pair.join("+"), c.before.join(","), c.after.join(",")].join(" ");

describe("compareSteps on the article", () => {
  const graph = articleGraph();

  it("January → July 2025: Trump and Musk sour, Bezos and Trump warm, listed first", () => {
    const changes = compareSteps(graph, "jan-2025", "jul-2025");
    expect(changes.slice(0, 2).map((c) => describeChange(graph, c))).toEqual([
      "Elon Musk – Donald Trump: soured (alliance → rivalry)",
      "Jeff Bezos – Donald Trump: warmed (alliance and rivalry → alliance)",
    ]);
    expect(changes.slice(0, 2).map(summary)).toEqual([
      "changed soured musk+trump e-musk-backed-trump e-musk-fell-out-trump",
      "changed warmed bezos+trump e-bezos-feud-trump,e-bezos-warms-trump e-bezos-warms-trump,e-bezos-met-trump",
    ]);
    expect(changes.filter((c) => c.kind === "changed")).toHaveLength(2);
  });

  it("Before 2025 → July 2025: the feud has become an alliance", () => {
    const changes = compareSteps(graph, "background", "jul-2025");
    const bezosTrump = changes.find((c) => c.pair.join() === "bezos,trump");
    expect(bezosTrump && describeChange(graph, bezosTrump)).toBe(
      "Jeff Bezos – Donald Trump: warmed (rivalry → alliance)",
    );
    expect(changes.find((c) => c.pair.join() === "musk,trump")?.direction).toBe("soured");
  });

  it("lists the July meeting as begun and the inauguration as ended", () => {
    const described = compareSteps(graph, "jan-2025", "jul-2025").map((c) =>
      describeChange(graph, c),
    );
    expect(described).toContain("Jeff Bezos – Private White House meeting: began (alliance)");
    expect(described).toContain("Jeff Bezos – Trump’s second inauguration: ended (alliance)");
  });

  it("sorts changed, then began, then ended, each by the two labels", () => {
    const changes = compareSteps(graph, "background", "jul-2025");
    const rank = { changed: 0, began: 1, ended: 2 };
    const ranks = changes.map((c) => rank[c.kind]);
    expect(ranks).toEqual([...ranks].sort());
    expect(new Set(ranks)).toEqual(new Set([0, 1, 2]));
    const began = changes.filter((c) => c.kind === "began").map((c) => describeChange(graph, c));
    expect(began).toEqual([...began].sort((a, b) => a.localeCompare(b)));
  });

  it("finds nothing between a step and itself", () => {
    expect(compareSteps(graph, "apr-2025", "apr-2025")).toEqual([]);
  });
});

describe("compareSteps", () => {
  const attended = "began - bezos+meeting  attends";
  it.each([
    // storyGraph: feud (rivalry, 2017 – Dec 2024), thaw (alliance, from Jan 2025), an undated tie
    // to the paper, and one to the July meeting that shows with the meeting.
    ["before", "jan", "upto", ["changed warmed bezos+trump feud thaw"]],
    ["before", "jul", "upto", ["changed warmed bezos+trump feud thaw", attended]],
    ["jan", "jul", "upto", [attended]],
    ["jan", "before", "upto", ["changed soured bezos+trump thaw feud"]],
    ["before", "jan", "during", ["changed warmed bezos+trump feud thaw"]],
    ["before", null, "upto", ["changed warmed bezos+trump feud thaw", attended]],
  ] as const)("%s → %s in %s mode", (from, to, mode, expected) => {
    expect(compareSteps(storyGraph, from, to, mode).map(summary)).toEqual(expected);
  });

  const periods = [
    { id: "p1", label: "2020", start: "2020", end: "2020" },
    { id: "p2", label: "2021", start: "2021", end: "2021" },
  ];
  const graph = makeGraph({
    periods,
    nodes: ["a", "b", "c", "d", "e"].map((id) => makeNode({ id, label: id.toUpperCase() })),
    edges: [
      makeEdge({ id: "ab1", source: "a", target: "b", stance: "alliance", end: "2020" }),
      makeEdge({ id: "ab2", source: "b", target: "a", stance: "alliance", start: "2021" }),
      makeEdge({ id: "cd", source: "d", target: "c", stance: "neutral", start: "2021" }),
      makeEdge({ id: "ae", source: "a", target: "e", stance: "rivalry", end: "2020" }),
      makeEdge({ id: "ce1", source: "c", target: "e", stance: "alliance" }),
      makeEdge({ id: "ce2", source: "c", target: "e", stance: "neutral", start: "2021" }),
    ],
  });

  it("ignores a pair whose stances stay the same through different edges", () => {
    expect(compareSteps(graph, "p1", "p2").map(summary)).toEqual([
      "changed shifted c+e ce1 ce1,ce2",
      "began - c+d  cd",
      "ended - a+e ae ",
    ]);
  });

  it.each([
    ["changed", "C – E: shifted (alliance → alliance and neutral)"],
    ["began", "C – D: began (neutral)"],
    ["ended", "A – E: ended (rivalry)"],
  ])("describes a %s pair", (kind, text) => {
    const change = compareSteps(graph, "p1", "p2").find((c) => c.kind === kind);
    expect(change && describeChange(graph, change)).toBe(text);
  });
});

describe("compareSteps between two tones", () => {
  const periods = [
    { id: "p1", label: "2020", start: "2020", end: "2020" },
    { id: "p2", label: "2021", start: "2021", end: "2021" },
  ];
  // Two pairs that only gain or lose an alliance, labelled so that numbers must sort as numbers.
  const graph = makeGraph({
    periods,
    nodes: [
      makeNode({ id: "n9", label: "Item 9" }),
      makeNode({ id: "n10", label: "Item 10" }),
      makeNode({ id: "x", label: "X" }),
    ],
    edges: [
      makeEdge({ id: "n10x-old", source: "n10", target: "x", stance: "alliance", end: "2020" }),
      makeEdge({ id: "n10x-new", source: "x", target: "n10", stance: "neutral", start: "2021" }),
      makeEdge({ id: "n9x-old", source: "n9", target: "x", stance: "neutral", end: "2020" }),
      makeEdge({ id: "n9x-new", source: "n9", target: "x", stance: "alliance", start: "2021" }),
    ],
  });

  it("warms on a new alliance, sours on a lost one, sorts Item 9 before Item 10, lists both edges", () => {
    const changes = compareSteps(graph, "p1", "p2");
    expect(changes.map((c) => [describeChange(graph, c), c.edges])).toEqual([
      ["Item 9 – X: warmed (neutral → alliance)", ["n9x-old", "n9x-new"]],
      ["Item 10 – X: soured (alliance → neutral)", ["n10x-old", "n10x-new"]],
    ]);
  });
});

it("compares All time up to the data's last start when no mode is given", () => {
  expect(compareSteps(storyGraph, "before", null).map(summary)).toEqual([
    "changed warmed bezos+trump feud thaw",
    "began - bezos+meeting  attends",
  ]);
});

describe("a change's tag", () => {
  const change = (kind: Change["kind"], direction?: Change["direction"]): Change => ({
    kind,
    ...(direction ? { direction } : {}),
    pair: ["a", "b"],
    before: [],
    after: [],
    stancesBefore: ["alliance"],
    stancesAfter: ["neutral"],
    edges: [],
  });

  it.each([
    ["changed", "warmed", "warmed"],
    ["changed", "soured", "soured"],
    ["changed", undefined, "shifted"],
    ["began", undefined, "began"],
    ["ended", undefined, "ended"],
  ] as const)("%s %s is tagged %s", (kind, direction, tag) => {
    expect(tagOf(change(kind, direction))).toBe(tag);
  });

  it("comes in the key's order, warmer first", () => {
    expect(CHANGE_TAGS).toEqual(["warmed", "soured", "shifted", "began", "ended"]);
  });

  it("is described as shifted for a change without a direction", () => {
    const graph = makeGraph({ nodes: [makeNode({ id: "a", label: "A" }), makeNode({ id: "b" })] });
    expect(describeChange(graph, change("changed"))).toBe("A – b: shifted (alliance → neutral)");
  });
});
