import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { makeEdge, makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import { createEntenteStore, StoreProvider } from "../../state";
import { DetailsPanel, preloadDetails } from "./DetailsPanel";

const TEXT = "Bezos met Trump.";
const graph = makeGraph({
  text: TEXT,
  nodes: [
    makeNode({
      id: "bezos",
      label: "Jeff Bezos",
      summary: "Founder of Amazon.",
      evidence: [
        {
          quote: "Bezos met Trump.",
          attribution: "The Wall Street Journal",
          certainty: "reported",
          anchor: { start: 0, end: 16 },
        },
        { quote: "Bezos <i>owns</i> a rocket.", certainty: "speculative", anchor: null },
      ],
    }),
    makeNode({ id: "trump", label: "Donald Trump" }),
    makeNode({
      id: "jul",
      label: "July meeting",
      kind: "event",
      date: "2025-07",
      approximate: true,
    }),
  ],
  edges: [
    makeEdge({ id: "met", source: "bezos", target: "trump", stance: "alliance", relation: "met" }),
  ],
});

function renderDetails(g = graph) {
  const store = createEntenteStore(g);
  render(
    <StoreProvider store={store}>
      <DetailsPanel />
      <section id="source">
        <mark data-quotes="0" tabIndex={-1}>
          Bezos met Trump.
        </mark>
      </section>
    </StoreProvider>,
  );
  return store;
}

const details = () => screen.getByRole("region", { name: "Details" });

afterEach(() => {
  vi.restoreAllMocks();
});

// An element's details load on demand (lazyComponent.ts): here they are in from the start.
beforeAll(preloadDetails);
describe("DetailsPanel", () => {
  it("invites a selection when nothing is selected", () => {
    renderDetails();
    expect(details()).toHaveTextContent(/Select a person, organisation or relationship/);
  });

  it("shows an entity's kind, summary, relationships and every quote with its standing", () => {
    const store = renderDetails();
    act(() => store.getState().select("bezos"));
    expect(within(details()).getByRole("heading", { level: 2 })).toHaveTextContent("Jeff Bezos");
    expect(details()).toHaveTextContent("Founder of Amazon.");
    expect(
      screen.getByRole("button", { name: "Jeff Bezos met Donald Trump (alliance)" }),
    ).toBeVisible();

    const [first, second] = screen.getAllByRole("blockquote");
    expect(first).toHaveTextContent("Bezos met Trump.");
    expect(details()).toHaveTextContent("— according to The Wall Street Journal");
    expect(screen.getByText("Reported")).toHaveClass("badge--reported");
    // Quotes are text: the tag shows, no element is made of it.
    expect(second).toHaveTextContent("Bezos <i>owns</i> a rocket.");
    expect(second?.querySelector("i")).toBeNull();
    expect(screen.getByText("Speculative")).toBeVisible();
    expect(screen.getAllByText("Unverified")).toHaveLength(1);
  });

  it("marks an approximate date as approximate", () => {
    const store = renderDetails();
    act(() => store.getState().select("jul"));
    expect(details()).toHaveTextContent("July 2025 (approximate)");
  });

  it("moves from an entity to a relationship and on to its other end", async () => {
    const store = renderDetails();
    act(() => store.getState().select("bezos"));
    await userEvent.click(screen.getByRole("button", { name: /met Donald Trump/ }));
    expect(store.getState().view.selection).toBe("met");
    expect(within(details()).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Jeff Bezos → Donald Trump",
    );
    expect(details()).toHaveTextContent("Alliance");
    await userEvent.click(screen.getByRole("button", { name: "Donald Trump" }));
    expect(store.getState().view.selection).toBe("trump");
    await userEvent.click(screen.getByRole("button", { name: "Clear selection" }));
    expect(store.getState().view.selection).toBeNull();
  });

  it("brings a quote's passage in the Source panel into view on request", async () => {
    const scroll = vi.spyOn(Element.prototype, "scrollIntoView");
    const store = renderDetails();
    act(() => store.getState().select("bezos"));
    await userEvent.click(screen.getByRole("button", { name: "Show in article" }));
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toHaveTextContent("Bezos met Trump.");
    expect(document.activeElement).toBe(document.querySelector("mark"));
  });

  it("says when the selection is not in the graph at the current step", () => {
    const store = renderDetails(storyGraph);
    act(() => {
      store.getState().setPeriod("before");
      store.getState().select("thaw");
    });
    expect(details()).toHaveTextContent("Not in the graph at this time step");
  });

  it("says so for a relationship the certainty filter hides, and not once it is back", () => {
    const guessed = makeGraph({
      nodes: [makeNode({ id: "a" }), makeNode({ id: "b" })],
      edges: [
        makeEdge({
          id: "guess",
          source: "a",
          target: "b",
          evidence: [{ quote: "q", anchor: null, certainty: "speculative" }],
        }),
      ],
    });
    const store = renderDetails(guessed);
    act(() => store.getState().select("guess"));
    expect(details()).not.toHaveTextContent("Not in the graph");
    act(() => store.getState().setCertainty("confirmed"));
    expect(details()).toHaveTextContent(
      "Not in the graph at this time step or with these filters.",
    );
    act(() => store.getState().select("a"));
    expect(details()).toHaveTextContent("Not in the graph");
    act(() => store.getState().setCertainty("all"));
    expect(details()).not.toHaveTextContent("Not in the graph");
  });
});
