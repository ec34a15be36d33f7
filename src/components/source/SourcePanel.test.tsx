import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../../tests/fixtures/factory";
import type { Evidence } from "../../domain/model/types";
import { createEntenteStore, StoreProvider } from "../../state";
import { SourcePanel } from "./SourcePanel";

const TEXT = "Getty Images\nBezos met Trump at the White House.\nThey had feuded for years.";

const quote = (text: string): Evidence => {
  const start = TEXT.indexOf(text);
  return { quote: text, anchor: { start, end: start + text.length } };
};

const graph = {
  ...makeGraph({
    text: TEXT,
    nodes: [
      makeNode({ id: "bezos", label: "Jeff Bezos", evidence: [quote("Bezos met Trump")] }),
      makeNode({ id: "trump", label: "Donald Trump", evidence: [quote("Trump at the White")] }),
    ],
    edges: [
      makeEdge({
        id: "feud",
        source: "bezos",
        target: "trump",
        stance: "rivalry",
        evidence: [quote("They had feuded"), quote("Bezos met Trump at the White House.")],
      }),
    ],
  }),
};
graph.source = { ...graph.source, title: "Bezos meets Trump", credit: "Getty Images" };

function renderSource() {
  const store = createEntenteStore(graph);
  render(
    <StoreProvider store={store}>
      <SourcePanel />
    </StoreProvider>,
  );
  return store;
}

/**
 * jsdom has no layout: puts the pane at y=100 (200px tall) and every mark `markY` into the article,
 * moving up as the pane scrolls; then selects.
 */
function renderWithLayout(markY: number): HTMLElement {
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (
    this: HTMLElement,
  ) {
    const scrolled = this.closest("section")?.scrollTop ?? 0;
    return DOMRect.fromRect({ y: this.tagName === "MARK" ? markY - scrolled : 100, height: 20 });
  });
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(200);
  const store = renderSource();
  const pane = screen.getByRole("region", { name: "Source" });
  pane.scrollTop = 40;
  act(() => store.getState().select("feud"));
  return pane;
}

const marks = () => [...document.querySelectorAll("mark")].map((m) => m.textContent);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("SourcePanel", () => {
  it("shows the article in paragraphs with the credit line as a caption, nothing marked", () => {
    renderSource();
    const region = screen.getByRole("region", { name: "Source" });
    expect(region).toContainElement(screen.getByRole("heading", { name: "Bezos meets Trump" }));
    expect(screen.getByText("Getty Images")).toHaveClass("source-credit");
    expect(screen.getByText("They had feuded for years.").tagName).toBe("P");
    expect(marks()).toEqual([]);
  });

  it("marks only the selected element's quotes, however they overlap others", () => {
    const store = renderSource();
    act(() => store.getState().select("feud"));
    // Cut where other elements' quotes begin and end, so each run knows what else it supports.
    expect(marks()).toEqual(["Bezos met ", "Trump", " at the White", " House.", "They had feuded"]);
    act(() => store.getState().select("trump"));
    expect(marks()).toEqual(["Trump", " at the White"]);
    act(() => store.getState().select(null));
    expect(marks()).toEqual([]);
  });

  it("tags each mark with the quotes it belongs to, for Details to find", () => {
    const store = renderSource();
    act(() => store.getState().select("feud"));
    const quoteIndexes = [...document.querySelectorAll("mark")].map((m) => m.dataset.quotes);
    expect(quoteIndexes).toEqual(["1", "1", "1", "1", "0"]);
  });

  it("selects the first other element a clicked passage is evidence for", async () => {
    const store = renderSource();
    act(() => store.getState().select("feud"));
    await userEvent.click(screen.getByRole("button", { name: "Trump" }));
    expect(store.getState().view.selection).toBe("bezos");
    act(() => store.getState().select("feud"));
    await userEvent.click(screen.getByRole("button", { name: "at the White" }));
    expect(store.getState().view.selection).toBe("trump");
    // A run only the selection quotes stays plain text: there is nothing else to go to.
    expect(screen.queryByRole("button", { name: "They had feuded" })).toBeNull();
  });

  it("lets the keyboard select from a passage too", async () => {
    const store = renderSource();
    act(() => store.getState().select("feud"));
    screen.getByRole("button", { name: "Trump" }).focus();
    await userEvent.keyboard("{Enter}");
    expect(store.getState().view.selection).toBe("bezos");
    act(() => store.getState().select("feud"));
    screen.getByRole("button", { name: "at the White" }).focus();
    await userEvent.keyboard(" ");
    expect(store.getState().view.selection).toBe("trump");
  });

  it("centres the first mark in the pane when the selection changes", () => {
    const pane = renderWithLayout(700);
    expect(pane.scrollTop).toBe(700 - 100 - (200 - 20) / 2);
  });

  it("scrolls to the top instead when the first mark fits on the pane's first screen", () => {
    const pane = renderWithLayout(250);
    expect(pane.scrollTop).toBe(0);
  });

  it("renders quotes as text, never as markup", () => {
    const store = createEntenteStore(
      makeGraph({ text: "<b>bold</b> claim", nodes: [makeNode({ id: "x" })] }),
    );
    render(
      <StoreProvider store={store}>
        <SourcePanel />
      </StoreProvider>,
    );
    expect(screen.getByText("<b>bold</b> claim")).toBeInTheDocument();
    expect(document.querySelector("b")).toBeNull();
  });

  it("makes the article one tab stop, moved between paragraphs by the arrow keys", async () => {
    renderSource();
    const paragraphs = screen.getAllByText(
      (_, el) => el?.tagName === "P" && el.hasAttribute("data-start"),
    );
    const stops = () => paragraphs.map((p) => p.tabIndex);
    expect(stops()).toEqual([0, -1, -1]);

    await userEvent.tab(); // the Story button first
    await userEvent.tab();
    expect(document.activeElement).toBe(paragraphs[0]);
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(document.activeElement).toBe(paragraphs[2]);
    expect(stops()).toEqual([-1, -1, 0]);
    await userEvent.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(paragraphs[1]);
    await userEvent.keyboard("{Home}");
    expect(document.activeElement).toBe(paragraphs[0]);
    await userEvent.keyboard("{End}");
    expect(document.activeElement).toBe(paragraphs[2]);

    // Tab leaves the article rather than walking its paragraphs.
    await userEvent.tab();
    expect(paragraphs).not.toContain(document.activeElement);
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(paragraphs[2]);
  });
});
