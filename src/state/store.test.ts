import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode, storyGraph } from "../../tests/fixtures/factory";
import { storySteps } from "../domain/story";
import { initialView } from "../domain/view";
import type { Certainty } from "../domain/model/types";
import { articleGraph } from "../../tests/fixtures/article";
import { selectListed, selectShown } from "./selectors";
import { createEntenteStore } from "./store";

const sureQuote = (certainty: Certainty) => ({ quote: "q", anchor: null, certainty });

describe("entente store", () => {
  it("starts at the latest period with nothing selected", () => {
    const { view, graphVersion } = createEntenteStore(storyGraph).getState();
    expect(view.period).toBe("jul");
    expect(view.selection).toBeNull();
    expect(graphVersion).toBe(1);
  });

  it("steps the timeline and derives the visible set from it", () => {
    const store = createEntenteStore(storyGraph);
    store.getState().stepBy(-3);
    expect(store.getState().view.period).toBe("before");
    expect(selectShown(store.getState()).edges.has("thaw")).toBe(false);
    store.getState().stepBy(1);
    expect(selectShown(store.getState()).edges.has("thaw")).toBe(true);
  });

  it("computes the visible set once per change, not once per reader", () => {
    const store = createEntenteStore(storyGraph);
    const first = selectShown(store.getState());
    store.getState().select("bezos");
    expect(selectShown(store.getState())).toBe(first);
    store.getState().toggleKind("media");
    expect(selectShown(store.getState())).not.toBe(first);
  });

  it("narrows the lists by search but not the graph", () => {
    const store = createEntenteStore(storyGraph);
    store.getState().setQuery("jeff");
    expect([...selectListed(store.getState()).nodes]).toEqual(["bezos"]);
    expect(selectShown(store.getState()).nodes.size).toBe(5);
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

  it("moves the timeline with the story and leaves it where it is on exit", () => {
    const graph = articleGraph();
    const store = createEntenteStore(graph);
    const step = storySteps(graph)[2];
    store.getState().setStory(2);
    expect(store.getState().view).toMatchObject({ story: 2, period: step?.period });
    store.getState().setStory(null);
    expect(store.getState().view).toMatchObject({ story: null, period: step?.period });
    store.getState().setStory(999);
    expect(store.getState().view.story).toBeNull();
  });

  it("lets a selection take Details over from a picked passage", () => {
    const store = createEntenteStore(storyGraph);
    store.getState().setPassage({ start: 0, end: 4 });
    store.getState().setTab("claims");
    store.getState().select("bezos");
    expect(store.getState().passage).toBeNull();
    expect(store.getState().tab).toBe("claims");
  });

  it("forgets the reading state with a new graph", () => {
    const store = createEntenteStore(storyGraph);
    store.getState().setPassage({ start: 0, end: 4 });
    store.getState().setHovered({ start: 0, end: 4 });
    store.getState().setEmphasis(new Set(["bezos"]));
    store.getState().setTab("changes");
    store.getState().loadGraph(storyGraph, [], null);
    const { passage, hovered, emphasis, tab } = store.getState();
    expect({ passage, hovered, emphasis, tab }).toEqual({
      passage: null,
      hovered: null,
      emphasis: null,
      tab: "details",
    });
  });
});

describe("view actions", () => {
  it("opens a link's view, dropping what this graph lacks", () => {
    const store = createEntenteStore(storyGraph);
    store.getState().openLink("?t=jan&sel=nobody&hide=media&certainty=reported");
    expect(store.getState().view).toEqual({
      ...initialView,
      period: "jan",
      hiddenKinds: ["media"],
      certainty: "reported",
    });
  });

  it("clears the filters and keeps time and selection", () => {
    const store = createEntenteStore(storyGraph);
    store.getState().openLink("?t=jan&sel=bezos&hide=media&stance=rivalry&q=x&certainty=reported");
    store.getState().clearFilters();
    expect(store.getState().view).toEqual({ ...initialView, period: "jan", selection: "bezos" });
  });
});

describe("selectShown", () => {
  const graph = makeGraph({
    nodes: [makeNode({ id: "a" }), makeNode({ id: "b" }), makeNode({ id: "c" })],
    edges: [
      makeEdge({ id: "sure", source: "a", target: "b", evidence: [sureQuote("confirmed")] }),
      makeEdge({ id: "guess", source: "a", target: "c", evidence: [sureQuote("speculative")] }),
    ],
  });

  it("drops relationships below the certainty level from the graph and the lists", () => {
    const store = createEntenteStore(graph);
    expect([...selectShown(store.getState()).edges]).toEqual(["sure", "guess"]);
    store.getState().setCertainty("reported");
    expect([...selectShown(store.getState()).edges]).toEqual(["sure"]);
    expect([...selectListed(store.getState()).edges]).toEqual(["sure"]);
  });

  it("is computed once per change, not once per reader", () => {
    const store = createEntenteStore(graph);
    store.getState().setCertainty("confirmed");
    const first = selectShown(store.getState());
    store.getState().select("a");
    expect(selectShown(store.getState())).toBe(first);
    store.getState().setCertainty("reported");
    expect(selectShown(store.getState())).not.toBe(first);
  });
});
