import { act, fireEvent, render, renderHook, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../../tests/fixtures/factory";
import { useGraphEmphasis } from "../../app/useReadAlong";
import { quoteIn } from "../../../tests/fixtures/factory";
import { createEntenteStore, StoreProvider } from "../../state";
import type { EntenteStore } from "../../state";
import { AnalysisArea } from "../analysis/AnalysisArea";
import { SourcePanel } from "./SourcePanel";
import { domRangeOf } from "./textOffsets";
import { preloadPanels } from "../analysis/AnalysisArea";

const TEXT = "Getty Images\nBezos met Trump at the White House.\nThey had feuded for years.";

const graph = makeGraph({
  text: TEXT,
  nodes: [
    makeNode({ id: "bezos", label: "Jeff Bezos", evidence: [quoteIn(TEXT, "Bezos met Trump")] }),
    makeNode({ id: "trump", label: "Donald Trump", evidence: [quoteIn(TEXT, "Trump at the")] }),
    makeNode({ id: "paper", label: "The Paper", kind: "media" }),
  ],
  edges: [
    makeEdge({
      id: "feud",
      source: "bezos",
      target: "trump",
      stance: "rivalry",
      relation: "feuded with",
      evidence: [quoteIn(TEXT, "They had feuded")],
    }),
  ],
});

function renderReadAlong(): EntenteStore {
  const store = createEntenteStore(graph);
  render(
    <StoreProvider store={store}>
      <AnalysisArea />
      <SourcePanel />
    </StoreProvider>,
  );
  return store;
}

/** What the graph pane would be handed, read from the same store. */
function emphasisOf(store: EntenteStore) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <StoreProvider store={store}>{children}</StoreProvider>
  );
  const { result } = renderHook(useGraphEmphasis, { wrapper });
  return () => ({
    focus: [...(result.current.focus ?? [])].sort(),
    spotlight: result.current.spotlight,
  });
}

const paragraph = (text: string) =>
  screen.getByText((_, el) => el?.matches("p[data-start]") === true && el.textContent === text);

// The panels behind the tabs load on demand (lazyComponent.ts): here they are in from the start.
beforeAll(preloadPanels);
describe("read-along", () => {
  it("points the graph lightly at what a focused or hovered paragraph quotes", () => {
    const store = renderReadAlong();
    const emphasis = emphasisOf(store);
    act(() => paragraph("They had feuded for years.").focus());
    expect(emphasis()).toEqual({ focus: ["bezos", "feud", "trump"], spotlight: false });
    act(() => paragraph("They had feuded for years.").blur());
    expect(emphasis()).toEqual({ focus: [], spotlight: false });

    fireEvent.mouseOver(paragraph("Bezos met Trump at the White House."));
    expect(emphasis()).toEqual({ focus: ["bezos", "trump"], spotlight: false });
    // Details is not taken over by merely pointing.
    expect(screen.queryByRole("region", { name: "Passage" })).toBeNull();
  });

  it("picks a paragraph with Enter: Details lists what it supports and the graph spotlights it", async () => {
    const user = userEvent.setup();
    const store = renderReadAlong();
    const emphasis = emphasisOf(store);
    act(() => store.getState().setTab("claims"));
    act(() => paragraph("They had feuded for years.").focus());
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "Details" })).toHaveAttribute("aria-selected", "true");
    const supports = within(screen.getByRole("list", { name: "This passage supports" }));
    expect(supports.getAllByRole("button").map((b) => b.textContent)).toEqual([
      "Jeff Bezos feuded with Donald Trump (rivalry)",
    ]);
    fireEvent.mouseLeave(paragraph("They had feuded for years.").parentElement as HTMLElement);
    act(() => paragraph("They had feuded for years.").blur());
    expect(emphasis()).toEqual({ focus: ["bezos", "feud", "trump"], spotlight: true });

    await user.click(supports.getByRole("button"));
    expect(store.getState().view.selection).toBe("feud");
    expect(screen.queryByRole("region", { name: "Passage" })).toBeNull();
    expect(screen.getByRole("region", { name: "Details" })).toHaveTextContent(
      "Jeff Bezos → Donald Trump",
    );
  });

  it("turns a text selection into source offsets, across highlighted quotes", () => {
    const store = renderReadAlong();
    act(() => store.getState().select("bezos"));
    // Marked now: "Bezos met " and "Trump" (in a button, since Trump is quoted there too); start
    // inside the first mark and end in the plain text after the second.
    const texts: Node[] = [];
    const walker = document.createTreeWalker(paragraph("Bezos met Trump at the White House."), 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node);
    expect(texts.map((t) => t.textContent)).toEqual([
      "Bezos met ",
      "Trump",
      " at the",
      " White House.",
    ]);
    const mark = texts[0]?.parentElement as HTMLElement;
    expect(mark.tagName).toBe("MARK");
    const range = document.createRange();
    range.setStart(texts[0] as Node, "Bezos ".length);
    range.setEnd(texts[2] as Node, " at the".length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    fireEvent.mouseUp(mark);

    const start = TEXT.indexOf("met Trump");
    expect(store.getState().passage).toEqual({ start, end: start + "met Trump at the".length });
    expect(screen.getByRole("region", { name: "Passage" })).toHaveTextContent("met Trump at the");
    const names = within(screen.getByRole("list", { name: "This passage supports" }))
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(names).toEqual(["Jeff Bezos", "Donald Trump"]);
  });

  it("ignores a click that selects nothing", () => {
    const store = renderReadAlong();
    document.getSelection()?.removeAllRanges();
    fireEvent.mouseUp(paragraph("They had feuded for years."));
    expect(store.getState().passage).toBeNull();
  });

  it("maps offsets back to the DOM, marks and all", () => {
    const store = renderReadAlong();
    act(() => store.getState().select("feud"));
    const text = document.querySelector<HTMLElement>("#source .source-text");
    if (!text) throw new Error("no article text");
    for (const quote of ["They had feuded", "met Trump at the White House.\nThey", "Getty"]) {
      const start = TEXT.indexOf(quote);
      const range = domRangeOf(text, { start, end: start + quote.length });
      // A paragraph break is an element boundary in the DOM, not a character.
      expect(range?.toString()).toBe(quote.replace("\n", ""));
    }
  });
});
