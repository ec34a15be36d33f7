import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeGraph, makeNode, storyGraph } from "../../../tests/fixtures/factory";
import { createEntenteStore, StoreProvider } from "../../state";
import { EntityList } from "../lists/EntityList";
import { RelationshipList } from "../lists/RelationshipList";
import { FilterPanel } from "./FilterPanel";

function renderExplorer() {
  const store = createEntenteStore(storyGraph);
  render(
    <StoreProvider store={store}>
      <FilterPanel />
      <EntityList />
      <RelationshipList />
    </StoreProvider>,
  );
  return { store, user: userEvent.setup() };
}

const names = (listName: string) =>
  within(screen.getByRole("list", { name: listName }))
    .queryAllByRole("button")
    .map((b) => b.getAttribute("aria-label"));

const search = () => screen.getByRole("searchbox", { name: "Search" });

describe("FilterPanel search", () => {
  it("narrows the lists case- and accent-insensitively and says how many match", async () => {
    const { store, user } = renderExplorer();
    await user.type(search(), "AKESSON");
    expect(store.getState().view.query).toBe("AKESSON");
    expect(names("Entities")).toEqual(["Zoë Åkesson"]);
    expect(names("Relationships")).toEqual([]);
    expect(screen.getByText("1 entity, 0 relationships match")).toHaveAttribute(
      "aria-live",
      "polite",
    );
  });

  it("looks in quote text only with Also search quotes ticked", async () => {
    const { store, user } = renderExplorer();
    await user.type(search(), "about paper");
    expect(names("Entities")).toEqual([]);
    const quotes = screen.getByRole("checkbox", { name: "Also search quotes" });
    expect(quotes).not.toBeChecked();
    await user.click(quotes);
    expect(store.getState().view.searchQuotes).toBe(true);
    expect(names("Entities")).toEqual(["The Paper"]);
    expect(screen.getByText("1 entity, 0 relationships match")).toBeInTheDocument();
  });

  it("matches relationships through their ends", async () => {
    const { user } = renderExplorer();
    await user.type(search(), "trump");
    expect(names("Relationships")).toHaveLength(2);
    expect(screen.getByText("1 entity, 2 relationships match")).toBeInTheDocument();
  });

  it("reports no match, and clears on Escape", async () => {
    const { store, user } = renderExplorer();
    await user.type(search(), "xyzzy");
    expect(screen.getByText("No match for “xyzzy”")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(search()).toHaveValue("");
    expect(store.getState().view.query).toBe("");
    expect(names("Entities")).toHaveLength(5);
  });

  it("points to All time when the match is at another step", async () => {
    const { store, user } = renderExplorer();
    act(() => store.getState().setPeriod("before"));
    await user.type(search(), "white house");
    expect(screen.getByText(/^No match for “white house” at this step/)).toBeInTheDocument();
  });

  it("points to the filters, not All time, when at All time", async () => {
    const { store, user } = renderExplorer();
    act(() => {
      store.getState().setPeriod(null);
      store.getState().toggleKind("event");
    });
    await user.type(search(), "white house");
    expect(
      screen.getByText("No match for “white house” with these filters — clear the filters"),
    ).toBeInTheDocument();
  });
});

describe("FilterPanel kind and stance filters", () => {
  it("offers a checkbox per kind present, with counts, that hides that kind", async () => {
    const { store, user } = renderExplorer();
    const kinds = within(screen.getByRole("group", { name: "Kinds" }));
    expect(kinds.getAllByRole("checkbox").map((c) => c.parentElement?.textContent)).toEqual([
      "Person 3",
      "Media outlet 1",
      "Event 1",
    ]);
    await user.click(kinds.getByRole("checkbox", { name: /Media outlet/ }));
    expect(store.getState().view.hiddenKinds).toEqual(["media"]);
    expect(kinds.getByRole("checkbox", { name: /Media outlet/ })).not.toBeChecked();
    expect(names("Entities")).not.toContain("The Paper");
    expect(names("Relationships").some((n) => n?.includes("owns"))).toBe(false);
  });

  it("offers a checkbox per stance present that hides that stance", async () => {
    const { user } = renderExplorer();
    const stances = within(screen.getByRole("group", { name: "Stances" }));
    expect(stances.getAllByRole("checkbox")).toHaveLength(3);
    await user.click(stances.getByRole("checkbox", { name: "rivalry" }));
    expect(names("Relationships").some((n) => n?.includes("(rivalry)"))).toBe(false);
    expect(names("Relationships").some((n) => n?.includes("(alliance)"))).toBe(true);
  });

  it("shows Reset filters only while something is filtered, and resets only the filters", async () => {
    const { store, user } = renderExplorer();
    expect(screen.queryByRole("button", { name: "Reset filters" })).toBeNull();
    act(() => store.getState().setPeriod("jan"));
    await user.click(screen.getByRole("checkbox", { name: /Event/ }));
    await user.click(screen.getByRole("checkbox", { name: "neutral" }));
    await user.type(search(), "jeff");
    await user.click(screen.getByRole("button", { name: "Reset filters" }));
    const { view } = store.getState();
    expect(view).toMatchObject({ hiddenKinds: [], hiddenStances: [], query: "", period: "jan" });
    expect(screen.queryByRole("button", { name: "Reset filters" })).toBeNull();
    expect(search()).toHaveFocus();
  });
});

describe("FilterPanel search on a big graph", () => {
  it("says that only the first 200 matches are outlined on the graph", async () => {
    const nodes = Array.from({ length: 250 }, (_, i) =>
      makeNode({ id: `n${i}`, label: `Agent ${i}` }),
    );
    render(
      <StoreProvider store={createEntenteStore(makeGraph({ nodes }))}>
        <FilterPanel />
      </StoreProvider>,
    );
    await userEvent.type(search(), "agent");
    expect(
      screen.getByText(
        "250 entities, 0 relationships match; the first 200 are outlined on the graph",
      ),
    ).toBeInTheDocument();
  });
});
