import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../../tests/fixtures/factory";
import { createEntenteStore, StoreProvider } from "../../state";
import { ConnectionsPanel } from "./ConnectionsPanel";

const person = (id: string, label: string, start?: string) =>
  makeNode({ id, label, ...(start ? { start } : {}) });

// Two equally short routes from Ann to Cy, through Ben or through Eve; Zed joins only in 2021;
// Cy and Dee partnered in 2020 only.
const graph = makeGraph({
  periods: [
    { id: "p1", label: "2020", start: "2020", end: "2020" },
    { id: "p2", label: "2021", start: "2021", end: "2021" },
  ],
  nodes: [
    person("ann", "Ann"),
    person("ben", "Ben"),
    person("cy", "Cy"),
    person("eve", "Eve"),
    person("zed", "Zed", "2020"),
    person("dee", "Dee"),
  ],
  edges: [
    makeEdge({
      id: "ab",
      source: "ann",
      target: "ben",
      relation: "advises",
      stance: "alliance",
      evidence: [
        { quote: "Ann may advise Ben", certainty: "speculative", anchor: null },
        { quote: "Ann advises Ben", certainty: "confirmed", attribution: "The Post", anchor: null },
      ],
    }),
    makeEdge({ id: "cb", source: "cy", target: "ben", relation: "funds", stance: "rivalry" }),
    makeEdge({ id: "ae", source: "ann", target: "eve", relation: "met" }),
    makeEdge({ id: "ec", source: "eve", target: "cy", relation: "met" }),
    makeEdge({ id: "az", source: "ann", target: "zed", relation: "hired", start: "2021" }),
    makeEdge({
      id: "cd",
      source: "cy",
      target: "dee",
      relation: "partnered",
      start: "2020",
      end: "2020",
    }),
  ],
});

function renderPanel() {
  const store = createEntenteStore(graph);
  render(
    <StoreProvider store={store}>
      <ConnectionsPanel active />
    </StoreProvider>,
  );
  return store;
}

const choose = async (from: string, to: string) => {
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "From" }), from);
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "To" }), to);
};

const hops = () =>
  within(screen.getByRole("list", { name: "Path" }))
    .getAllByRole("listitem")
    .map((li) => li.querySelector("button")?.textContent);

describe("ConnectionsPanel", () => {
  it("offers the entities on show, sorted by label", () => {
    const store = renderPanel();
    act(() => store.getState().setPeriod("p1"));
    const options = within(screen.getByRole("combobox", { name: "From" })).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual([
      "Choose an entity…",
      "Ann",
      "Ben",
      "Cy",
      "Dee",
      "Eve",
      "Zed",
    ]);
  });

  it("lists the shortest route hop by hop, with stance and the surest quote, and lights it", async () => {
    const store = renderPanel();
    await choose("Ann", "Cy");
    expect(screen.getByText(/Route 1 of 2/)).toHaveTextContent("Route 1 of 2 · 2 steps");
    expect(hops()).toEqual(["Ann —advises→ Ben", "Ben ←funds— Cy"]);
    const [first, second] = within(screen.getByRole("list", { name: "Path" })).getAllByRole(
      "listitem",
    );
    expect(first).toHaveTextContent("alliance");
    expect(first).toHaveTextContent("Ann advises Ben— according to The PostConfirmed");
    expect(second).toHaveTextContent("rivalry");
    expect([...(store.getState().emphasis ?? [])].sort()).toEqual(["ab", "ann", "ben", "cb", "cy"]);

    await userEvent.click(screen.getByRole("button", { name: "Next route" }));
    expect(screen.getByText(/Route 2 of 2/)).toBeInTheDocument();
    expect(hops()).toEqual(["Ann —met→ Eve", "Eve —met→ Cy"]);

    await userEvent.click(screen.getByRole("button", { name: "Eve —met→ Cy" }));
    expect(store.getState().view.selection).toBe("ec");
  });

  it("says so when there is no connection at this step, or the two ends are one", async () => {
    const store = renderPanel();
    act(() => store.getState().setPeriod("p1"));
    await choose("Ann", "Zed");
    expect(screen.getByRole("status")).toHaveTextContent(
      "No connection between Ann and Zed at this step — try All time.",
    );
    expect(screen.queryByRole("list", { name: "Path" })).toBeNull();
    expect(store.getState().emphasis).toBeNull();

    act(() => store.getState().setPeriod(null));
    expect(hops()).toEqual(["Ann —hired→ Zed"]);

    await choose("Ben", "Ben");
    expect(screen.getByRole("status")).toHaveTextContent(
      "From and To are the same entity: choose two different ones.",
    );
  });

  it("marks a relationship that has ended as past when no current one connects", async () => {
    const store = renderPanel();
    act(() => store.getState().setPeriod("p2"));
    await choose("Ann", "Dee");
    const items = within(screen.getByRole("list", { name: "Path" })).getAllByRole("listitem");
    expect(items.map((li) => li.querySelector("button")?.textContent)).toEqual([
      "Ann —advises→ Ben",
      "Ben ←funds— Cy",
      "Cy —partnered→ Dee (past: ended before this step)",
    ]);
    act(() => store.getState().setPeriod("p1"));
    expect(hops().at(-1)).toBe("Cy —partnered→ Dee");
  });

  it("lets go of the graph when the panel is no longer the open tab", async () => {
    const store = createEntenteStore(graph);
    const { rerender } = render(
      <StoreProvider store={store}>
        <ConnectionsPanel active />
      </StoreProvider>,
    );
    await choose("Ann", "Eve");
    expect(store.getState().emphasis).not.toBeNull();
    rerender(
      <StoreProvider store={store}>
        <ConnectionsPanel active={false} />
      </StoreProvider>,
    );
    expect(store.getState().emphasis).toBeNull();
  });
});
