import { describe, expect, it } from "vitest";
import { labelSpan, visibleLabels, labelLevels } from "./tickLabels";

const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
/** Evenly spread positions of `count` steps on a rail `rail` px wide, as the slider puts them. */
const spread = (count: number, rail: number) =>
  Array.from({ length: count }, (_, i) => (count > 1 ? (i * rail) / (count - 1) : 0));

describe("labelSpan", () => {
  it("centres a label on its step and keeps it inside the rail at either end", () => {
    expect(labelSpan(100, 40, 300)).toEqual([80, 120]);
    expect(labelSpan(0, 40, 300)).toEqual([0, 40]);
    expect(labelSpan(300, 40, 300)).toEqual([260, 300]);
  });
});

describe("visibleLabels", () => {
  it("shows every label when there is room", () => {
    const widths = [70, 80, 60, 60, 50];
    expect(sorted(visibleLabels(spread(5, 600), widths, 600))).toEqual([0, 1, 2, 3, 4]);
  });

  it("drops the label that would run into the last one, keeping the present", () => {
    // "July 2025" (55 px) at 225 and "All time" (50 px) at 300 touch once both are kept in the rail.
    const positions = spread(5, 300);
    expect(sorted(visibleLabels(positions, [70, 80, 60, 55, 50], 300))).toEqual([0, 2, 4]);
  });

  it("keeps March and May between February and All time when they fit", () => {
    const labels = ["February 2025", "March 2025", "May 2025", "All time"];
    const widths = labels.map((label) => label.length * 7);
    expect(sorted(visibleLabels(spread(4, 500), widths, 500))).toEqual([0, 1, 2, 3]);
    // Narrower: March crowds February, but May still fits.
    expect(sorted(visibleLabels(spread(4, 300), widths, 300))).toEqual([0, 2, 3]);
  });

  it("thins a long timeline to what fits, first and last always shown", () => {
    const widths = Array.from({ length: 25 }, () => 60);
    const shown = sorted(visibleLabels(spread(25, 400), widths, 400));
    expect(shown).toEqual([0, 6, 11, 16, 24]);
  });

  it("keeps both ends even when they alone overflow, and handles one or no step", () => {
    expect(sorted(visibleLabels([0, 1, 2], [50, 50, 50], 2))).toEqual([0, 2]);
    expect(sorted(visibleLabels([0], [50], 300))).toEqual([0]);
    expect(sorted(visibleLabels([], [], 300))).toEqual([]);
  });
});

describe("labelLevels", () => {
  it("cuts month names, then says each year once", () => {
    expect(
      labelLevels([
        "Before 2025",
        "February 2025",
        "March 2025",
        "May 2025",
        "January 2026",
        "All time",
      ]),
    ).toEqual([
      ["Before 2025", "February 2025", "March 2025", "May 2025", "January 2026", "All time"],
      ["Before 2025", "Feb 2025", "Mar 2025", "May 2025", "Jan 2026", "All time"],
      ["Before 2025", "Feb", "Mar", "May", "Jan 2026", "All time"],
    ]);
  });

  it("leaves labels that name no month alone", () => {
    expect(labelLevels(["Phase one", "2024", "2025"])[2]).toEqual(["Phase one", "2024", "2025"]);
  });
});
