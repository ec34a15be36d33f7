import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { GraphControls } from "./GraphControls";
import { Legend } from "./Legend";
import { STANCE_LINE } from "./palette";

async function openLegend() {
  const view = render(<Legend />);
  await userEvent.click(screen.getByRole("button", { name: "Legend" }));
  return view;
}

describe("Legend", () => {
  it("starts folded behind a button that says whether it is open", async () => {
    render(<Legend />);
    const toggle = screen.getByRole("button", { name: "Legend" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("list", { name: "Kinds" })).not.toBeInTheDocument();

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("region", { name: "Legend" })).toBeVisible();
    await userEvent.click(toggle);
    expect(screen.queryByRole("region", { name: "Legend" })).not.toBeInTheDocument();
  });

  it("says that file colours fill the nodes when the graph has them", async () => {
    render(<Legend fileColours />);
    await userEvent.click(screen.getByRole("button", { name: "Legend" }));
    const kinds = within(screen.getByRole("list", { name: "Kinds" })).getAllByRole("listitem");
    expect(kinds.at(-1)?.textContent).toBe(
      "Nodes with a colour from the file are filled with it; the shape gives the kind.",
    );
  });

  it("says that file colours draw the lines when the graph's edges have them", async () => {
    render(<Legend edgeColours />);
    await userEvent.click(screen.getByRole("button", { name: "Legend" }));
    const lines = within(screen.getByRole("list", { name: "Relationships" }));
    expect(lines.getAllByRole("listitem").at(-1)?.textContent).toBe(
      "Lines with a colour from the file are drawn in it; the line's style gives the stance.",
    );
  });

  it("names the three stances, the past style and all eight node kinds", async () => {
    await openLegend();
    const stances = within(screen.getByRole("list", { name: "Relationships" }));
    expect(stances.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Alliance",
      "Rivalry",
      "Neutral",
      "Past (faded, ended before this point)",
      "Speculative ? (only speculation says so)",
    ]);
    const kinds = within(screen.getByRole("list", { name: "Kinds" }));
    expect(kinds.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Person",
      "Organization",
      "Media outlet",
      "Government",
      "Programme",
      "Event",
      "Place",
      "Asset",
    ]);
  });

  it("draws each stance with the canvas's own dashes and caps", async () => {
    const { container } = await openLegend();
    const lines = [...container.querySelectorAll("line")].slice(0, 3);
    expect(lines.map((line) => line.getAttribute("stroke-dasharray"))).toEqual([
      null,
      STANCE_LINE.rivalry.dash.join(" "),
      STANCE_LINE.neutral.dash.join(" "),
    ]);
    expect(lines.map((line) => line.getAttribute("stroke-linecap"))).toEqual([
      "butt",
      "butt",
      "round",
    ]);
  });
});

describe("GraphControls", () => {
  it("offers the four view buttons, disabled while no canvas is mounted", () => {
    render(<GraphControls />);
    for (const name of ["Fit", "Zoom in", "Zoom out", "Re-layout"]) {
      expect(screen.getByRole("button", { name })).toBeDisabled();
    }
  });
});
