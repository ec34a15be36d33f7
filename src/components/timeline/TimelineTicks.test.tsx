import { render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TimelineStep } from "../../domain/view";
import { TimelineTicks } from "./TimelineTicks";

const step = (label: string, period: string | null): TimelineStep =>
  ({ label, period }) as TimelineStep;
const STEPS = [step("Before 2025", "a"), step("July 2025", "b"), step("All time", null)];

afterEach(() => vi.restoreAllMocks());

const shown = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>(".timeline-tick-label")].map(
    (label) => label.style.visibility !== "hidden",
  );

describe("TimelineTicks", () => {
  it("hides the middle label when measured labels would overlap, naming every step in a tooltip", () => {
    // A 100 px rail with 60 px labels: only the ends fit.
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(100);
    vi.spyOn(HTMLElement.prototype, "offsetWidth", "get").mockReturnValue(60);
    const { container } = render(<TimelineTicks steps={STEPS} current={2} />);
    const ticks = [...container.querySelectorAll<HTMLElement>(".timeline-tick")];
    expect(shown(container)).toEqual([true, false, true]);
    expect(ticks.map((li) => li.title)).toEqual(["Before 2025", "July 2025", "All time"]);
    expect(ticks[2]).toHaveClass("timeline-tick--current");
    // The last label is pulled in to end at the rail's end: 60 px wide, its left 60 px before.
    expect(container.querySelectorAll<HTMLElement>(".timeline-tick-label")[2]).toHaveStyle({
      left: "calc(50% + -60px)",
    });
  });

  it("shows every label when the rail has room", () => {
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(400);
    vi.spyOn(HTMLElement.prototype, "offsetWidth", "get").mockReturnValue(60);
    const { container } = render(<TimelineTicks steps={STEPS} current={0} />);
    expect(shown(container)).toEqual([true, true, true]);
  });

  it("measures once, not at every step, and places the bold current label by its bold width", () => {
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(200);
    const widths = vi
      .spyOn(HTMLElement.prototype, "offsetWidth", "get")
      .mockImplementation(function (this: HTMLElement) {
        return this.classList.contains("timeline-tick-measure--current") ? 90 : 40;
      });
    const { container, rerender } = render(<TimelineTicks steps={STEPS} current={0} />);
    const reads = widths.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    // Bold, the first label (0–90 px) covers the middle one (80–120 px); the middle one bold
    // (55–145 px) leaves room at both ends.
    expect(shown(container)).toEqual([true, false, true]);
    rerender(<TimelineTicks steps={STEPS} current={1} />);
    expect(widths.mock.calls.length).toBe(reads);
    const ticks = [...container.querySelectorAll<HTMLElement>(".timeline-tick")];
    expect(ticks[1]).toHaveClass("timeline-tick--current");
    expect(shown(container)).toEqual([true, true, true]);
  });
});
