import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { headlessCy } from "../../tests/helpers/cyGraph";
import { toCyId } from "./elements";
import { labelPlacer, STEP_PAUSE_MS } from "./labelPlacer";

// declutterLabels gives every element on the canvas a label scale class: that is what is watched.
const placed = (cy: ReturnType<typeof headlessCy>) =>
  cy
    .getElementById(toCyId("a"))
    .classes()
    .some((c) => c.startsWith("label"));

let cy: ReturnType<typeof headlessCy>;
beforeEach(() => {
  vi.useFakeTimers();
  cy = headlessCy();
  cy.add({ group: "nodes", data: { id: toCyId("a"), text: "A" } });
});
afterEach(() => {
  cy.destroy();
  vi.useRealTimers();
});

describe("labelPlacer", () => {
  it("places names once the timeline rests, not after each step", () => {
    const labels = labelPlacer(cy, () => true);
    for (let step = 0; step < 5; step++) {
      labels.afterPause();
      vi.advanceTimersByTime(STEP_PAUSE_MS - 1);
      expect(placed(cy)).toBe(false);
    }
    expect(labels.pending()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(placed(cy)).toBe(true);
    expect(labels.pending()).toBe(false);
  });

  it("places names on the next frame for a zoom, taking over a step's wait", () => {
    const labels = labelPlacer(cy, () => true);
    labels.afterPause();
    labels.now();
    vi.advanceTimersByTime(20);
    expect(placed(cy)).toBe(true);
  });

  it("places nothing when disabled or cancelled", () => {
    const off = labelPlacer(cy, () => false);
    off.now();
    off.afterPause();
    const cancelled = labelPlacer(cy, () => true);
    cancelled.afterPause();
    cancelled.cancel();
    vi.advanceTimersByTime(STEP_PAUSE_MS * 2);
    expect(placed(cy)).toBe(false);
  });
});
