import { describe, expect, it } from "vitest";
import { storyGraph } from "../../../tests/fixtures/factory";
import { initialView, type ViewState } from "./filters";
import { articleGraph } from "../../../tests/fixtures/article";
import {
  goToStory,
  isFiltered,
  select,
  setCertainty,
  setMode,
  setPeriod,
  setQuery,
  setSearchQuotes,
  setSourcing,
  setStory,
  stepBy,
  toggleKind,
  toggleStance,
} from "./reducers";
import { openingView, stepIndex, timelineSteps } from "./steps";

describe("timeline steps", () => {
  it("lists every period, then All time", () => {
    expect(timelineSteps(storyGraph).map((s) => s.label)).toEqual([
      "Before 2025",
      "January 2025",
      "July 2025",
      "All time",
    ]);
    expect(stepIndex(storyGraph, null)).toBe(3);
    expect(stepIndex(storyGraph, "jan")).toBe(1);
    expect(stepIndex(storyGraph, "nope")).toBe(3);
  });

  it("opens a graph at its latest period with every filter at rest", () => {
    expect(openingView(storyGraph)).toEqual({ ...initialView, period: "jul" });
  });
});

describe("view producers", () => {
  it.each([
    [null, 1, null],
    [null, -1, "jul"],
    ["before", -1, "before"],
    ["before", 2, "jul"],
    ["jan", 10, null],
  ] as const)("from %s, stepBy %i lands on %s", (from, delta, to) => {
    expect(stepBy(storyGraph, delta)({ ...initialView, period: from }).period).toBe(to);
  });

  it("toggles kinds and stances on and off", () => {
    const once = toggleStance("rivalry")(toggleKind("event")(initialView));
    expect(once.hiddenKinds).toEqual(["event"]);
    expect(once.hiddenStances).toEqual(["rivalry"]);
    const twice = toggleStance("rivalry")(toggleKind("event")(once));
    expect(twice.hiddenKinds).toEqual([]);
    expect(twice.hiddenStances).toEqual([]);
  });

  it("removes only the kind toggled off", () => {
    expect(
      toggleKind("media")({ ...initialView, hiddenKinds: ["event", "media"] }).hiddenKinds,
    ).toEqual(["event"]);
  });

  it("sets quote search and the sources filter without touching the rest", () => {
    expect(setSourcing("sourced")(setSearchQuotes(true)(initialView))).toEqual({
      ...initialView,
      searchQuotes: true,
      sourcing: "sourced",
    });
  });

  it("sets period, mode, query and selection without touching the rest", () => {
    const view = select("bezos")(setQuery("zo")(setMode("during")(setPeriod("jan")(initialView))));
    expect(view).toEqual({
      ...initialView,
      period: "jan",
      mode: "during",
      query: "zo",
      selection: "bezos",
    });
    expect(initialView.period).toBeNull();
  });

  it("enters a story step together with its period, and leaves it where the reader is", () => {
    const entered = setStory(2, "jul")({ ...initialView, period: "before" });
    expect(entered).toMatchObject({ story: 2, period: "jul" });
    expect(setStory(3, null)(entered)).toMatchObject({ story: 3, period: null });
    expect(setStory(null, "before")(entered)).toMatchObject({ story: null, period: "jul" });
    expect(setStory(1)(entered)).toEqual({ ...initialView, story: 1, period: "jul" });
  });

  it("sets the certainty level", () => {
    expect(setCertainty("confirmed")(initialView)).toEqual({
      ...initialView,
      certainty: "confirmed",
    });
    expect(initialView.certainty).toBe("all");
  });
});

describe("goToStory", () => {
  const graph = articleGraph();
  it.each([
    [0, 0, "jul-2025"],
    [4, 4, "background"],
    [5, 5, "jan-2025"],
    [12, 12, "jul-2025"],
    [13, null, "apr-2025"], // past the last step: leaves story mode where the reader is
    [null, null, "apr-2025"],
  ] as const)("step %s → story %s at %s", (index, story, period) => {
    const view = goToStory(graph, index)({ ...initialView, period: "apr-2025", story: 5 });
    expect({ story: view.story, period: view.period }).toEqual({ story, period });
  });
});

describe("clearFilters", () => {
  it("clears kinds, stances, certainty and search but keeps time and selection", async () => {
    const { clearFilters, setCertainty } = await import("./reducers");
    const filtered = setCertainty("confirmed")(
      setQuery("x")(toggleKind("event")(select("bezos")(setPeriod("jan")(initialView)))),
    );
    expect(isFiltered(filtered)).toBe(true);
    const cleared = clearFilters()(filtered);
    expect(isFiltered(cleared)).toBe(false);
    expect(cleared).toEqual({ ...initialView, period: "jan", selection: "bezos" });
    expect(isFiltered(setCertainty("reported")(initialView))).toBe(true);
  });

  // Producers, applied in the test: a mutant that breaks one then fails a test, not the file's loading.
  it.each([
    ["nothing", (view: ViewState) => view, false],
    ["a hidden kind", toggleKind("event"), true],
    ["a hidden stance", toggleStance("rivalry"), true],
    ["the sources filter", setSourcing("unsourced"), true],
    ["a search", setQuery("x"), true],
    [
      "the time step and selection",
      (view: ViewState) => select("bezos")(setPeriod("jan")(view)),
      false,
    ],
    ["the story step", (view: ViewState) => setStory(1, "jan")(view), false],
  ])("counts %s as filtered: %s", (_, produce, filtered) => {
    expect(isFiltered(produce(initialView))).toBe(filtered);
  });
});
