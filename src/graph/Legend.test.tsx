import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { GraphControls } from "./GraphControls";
import { Legend } from "./Legend";

describe("Legend", () => {
  it("names the three stances, the past style and all eight node kinds", () => {
    render(<Legend />);
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
      "Media",
      "Government",
      "Program",
      "Event",
      "Place",
      "Asset",
    ]);
  });

  it("draws each stance's line style", () => {
    const { container } = render(<Legend />);
    const dashes = [...container.querySelectorAll("line")].map((line) =>
      line.getAttribute("stroke-dasharray"),
    );
    expect(dashes.slice(0, 3)).toEqual([null, "8 5", "0.5 4"]);
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
