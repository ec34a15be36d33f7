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
      selection: "thaw",
      story: null,
      certainty: "reported",
      sourcing: "unsourced",
    };
    const back = queryToView(viewToQuery(view), storyGraph);
    expect(back).toEqual({ ...view, hiddenKinds: ["event", "media"] });
  });

  it("drops what does not fit the graph", () => {
    const view = queryToView(
      "t=2099&mode=sideways&hide=media,robot&stance=love&sel=nobody&story=99&certainty=sure",
      storyGraph,
    );
    expect(view).toEqual({ ...initialView, hiddenKinds: ["media"] });
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
