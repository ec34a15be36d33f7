import { describe, expect, it } from "vitest";
import { labelSpan, visibleLabels, labelLevels, placeYearOnce } from "./tickLabels";

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
  it("cuts month names, then drops their years", () => {
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
      ["Before 2025", "Feb", "Mar", "May", "Jan", "All time"],
    ]);
  });

  it("leaves labels that name no month alone", () => {
    expect(labelLevels(["Phase one", "2024", "2025"])[2]).toEqual(["Phase one", "2024", "2025"]);
  });
});

describe("placeYearOnce", () => {
  const labels = ["Before 2025", "January 2025", "April 2025", "July 2025", "All time"];
  const [, short = [], bare = []] = labelLevels(labels);
  // 7 px a character: "Before 2025" 77, "Jan 2025" 56, "Apr" 21.
  const forms = (texts: string[]) => ({ labels: texts, widths: texts.map((t) => t.length * 7) });

  it("says a year once, after the first month of it, when every step fits", () => {
    const placed = placeYearOnce(spread(5, 600), forms(short), forms(bare), 600);
    expect(sorted(placed.shown)).toEqual([0, 1, 2, 3, 4]);
    expect(placed.labels).toEqual(["Before 2025", "Jan 2025", "Apr", "Jul", "All time"]);
  });

  it("gives the year to the first month shown when the one that said it is thinned away", () => {
    // 250 px: "Jan 2025" collides with "Before 2025" and is dropped; "Apr" must then say its year.
    const placed = placeYearOnce(spread(5, 250), forms(short), forms(bare), 250);
    expect(placed.shown.has(1)).toBe(false);
    expect(placed.labels[2]).toBe("Apr 2025");
    const shown = [...placed.shown].map((i) => placed.labels[i]);
    expect(
      shown.filter((t) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/.test(t ?? ""))
        .length,
    ).toBeLessThan(shown.length);
  });

  it("never counts a year-only label such as 'Before 2025' as saying the year", () => {
    const placed = placeYearOnce(
      spread(3, 900),
      forms(["Before 2025", "Jan 2025", "All time"]),
      forms(["Before 2025", "Jan", "All time"]),
      900,
    );
    expect(placed.labels).toEqual(["Before 2025", "Jan 2025", "All time"]);
  });

  it("keeps the kept labels apart with the widths they are drawn at", () => {
    for (const rail of [180, 220, 250, 320, 400]) {
      const placed = placeYearOnce(spread(5, rail), forms(short), forms(bare), rail);
      const spans = [...placed.shown]
        .sort((a, b) => a - b)
        .map((i) => labelSpan(spread(5, rail)[i] ?? 0, (placed.labels[i] ?? "").length * 7, rail));
      for (let k = 1; k < spans.length; k++) {
        expect((spans[k]?.[0] ?? 0) - (spans[k - 1]?.[1] ?? 0)).toBeGreaterThanOrEqual(8);
      }
    }
  });
});
