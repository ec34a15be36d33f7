import { act, render, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { storyGraph } from "../../tests/fixtures/factory";
import { App } from "../App";
import { createEntenteStore } from "../state";

// The explorer's canvas across a timeline step and a filter change: what stays on screen keeps
// its Cytoscape element and its place (the canvas updates in place, it does not rebuild or lay out
// again), and only what the step hides leaves.

const probe = () => {
  if (!window.__entente) throw new Error("the canvas has not published its probe");
  return window.__entente;
};

/** Each node's element identity and laid-out position, for the ids asked about. */
const snapshot = (ids: readonly string[]) =>
  Object.fromEntries(
    ids.map((id) => [id, { identity: probe().identity(id), at: probe().positions()[id] }]),
  );

async function openStory() {
  const store = createEntenteStore(storyGraph);
  render(<App store={store} />);
  await waitFor(() => expect(Object.keys(window.__entente?.positions() ?? {})).not.toEqual([]));
  return store;
}

beforeEach(() => {
  window.history.replaceState(null, "", "/?e2e=1");
});

describe("the explorer's canvas across view changes", () => {
  it("keeps what stays in place through a timeline step", async () => {
    const store = await openStory();
    expect(store.getState().view.period).toBe("jul");
    const stays = ["bezos", "trump", "paper", "zoe"];
    const before = snapshot(stays);
    expect(probe().identity("meeting")).not.toBeNull();

    // Back to "Before 2025": the July meeting and the January thaw are not yet.
    act(() => store.getState().stepBy(-2));
    await act(() => probe().settled());
    expect(store.getState().view.period).toBe("before");
    expect(probe().identity("meeting")).toBeNull();
    expect(probe().identity("thaw")).toBeNull();
    expect(snapshot(stays)).toEqual(before);
  });

  it("keeps what stays in place when a filter hides a kind", async () => {
    const store = await openStory();
    const stays = ["bezos", "trump", "meeting", "zoe"];
    const before = snapshot(stays);

    act(() => store.getState().toggleKind("media"));
    await act(() => probe().settled());
    expect(probe().identity("paper")).toBeNull();
    expect(snapshot(stays)).toEqual(before);
  });
});
