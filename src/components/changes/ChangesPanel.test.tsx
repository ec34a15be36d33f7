import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storyGraph } from "../../../tests/fixtures/factory";
import { createEntenteStore, StoreProvider } from "../../state";
import { ChangesPanel } from "./ChangesPanel";

function renderPanel() {
  const store = createEntenteStore(storyGraph);
  render(
    <StoreProvider store={store}>
      <ChangesPanel active />
    </StoreProvider>,
  );
  return store;
}

const items = () =>
  within(screen.getByRole("list", { name: "What changed" }))
    .getAllByRole("button")
    .map((b) => b.textContent);
const counts = () =>
  within(screen.getByRole("list", { name: "Changes by kind" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

describe("ChangesPanel", () => {
  it("compares the first period with the last, naming both ends and the change", () => {
    const store = renderPanel();
    expect(screen.getByRole("combobox", { name: "From step" })).toHaveDisplayValue("Before 2025");
    expect(screen.getByRole("combobox", { name: "To step" })).toHaveDisplayValue("July 2025");
    expect(items()).toEqual([
      "▲ warmedJeff Bezos – Donald Trump: warmed (rivalry → alliance)",
      "● beganJeff Bezos – White House meeting: began (neutral)",
    ]);
    expect(counts()).toEqual(["1 warmed", "0 soured", "1 began", "0 ended"]);
    expect([...(store.getState().emphasis ?? [])].sort()).toEqual([
      "attends",
      "bezos",
      "feud",
      "meeting",
      "thaw",
      "trump",
    ]);
    // Each relationship involved is marked on the canvas by how its pair moved.
    expect(Object.fromEntries(store.getState().changeMarks ?? [])).toEqual({
      feud: "warmed",
      thaw: "warmed",
      attends: "began",
    });
  });

  it("keys every kind by a sign as well as a colour, the same sign as the list's tags", () => {
    renderPanel();
    const key = screen.getByRole("list", { name: "Key (list and graph)" });
    expect(
      within(key)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "▲ warmedmoved towards alliance",
      "▼ souredmoved towards rivalry",
      "● begana new relationship",
      "□ endedthe relationship ended",
    ]);
    // Beside each sign, the marker the graph draws mid-line: four different shapes.
    const samples = [...key.querySelectorAll("svg")].map((svg) => svg.innerHTML);
    expect(new Set(samples).size).toBe(4);
  });

  it("selects the relationship as it stands after the change", async () => {
    const store = renderPanel();
    await userEvent.click(screen.getByRole("button", { name: /warmed \(rivalry → alliance\)/ }));
    expect(store.getState().view.selection).toBe("thaw");
  });

  it("follows the chosen steps, All time included", async () => {
    renderPanel();
    const from = screen.getByRole("combobox", { name: "From step" });
    await userEvent.selectOptions(from, "January 2025");
    expect(items()).toEqual(["● beganJeff Bezos – White House meeting: began (neutral)"]);
    // Up to All time the feud has ended, as at July: no souring against January.
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "To step" }), "All time");
    expect(items()).toEqual(["● beganJeff Bezos – White House meeting: began (neutral)"]);
    await userEvent.selectOptions(from, "All time");
    expect(screen.getByRole("status")).toHaveTextContent("Choose two different steps to compare.");
  });

  it("reads a souring and an ending the other way round", async () => {
    const store = renderPanel();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "From step" }), "July 2025");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "To step" }), "Before 2025");
    expect(counts()).toEqual(["0 warmed", "1 soured", "0 began", "1 ended"]);
    await userEvent.click(screen.getByRole("button", { name: /began|ended/ }));
    expect(store.getState().view.selection).toBe("attends");
  });
});
