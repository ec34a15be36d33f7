import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { storyGraph } from "../../../tests/fixtures/factory";
import { createEntenteStore, StoreProvider } from "../../state";
import { AnalysisArea, preloadPanels } from "./AnalysisArea";

function renderArea() {
  const store = createEntenteStore(storyGraph);
  render(
    <StoreProvider store={store}>
      <AnalysisArea />
    </StoreProvider>,
  );
  return store;
}

const tab = (name: string) => screen.getByRole("tab", { name });
const selectedTab = () =>
  within(screen.getByRole("tablist", { name: "Analysis" }))
    .getAllByRole("tab")
    .find((t) => t.getAttribute("aria-selected") === "true")?.textContent;

// The panels behind the tabs load on demand (lazyComponent.ts): here they are in from the start.
beforeAll(preloadPanels);
describe("AnalysisArea", () => {
  it("opens on Details, its panel labelled by its tab, the others hidden", () => {
    renderArea();
    expect(selectedTab()).toBe("Details");
    const panel = screen.getByRole("tabpanel", { name: "Details" });
    expect(within(panel).getByRole("region", { name: "Details" })).toBeVisible();
    expect(tab("Details")).toHaveAttribute("aria-controls", panel.id);
    expect(screen.getAllByRole("tabpanel")).toHaveLength(1);
  });

  it("moves between tabs with the arrows, Home and End, as one tab stop", async () => {
    const user = userEvent.setup();
    renderArea();
    expect(tab("Connections")).toHaveAttribute("tabindex", "-1");
    tab("Details").focus();
    await user.keyboard("{ArrowRight}");
    expect(tab("Connections")).toHaveFocus();
    expect(selectedTab()).toBe("Connections");
    expect(screen.getByRole("region", { name: "Connections" })).toBeVisible();
    await user.keyboard("{End}");
    expect(tab("Claims")).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(tab("Details")).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(selectedTab()).toBe("Claims");
    await user.keyboard("{Home}");
    expect(selectedTab()).toBe("Details");
  });

  it("keeps a panel's choices across tabs, and lights the graph only from the open one", async () => {
    const user = userEvent.setup();
    const store = renderArea();
    await user.click(tab("Connections"));
    await user.selectOptions(screen.getByRole("combobox", { name: "From" }), "Jeff Bezos");
    await user.click(tab("Changes"));
    expect(store.getState().emphasis).not.toBeNull();
    await user.click(tab("Details"));
    expect(store.getState().emphasis).toBeNull();
    await user.click(tab("Connections"));
    expect(screen.getByRole("combobox", { name: "From" })).toHaveDisplayValue("Jeff Bezos");
  });
});
