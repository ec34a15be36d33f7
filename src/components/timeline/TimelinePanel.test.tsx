import { act, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import { createEntenteStore, StoreProvider } from "../../state";
import type { EntenteStore } from "../../state";
import { TimelinePanel } from "./TimelinePanel";
import { PLAY_INTERVAL_MS } from "./usePlayback";

function renderPanel(
  period: string | null = null,
  graph = storyGraph,
): { store: EntenteStore; unmount: () => void } {
  const store = createEntenteStore(graph);
  store.getState().setPeriod(period);
  const { unmount } = render(
    <StoreProvider store={store}>
      <TimelinePanel />
    </StoreProvider>,
  );
  return { store, unmount };
}

const slider = () => screen.getByRole("slider", { name: "Timeline" });

describe("TimelinePanel slider", () => {
  it("has one step per period plus All time, labelled by valuetext", () => {
    renderPanel("jan");
    expect(slider()).toHaveAttribute("min", "0");
    expect(slider()).toHaveAttribute("max", "3");
    expect(slider()).toHaveValue("1");
    expect(slider()).toHaveAttribute("aria-valuetext", "January 2025");
    expect(screen.getByText(/^Showing:/)).toHaveTextContent(/^Showing: January 2025$/);
    expect(screen.getByText(/^Showing:/)).toHaveAttribute("title", "Showing: January 2025 — up to");
  });

  it("steps with arrows, Home and End", async () => {
    const user = userEvent.setup();
    const { store } = renderPanel("before");
    slider().focus();
    await user.keyboard("{ArrowRight}");
    expect(slider()).toHaveAttribute("aria-valuetext", "January 2025");
    expect(store.getState().view.period).toBe("jan");
    await user.keyboard("{End}");
    expect(slider()).toHaveAttribute("aria-valuetext", "All time");
    expect(store.getState().view.period).toBeNull();
    await user.keyboard("{ArrowLeft}");
    expect(slider()).toHaveAttribute("aria-valuetext", "July 2025");
    await user.keyboard("{Home}");
    expect(slider()).toHaveAttribute("aria-valuetext", "Before 2025");
    await user.keyboard("{ArrowLeft}");
    expect(slider()).toHaveAttribute("aria-valuetext", "Before 2025");
    await user.keyboard("{PageUp}");
    expect(slider()).toHaveAttribute("aria-valuetext", "All time");
  });

  it("follows a pointer drag (change event)", () => {
    const { store } = renderPanel();
    fireEvent.change(slider(), { target: { value: "2" } });
    expect(store.getState().view.period).toBe("jul");
  });
});

describe("TimelinePanel event marks", () => {
  it("marks dated events and jumps to them on click", async () => {
    const user = userEvent.setup();
    const { store } = renderPanel("before");
    const mark = screen.getByRole("button", { name: "Event: White House meeting, July 2025" });
    expect(screen.getAllByRole("button", { name: /^Event:/ })).toHaveLength(1);
    await user.click(mark);
    expect(store.getState().view.selection).toBe("meeting");
    expect(slider()).toHaveAttribute("aria-valuetext", "July 2025");
  });

  it("counts a crowded step's events in one mark that jumps to the step", async () => {
    const user = userEvent.setup();
    const periods = [
      { id: "jan", label: "January 2025", start: "2025-01", end: "2025-01" },
      { id: "feb", label: "February 2025", start: "2025-02", end: "2025-02" },
    ];
    const nodes = Array.from({ length: 40 }, (_, i) =>
      makeNode({ id: `e${i}`, kind: "event", date: "2025-02-03" }),
    );
    const { store } = renderPanel("jan", makeGraph({ nodes, periods }));
    expect(screen.queryAllByRole("button", { name: /^Event:/ })).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "40 events in February 2025" }));
    expect(slider()).toHaveAttribute("aria-valuetext", "February 2025");
    expect(store.getState().view.selection).toBeNull();
  });
});

describe("TimelinePanel playback", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("walks the steps, stops at the opening step (the present), and pauses on Pause", () => {
    vi.useFakeTimers();
    const { store } = renderPanel("before");
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS));
    expect(slider()).toHaveAttribute("aria-valuetext", "January 2025");

    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS * 3));
    expect(store.getState().view.period).toBe("jan");

    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS * 5));
    expect(store.getState().view.period).toBe("jul");
    expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();
  });

  it("starts again from the first step when at or past the end", () => {
    vi.useFakeTimers();
    renderPanel(null);
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    expect(slider()).toHaveAttribute("aria-valuetext", "Before 2025");
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS));
    expect(slider()).toHaveAttribute("aria-valuetext", "January 2025");
  });

  it("stops its timer on unmount", () => {
    vi.useFakeTimers();
    const { unmount } = renderPanel("before");
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("TimelinePanel mode", () => {
  it("switches the store between Up to and During", async () => {
    const user = userEvent.setup();
    const { store } = renderPanel("jan");
    const group = screen.getByRole("radiogroup", { name: "Time mode" });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Up to" })).toBeChecked();
    await user.click(screen.getByRole("radio", { name: "During" }));
    expect(store.getState().view.mode).toBe("during");
    expect(screen.getByText(/^Showing:/)).toHaveAttribute(
      "title",
      "Showing: January 2025 — during",
    );
    await user.click(screen.getByRole("radio", { name: "Up to" }));
    expect(store.getState().view.mode).toBe("upto");
  });
});
