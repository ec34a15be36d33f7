import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../../tests/fixtures/factory";
import { quoteIn } from "../../../tests/fixtures/factory";
import type { Certainty, Graph } from "../../domain/model/types";
import { createEntenteStore, StoreProvider } from "../../state";
import { CLAIMS_CAP, ClaimsPanel } from "./ClaimsPanel";

const TEXT = "Ann hired Ben. Ben may leave. Cy sued Ann. Ann denies it.";
const q = (quote: string, certainty?: Certainty, attribution?: string) =>
  quoteIn(TEXT, quote, {
    ...(certainty ? { certainty } : {}),
    ...(attribution ? { attribution } : {}),
  });

const graph = makeGraph({
  text: TEXT,
  periods: [{ id: "p", label: "2020", start: "2020", end: "2020" }],
  nodes: ["ann", "ben", "cy"].map((id) =>
    makeNode({ id, label: id[0]?.toUpperCase() + id.slice(1) }),
  ),
  edges: [
    makeEdge({
      id: "hired",
      source: "ann",
      target: "ben",
      relation: "hired",
      stance: "alliance",
      evidence: [q("Ann hired Ben.", "confirmed", "Zeta News"), q("Ben may leave.", "speculative")],
    }),
    makeEdge({
      id: "sued",
      source: "cy",
      target: "ann",
      relation: "sued",
      stance: "rivalry",
      start: "2021",
      evidence: [q("Cy sued Ann.", "reported", "Alpha Wire"), q("Ann denies it.")],
    }),
  ],
});

function renderClaims(g: Graph = graph) {
  const store = createEntenteStore(g);
  // All time: the 2021 relationship is after the only period, where the graph opens.
  store.getState().setPeriod(null);
  render(
    <StoreProvider store={store}>
      <ClaimsPanel />
    </StoreProvider>,
  );
  return store;
}

const table = () => screen.getByRole("table", { name: "Claims" });
// Plain DOM queries: role queries over hundreds of rows are slow in jsdom.
const column = (n: number) =>
  [...table().querySelectorAll("tr")]
    .slice(1)
    .map((row) => row.querySelectorAll("td")[n]?.textContent);
const header = (name: RegExp) => within(table()).getByRole("columnheader", { name });

describe("ClaimsPanel", () => {
  it("has a row per quote behind the relationships shown, in article order", () => {
    const store = renderClaims();
    expect(column(2)).toEqual([
      "Ann hired Ben.",
      "Ben may leave.",
      "Cy sued Ann.",
      "Ann denies it.",
    ]);
    expect(column(0)).toEqual([
      "Ann hired Ben (alliance)",
      "Ann hired Ben (alliance)",
      "Cy sued Ann (rivalry)",
      "Cy sued Ann (rivalry)",
    ]);
    expect(column(3)).toEqual(["Zeta News", "—", "Alpha Wire", "—"]);
    expect(column(4)).toEqual(["Confirmed", "Speculative", "Reported", "Unspecified"]);
    expect(column(5)).toEqual(["Verified", "Verified", "Verified", "Verified"]);
    expect(header(/Quote/)).toHaveAttribute("aria-sort", "ascending");
    expect(within(table()).getByText(/4 of 4 quotes/)).toBeInTheDocument();

    act(() => store.getState().setPeriod("p"));
    expect(column(2)).toEqual(["Ann hired Ben.", "Ben may leave."]);
  });

  it("sorts by a column, and the other way round on a second press", async () => {
    renderClaims();
    await userEvent.click(within(header(/Certainty/)).getByRole("button"));
    expect(header(/Certainty/)).toHaveAttribute("aria-sort", "ascending");
    expect(header(/Quote/)).not.toHaveAttribute("aria-sort");
    expect(column(4)).toEqual(["Confirmed", "Reported", "Speculative", "Unspecified"]);
    await userEvent.click(within(header(/Certainty/)).getByRole("button"));
    expect(header(/Certainty/)).toHaveAttribute("aria-sort", "descending");
    expect(column(4)).toEqual(["Unspecified", "Speculative", "Reported", "Confirmed"]);

    // Quotes nobody is named for go last either way.
    await userEvent.click(within(header(/Attribution/)).getByRole("button"));
    expect(column(3)).toEqual(["Alpha Wire", "Zeta News", "—", "—"]);
  });

  it("filters by certainty and by text", async () => {
    renderClaims();
    await userEvent.click(screen.getByRole("checkbox", { name: /Speculative/ }));
    await userEvent.click(screen.getByRole("checkbox", { name: /Unspecified/ }));
    expect(column(4)).toEqual(["Confirmed", "Reported"]);
    await userEvent.type(screen.getByRole("searchbox", { name: "Filter claims" }), "alpha");
    expect(column(2)).toEqual(["Cy sued Ann."]);
    expect(within(table()).getByText(/1 of 4 quotes/)).toBeInTheDocument();
  });

  it("selects the relationship of a row", async () => {
    const store = renderClaims();
    await userEvent.click(
      within(table()).getAllByRole("button", { name: "Cy sued Ann (rivalry)" })[0] as HTMLElement,
    );
    expect(store.getState().view.selection).toBe("sued");
  });

  it("widens over the page and back, Escape included", async () => {
    renderClaims();
    const widen = screen.getByRole("button", { name: "Widen table" });
    await userEvent.click(widen);
    expect(widen).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("region", { name: "Who says so" })).toHaveClass("claims--wide");
    await userEvent.keyboard("{Escape}");
    expect(widen).toHaveAttribute("aria-pressed", "false");
  });

  // Hundreds of rows in jsdom are slow on a loaded 2-core machine: a generous timeout, not a timing test.
  it(
    `renders the first ${CLAIMS_CAP} rows of a long register until asked for all`,
    { timeout: 120_000 },
    async () => {
      const many = makeGraph({
        nodes: [makeNode({ id: "a" }), makeNode({ id: "b" })],
        edges: [
          makeEdge({
            id: "ab",
            source: "a",
            target: "b",
            evidence: Array.from({ length: CLAIMS_CAP + 1 }, (_, i) => ({
              quote: `q${i}`,
              anchor: null,
            })),
          }),
        ],
      });
      renderClaims(many);
      expect(table().querySelectorAll("tr")).toHaveLength(CLAIMS_CAP + 1);
      await userEvent.click(screen.getByRole("button", { name: `Show all ${CLAIMS_CAP + 1}` }));
      expect(table().querySelectorAll("tr")).toHaveLength(CLAIMS_CAP + 2);
      expect(column(5).at(-1)).toBe("Unverified");
    },
  );
});
