import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import type { Graph } from "../../domain/model/types";
import { createEntenteStore, StoreProvider } from "../../state";
import { EntityList } from "./EntityList";
import { LIST_CAP } from "./ListFrame";
import { RelationshipList } from "./RelationshipList";

function renderLists(graph: Graph = storyGraph) {
  const store = createEntenteStore(graph);
  render(
    <StoreProvider store={store}>
      <EntityList />
      <RelationshipList />
    </StoreProvider>,
  );
  return store;
}

const names = (listName: string) =>
  within(screen.getByRole("list", { name: listName }))
    .queryAllByRole("button")
    .map((b) => b.getAttribute("aria-label"));

describe("EntityList and RelationshipList", () => {
  it("groups relationships under their pair, in time order, every one still listed", () => {
    const store = renderLists();
    act(() => store.getState().setPeriod(null));
    const pair = within(screen.getByRole("list", { name: "Jeff Bezos – Donald Trump" }));
    expect(pair.getAllByRole("button").map((b) => b.getAttribute("aria-label"))).toEqual([
      "Jeff Bezos knows Donald Trump (rivalry), 20 January 2017 – December 2024",
      "Jeff Bezos knows Donald Trump (alliance), since January 2025",
    ]);
    const all = names("Relationships");
    expect(
      screen.getByRole("heading", { name: `Relationships (${all.length})` }),
    ).toBeInTheDocument();
    expect(all.slice(0, 2)).toEqual([
      "Jeff Bezos knows Donald Trump (rivalry), 20 January 2017 – December 2024",
      "Jeff Bezos knows Donald Trump (alliance), since January 2025",
    ]);
  });

  it("list exactly what is visible at the step, with the stance word", () => {
    const store = renderLists();
    act(() => store.getState().setPeriod("before"));
    expect(names("Entities")).toEqual(["Donald Trump", "Jeff Bezos", "The Paper", "Zoë Åkesson"]);
    expect(names("Relationships")).toEqual([
      "Jeff Bezos knows Donald Trump (rivalry), 20 January 2017 – December 2024",
      "Jeff Bezos owns The Paper (neutral)",
    ]);
    expect(screen.getByRole("heading", { name: "Relationships (2)" })).toBeInTheDocument();

    act(() => store.getState().setPeriod(null));
    expect(names("Entities")).toContain("White House meeting");
    expect(
      screen.getByRole("button", {
        name: "Jeff Bezos knows Donald Trump (alliance), since January 2025",
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Entities (5)" })).toBeInTheDocument();
  });

  it("gives entity buttons exactly the label as their name", () => {
    renderLists();
    expect(screen.getByRole("button", { name: "Zoë Åkesson" })).toHaveTextContent("Person");
  });

  it("marks ended relationships as past", () => {
    const store = renderLists();
    act(() => store.getState().setPeriod("jan"));
    const feud = screen.getByRole("button", { name: /\(rivalry\)/ });
    expect(feud).toHaveTextContent("past");
    expect(feud).toHaveAccessibleDescription("Ended before this step");
    expect(screen.getByRole("button", { name: /\(alliance\)/ })).not.toHaveTextContent("past");
  });

  it("selects on click and marks the selected item", async () => {
    const user = userEvent.setup();
    const store = renderLists();
    await user.click(screen.getByRole("button", { name: "Jeff Bezos" }));
    expect(store.getState().view.selection).toBe("bezos");
    expect(screen.getByRole("button", { name: "Jeff Bezos" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await user.click(screen.getByRole("button", { name: /owns The Paper/ }));
    expect(store.getState().view.selection).toBe("owns");
    expect(screen.getByRole("button", { name: "Jeff Bezos" })).not.toHaveAttribute("aria-current");
  });

  it("says so when nothing is listed", () => {
    const store = renderLists();
    act(() => store.getState().setQuery("nobody at all"));
    expect(names("Entities")).toEqual([]);
    expect(screen.getAllByText(/Nothing at this step/)).toHaveLength(2);
  });

  it("renders long lists in part until asked, keeping the selection reachable", () => {
    const count = LIST_CAP + 20;
    const graph = makeGraph({
      nodes: Array.from({ length: count }, (_, i) =>
        makeNode({ id: `n${i}`, label: `Node ${String(i).padStart(4, "0")}` }),
      ),
    });
    const store = renderLists(graph);
    // Counting rows directly: role queries over hundreds of buttons are slow in jsdom.
    const rows = () => screen.getByRole("list", { name: "Entities" }).children.length;
    expect(rows()).toBe(LIST_CAP);
    act(() => store.getState().select(`n${count - 1}`));
    expect(rows()).toBe(LIST_CAP + 1);
    expect(screen.getByLabelText(`Node 0${count - 1}`)).toHaveAttribute("aria-current", "true");
    fireEvent.click(screen.getByText(`Show all ${count}`));
    expect(rows()).toBe(count);
  });
});
