import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../tests/fixtures/factory";
import { quoteIn } from "../../tests/fixtures/factory";
import { createEntenteStore, StoreProvider } from "../state";
import { useGraphEmphasis } from "./useReadAlong";

const TEXT = "Ann hired Ben.\nCy sued Ann.";
const graph = makeGraph({
  text: TEXT,
  nodes: [
    makeNode({ id: "ann", label: "Ann" }),
    makeNode({ id: "ben", label: "Ben" }),
    makeNode({ id: "cy", label: "Cy" }),
  ],
  edges: [
    makeEdge({ id: "hired", source: "ann", target: "ben", evidence: [quoteIn(TEXT, "hired")] }),
    makeEdge({ id: "sued", source: "cy", target: "ann", evidence: [quoteIn(TEXT, "sued")] }),
  ],
});

function emphasis() {
  const store = createEntenteStore(graph);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <StoreProvider store={store}>{children}</StoreProvider>
  );
  const { result } = renderHook(useGraphEmphasis, { wrapper });
  const read = () => ({
    focus: [...(result.current.focus ?? [])].sort().join(" "),
    spotlight: result.current.spotlight,
  });
  return { store, read };
}

describe("useGraphEmphasis", () => {
  it("spotlights the story step's elements and the ends of its relationships", () => {
    const { store, read } = emphasis();
    expect(read()).toEqual({ focus: "", spotlight: false });
    act(() => store.getState().setStory(1));
    expect(read()).toEqual({ focus: "ann cy sued", spotlight: true });
  });

  it("ranks hover over the passage, the passage over the tab, the tab over the story", () => {
    const { store, read } = emphasis();
    act(() => store.getState().setStory(1));
    act(() => store.getState().setEmphasis(new Set(["ben"])));
    expect(read()).toEqual({ focus: "ben", spotlight: true });
    act(() => store.getState().setPassage({ start: 0, end: 14 }));
    expect(read()).toEqual({ focus: "ann ben hired", spotlight: true });
    act(() => store.getState().setHovered({ start: 15, end: 27 }));
    expect(read()).toEqual({ focus: "ann cy sued", spotlight: false });
  });

  it("otherwise points at the search matches on show, without fading the rest", () => {
    const { store, read } = emphasis();
    act(() => store.getState().setQuery("ben"));
    expect(read()).toEqual({ focus: "ben", spotlight: false });
  });
});
