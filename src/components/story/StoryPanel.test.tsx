import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { Explorer } from "../../app/Explorer";
import { storySteps } from "../../domain/story";
import { articleGraph } from "../../../tests/fixtures/article";
import { timelineSteps, stepIndex } from "../../domain/view";
import { createEntenteStore } from "../../state";

const graph = articleGraph();
const steps = storySteps(graph);
const periodLabel = (period: string | null) =>
  timelineSteps(graph)[stepIndex(graph, period)]?.label;

function renderApp() {
  const store = createEntenteStore(graph);
  render(<Explorer store={store} />);
  return store;
}

const story = () => screen.getByRole("region", { name: "Story" });
const storyParam = () => new URLSearchParams(window.location.search).get("story");

beforeEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("story mode", () => {
  it("walks the steps with Next and Previous, moving the timeline and the URL along", async () => {
    const user = userEvent.setup();
    const store = renderApp();
    expect(screen.queryByRole("region", { name: "Story" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Story" }));
    expect(story()).toHaveTextContent(`Step 1 of ${steps.length}`);
    expect(storyParam()).toBe("1");

    await user.click(within(story()).getByRole("button", { name: /Next/ }));
    await user.click(within(story()).getByRole("button", { name: /Next/ }));
    const third = steps[2];
    expect(story()).toHaveTextContent(`Step 3 of ${steps.length}`);
    expect(within(story()).getByRole("heading")).toHaveTextContent(third?.title ?? "");
    expect(store.getState().view).toMatchObject({ story: 2, period: third?.period });
    expect(storyParam()).toBe("3");
    expect(screen.getByRole("slider", { name: "Timeline" })).toHaveAttribute(
      "aria-valuetext",
      periodLabel(third?.period ?? null),
    );

    await user.click(within(story()).getByRole("button", { name: /Previous/ }));
    expect(store.getState().view.story).toBe(1);
    expect(storyParam()).toBe("2");
  });

  it("marks the step's paragraph in Source", async () => {
    const store = renderApp();
    act(() => store.getState().setStory(4));
    const marked = document.querySelectorAll("#source mark.source-step");
    expect(marked).toHaveLength(1);
    expect(marked[0]).toHaveTextContent(steps[4]?.text ?? "");
  });

  it("turns pages with the arrow keys inside the region, and Exit story leaves it", async () => {
    const user = userEvent.setup();
    const store = renderApp();
    await user.click(screen.getByRole("button", { name: "Story" }));
    expect(within(story()).getByRole("button", { name: /Next/ })).toHaveFocus();
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowLeft}");
    expect(store.getState().view.story).toBe(1);
    // The first step is as far back as it goes.
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(story()).toHaveTextContent(`Step 1 of ${steps.length}`);

    await user.click(within(story()).getByRole("button", { name: "Exit story" }));
    expect(screen.queryByRole("region", { name: "Story" })).toBeNull();
    expect(storyParam()).toBeNull();
    expect(screen.getByRole("button", { name: "Story" })).toHaveFocus();
  });

  it("opens on the step a shared link names", () => {
    window.history.replaceState(null, "", "/?story=5");
    const store = renderApp();
    expect(story()).toHaveTextContent(`Step 5 of ${steps.length}`);
    expect(store.getState().view.story).toBe(4);
  });
});
