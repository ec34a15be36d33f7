import { render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TimelineStep } from "../../domain/view";
import { TimelineTicks } from "./TimelineTicks";

const step = (label: string, period: string | null): TimelineStep =>
  ({ label, period }) as TimelineStep;
const STEPS = [step("Before 2025", "a"), step("July 2025", "b"), step("All time", null)];

afterEach(() => vi.restoreAllMocks());

describe("TimelineTicks", () => {
  it("draws a tick for every step, marks the current one, and sizes boxes to the room", () => {
    // Too narrow for the middle label: only the ends are named, each with the whole rail between.
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(60);
    const { container } = render(<TimelineTicks steps={STEPS} current={2} />);
    const ticks = [...container.querySelectorAll("li")];
    expect(ticks.map((li) => li.textContent)).toEqual(["Before 2025", "", "All time"]);
    expect(ticks[2]).toHaveClass("timeline-tick--current");
    expect(container.querySelector("ol")).toHaveStyle({ "--tick-room": "100%" });
  });
});
