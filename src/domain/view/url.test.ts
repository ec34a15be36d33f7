import { describe, expect, it } from "vitest";
import { makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import { initialView } from "./filters";
import type { ViewState } from "./filters";
import { articleGraph } from "../../../tests/fixtures/article";
import { storySteps } from "../story/storySteps";
import { queryToView, viewToQuery } from "./url";

describe("view ⇄ URL", () => {
  it("leaves defaults out", () => {
    expect(viewToQuery(initialView)).toBe("");
  });

  it("round-trips a full view", () => {
    const view: ViewState = {
      period: "jan",
      mode: "during",
      hiddenKinds: ["media", "event"],
      hiddenStances: ["neutral"],
      query: "zoë & co",
      searchQuotes: true,
      selection: "thaw",
      story: null,
      certainty: "reported",
      sourcing: "unsourced",
    };
    expect(viewToQuery(view)).toContain("quotes=1");
    const back = queryToView(viewToQuery(view), storyGraph);
    expect(back).toEqual({ ...view, hiddenKinds: ["event", "media"] });
  });

  it("names each setting with its short parameter, lists sorted", () => {
    const view: ViewState = {
      period: "jan",
      mode: "during",
      hiddenKinds: ["media", "event"],
      hiddenStances: ["rivalry", "alliance"],
      query: "zoë",
      searchQuotes: true,
      selection: "thaw",
      story: 1,
      certainty: "reported",
      sourcing: "unsourced",
    };
    expect(viewToQuery(view)).toBe(
      "t=jan&mode=during&hide=event%2Cmedia&stance=alliance%2Crivalry&q=zo%C3%AB&quotes=1&sel=thaw&story=2&certainty=reported&sources=unsourced",
    );
  });

  it("drops what does not fit the graph", () => {
    const view = queryToView(
      "t=2099&mode=sideways&hide=media,robot&stance=love&sel=nobody&story=99&certainty=sure",
      storyGraph,
    );
    // An unknown step falls back to the opening step, the graph's last period.
    expect(view).toEqual({ ...initialView, period: "jul", hiddenKinds: ["media"] });
  });

  it("opens at the latest step when the link names none, and names All time as t=all", () => {
    expect(queryToView("", storyGraph).period).toBe("jul");
    expect(queryToView("t=all", storyGraph).period).toBeNull();
    expect(queryToView("t=jan", storyGraph).period).toBe("jan");
    expect(viewToQuery({ ...initialView, period: "jul" }, "jul")).toBe("");
    expect(viewToQuery({ ...initialView, period: null }, "jul")).toBe("t=all");
    expect(viewToQuery({ ...initialView, period: "jan" }, "jul")).toBe("t=jan");
  });

  it("opens at the graph's own openingStep when it names one of its periods", () => {
    expect(queryToView("", { ...storyGraph, openingStep: "jan" }).period).toBe("jan");
    expect(queryToView("", { ...storyGraph, openingStep: "nope" }).period).toBe("jul");
    expect(queryToView("", makeGraph({ nodes: [makeNode({ id: "a" })] })).period).toBeNull();
  });

  it("lets a story step set its own period over the link's", () => {
    const graph = articleGraph();
    const step = storySteps(graph)[2];
    expect(step?.period).toBe("jul-2025");
    const view = queryToView("story=3&t=background", graph);
    expect(view.period).toBe("jul-2025");
  });

  it("counts story steps from 1 and drops a step the graph does not have", () => {
    const steps = storySteps(articleGraph()).length;
    expect(viewToQuery({ ...initialView, story: 2 })).toBe("story=3");
    expect(queryToView("story=3", articleGraph()).story).toBe(2);
    expect(queryToView(`story=${steps}`, articleGraph()).story).toBe(steps - 1);
    for (const bad of [`${steps + 1}`, "0", "-1", "2.5", "03", "x", ""])
      expect(queryToView(`story=${bad}`, articleGraph()).story).toBeNull();
  });

  it.each(["confirmed", "reported"] as const)("carries certainty=%s", (certainty) => {
    const query = viewToQuery({ ...initialView, certainty });
    expect(query).toBe(`certainty=${certainty}`);
    expect(queryToView(query, storyGraph).certainty).toBe(certainty);
  });

  it("carries awkward ids intact", () => {
    const graph = makeGraph({
      nodes: [makeNode({ id: 'a b#"c",&=?' }), makeNode({ id: "__proto__" })],
    });
    for (const id of ['a b#"c",&=?', "__proto__"]) {
      const view = { ...initialView, selection: id };
      expect(queryToView(viewToQuery(view), graph).selection).toBe(id);
    }
  });
});
