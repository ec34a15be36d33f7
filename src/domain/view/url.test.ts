import { describe, expect, it } from "vitest";
import { makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/memoryGraph";
import { initialView } from "./filters";
import type { ViewState } from "./filters";
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
    };
    const back = queryToView(viewToQuery(view), storyGraph);
    expect(back).toEqual({ ...view, hiddenKinds: ["event", "media"] });
  });

  it("drops what does not fit the graph", () => {
    const view = queryToView(
      "t=2099&mode=sideways&hide=media,robot&stance=love&sel=nobody",
      storyGraph,
    );
    expect(view).toEqual({ ...initialView, hiddenKinds: ["media"] });
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
