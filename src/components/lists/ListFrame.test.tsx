import { render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ListFrame } from "./ListFrame";

const ITEMS = ["a", "b", "c"];

function Frame({ selection }: { selection: string | null }) {
  return (
    <ListFrame
      title="Things"
      items={ITEMS}
      idOf={(item) => item}
      selection={selection}
      renderItem={(item) => (
        <li key={item}>
          <button type="button" aria-current={item === selection ? "true" : undefined}>
            {item}
          </button>
        </li>
      )}
    />
  );
}

const rect = (top: number) => DOMRect.fromRect({ x: 0, y: top, width: 0, height: 0 });

/**
 * jsdom lays nothing out: the pane shows 100px of its content; row "c" sits `itemTop` px below
 * the pane's top edge and is 20px tall.
 */
function layOut(itemTop: number, paneScrolls: boolean) {
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(100);
  vi.spyOn(HTMLElement.prototype, "scrollHeight", "get").mockReturnValue(paneScrolls ? 500 : 100);
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockReturnValue(20);
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (
    this: HTMLElement,
  ) {
    return rect(this.textContent === "c" ? itemTop : 0);
  });
  return vi.spyOn(HTMLElement.prototype, "scrollIntoView");
}

function renderInPane() {
  const view = render(<Frame selection={null} />, {
    wrapper: ({ children }) => <div style={{ overflowY: "auto" }}>{children}</div>,
  });
  const pane = view.container.firstElementChild as HTMLElement;
  return { pane, select: (id: string) => view.rerender(<Frame selection={id} />) };
}

afterEach(() => vi.restoreAllMocks());

describe("ListFrame", () => {
  it("scrolls its own pane just enough to show a row selected below the fold", () => {
    const scrollIntoView = layOut(150, true);
    const { pane, select } = renderInPane();
    select("c");
    expect(pane.scrollTop).toBe(70); // the row's bottom (170) meets the pane's (100)
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it("scrolls up to a row above the fold and leaves a visible row alone", () => {
    layOut(-30, true);
    const { pane, select } = renderInPane();
    pane.scrollTop = 200;
    select("c");
    expect(pane.scrollTop).toBe(170);

    vi.restoreAllMocks();
    layOut(40, true);
    select("b");
    select("c");
    expect(pane.scrollTop).toBe(170);
  });

  it("moves nothing when only the page scrolls, as on a phone", () => {
    const scrollIntoView = layOut(900, false);
    const { pane, select } = renderInPane();
    select("c");
    expect(pane.scrollTop).toBe(0);
    expect(document.documentElement.scrollTop).toBe(0);
    expect(scrollIntoView).not.toHaveBeenCalled();
  });
});
