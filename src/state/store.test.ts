import { describe, expect, it } from "vitest";
import { makeGraph, makeNode, storyGraph } from "../../tests/fixtures/memoryGraph";
import { selectListed, selectVisible } from "./selectors";
import { createEntenteStore } from "./store";

describe("entente store", () => {
  it("starts on All time with nothing selected", () => {
    const { view, graphVersion } = createEntenteStore(storyGraph).getState();
    expect(view.period).toBeNull();
    expect(view.selection).toBeNull();
    expect(graphVersion).toBe(1);
  });

  it("steps the timeline and derives the visible set from it", () => {
    const store = createEntenteStore(storyGraph);
    store.getState().stepBy(-3);
    expect(store.getState().view.period).toBe("before");
    expect(selectVisible(store.getState()).edges.has("thaw")).toBe(false);
    store.getState().stepBy(1);
    expect(selectVisible(store.getState()).edges.has("thaw")).toBe(true);
  });

  it("computes the visible set once per change, not once per reader", () => {
    const store = createEntenteStore(storyGraph);
    const first = selectVisible(store.getState());
    store.getState().select("bezos");
    expect(selectVisible(store.getState())).toBe(first);
    store.getState().toggleKind("media");
    expect(selectVisible(store.getState())).not.toBe(first);
  });

  it("narrows the lists by search but not the graph", () => {
    const store = createEntenteStore(storyGraph);
    store.getState().setQuery("jeff");
    expect([...selectListed(store.getState()).nodes]).toEqual(["bezos"]);
    expect(selectVisible(store.getState()).nodes.size).toBe(5);
  });

  it("replaces the graph on load, bumps the version and resets the view", () => {
    const store = createEntenteStore(storyGraph);
    store.getState().select("bezos");
    const other = makeGraph({ nodes: [makeNode({ id: "x" })] });
    store.getState().loadGraph(other, [], "example.org");
    const state = store.getState();
    expect(state.graph).toBe(other);
    expect(state.graphVersion).toBe(2);
    expect(state.origin).toBe("example.org");
    expect(state.view.selection).toBeNull();
  });
});
