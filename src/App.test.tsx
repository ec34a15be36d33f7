import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../tests/fixtures/factory";
import { App } from "./App";
import { loadBuiltinGraph } from "./app/builtinGraph";
import type { Evidence } from "./domain/model/types";
import { createEntenteStore } from "./state";
import { preloadPanels } from "./components/analysis/AnalysisArea";

const TEXT = "Bezos met Trump at the White House.\nThe two had feuded for years.";
const quote = (text: string): Evidence => {
  const start = TEXT.indexOf(text);
  return { quote: text, anchor: { start, end: start + text.length } };
};

const graph = makeGraph({
  title: "Bezos and Trump",
  text: TEXT,
  nodes: [
    makeNode({ id: "bezos", label: "Jeff Bezos", evidence: [quote("Bezos met Trump")] }),
    makeNode({ id: "trump", label: "Donald Trump", evidence: [quote("Trump at the White House")] }),
  ],
  edges: [
    makeEdge({
      id: "feud",
      source: "bezos",
      target: "trump",
      stance: "rivalry",
      evidence: [quote("The two had feuded for years.")],
    }),
  ],
});

function renderApp() {
  const store = createEntenteStore(graph);
  render(<App store={store} />);
  return store;
}

const region = (name: string) => screen.getByRole("region", { name });
const marks = () => [...region("Source").querySelectorAll("mark")].map((m) => m.textContent);

beforeEach(() => {
  window.history.replaceState(null, "", "/?e2e=1");
});

afterEach(() => {
  vi.restoreAllMocks();
});

// The panels behind the tabs load on demand (lazyComponent.ts): here they are in from the start.
beforeAll(preloadPanels);
describe("App", () => {
  it("names the graph in the page's only h1 and lays out its panels", () => {
    renderApp();
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual([
      "Bezos and Trump",
    ]);
    for (const name of ["Timeline", "Graph", "Details", "Source", "Filters and lists"]) {
      expect(region(name)).toBeInTheDocument();
    }
    expect(screen.getByRole("banner")).toHaveTextContent("2 entities · 1 relationship · 0 periods");
  });

  it("shows the selection's quotes in Details and marks them in Source", () => {
    const store = renderApp();
    act(() => store.getState().select("feud"));
    const quotes = within(region("Details")).getAllByRole("blockquote");
    expect(quotes.map((q) => q.textContent)).toEqual(["The two had feuded for years."]);
    expect(marks()).toEqual(["The two had feuded for years."]);
  });

  it("selects what a highlighted passage is also evidence for when it is clicked", async () => {
    const store = renderApp();
    act(() => store.getState().select("bezos"));
    expect(marks()).toEqual(["Bezos met ", "Trump"]);
    await userEvent.click(within(region("Source")).getByRole("button", { name: "Trump" }));
    expect(store.getState().view.selection).toBe("trump");
    expect(within(region("Details")).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Donald Trump",
    );
  });

  it("opens on the view in the address and keeps unrelated parameters", () => {
    window.history.replaceState(null, "", "/?e2e=1&sel=trump&stance=rivalry");
    const store = renderApp();
    expect(store.getState().view.selection).toBe("trump");
    expect(store.getState().view.hiddenStances).toEqual(["rivalry"]);
    expect(window.location.search).toBe("?e2e=1&stance=rivalry&sel=trump");
  });

  it("adds a history entry per selection, replaces it for other changes, and follows Back", () => {
    const push = vi.spyOn(window.history, "pushState");
    const replace = vi.spyOn(window.history, "replaceState");
    const store = renderApp();
    replace.mockClear();

    act(() => store.getState().select("bezos"));
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe("?e2e=1&sel=bezos");

    act(() => store.getState().setQuery("trump"));
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe("?e2e=1&q=trump&sel=bezos");

    act(() => store.getState().select("feud"));
    expect(push).toHaveBeenCalledTimes(2);

    // Back: the browser has already restored the address; the app follows without a new entry.
    window.history.replaceState(null, "", "/?e2e=1&q=trump&sel=bezos");
    act(() => window.dispatchEvent(new PopStateEvent("popstate")));
    expect(store.getState().view.selection).toBe("bezos");
    expect(store.getState().view.query).toBe("trump");
    expect(push).toHaveBeenCalledTimes(2);
    expect(within(region("Details")).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Jeff Bezos",
    );
  });
});

describe("App on the built-in article graph", () => {
  it("loads it without errors and shows its title", () => {
    const result = loadBuiltinGraph();
    if (!result.ok) throw new Error(`built-in graph failed: ${JSON.stringify(result.problems)}`);
    render(<App />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(result.graph.title);
    expect(screen.getByRole("banner")).toHaveTextContent(
      `${result.graph.nodes.length} entities · ${result.graph.edges.length} relationships`,
    );
  });
});
